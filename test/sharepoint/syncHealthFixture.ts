// What the sync-health tests put in the stand-in's lists: one member with a published course and
// its session, and a member row a coordinator typed wrong (a sub-region that does not exist).
import type { MemberDetail } from "../../api/src/contract/index.js";
import { sampleDirectory } from "../../api/src/sample/directory.js";
import { STAND_IN_TOKEN, type GraphStandIn } from "../graph-stand-in/index.js";
import { enterDirectory, LIST_NAMES, memberFields, provisionDirectly } from "./support.js";

export const PROVIDER: MemberDetail = { ...sampleDirectory()[0]!, sample: false };
export const COURSE = { id: "excel-halsa", title: "Excel för nybörjare" };

/** Provisions the lists and enters the rows; returns the item id of the wrong member row. */
export function enterSyncHealthFixture(standIn: GraphStandIn): { badMember: string } {
  provisionDirectly(standIn);
  const items = enterDirectory(standIn, [PROVIDER]);
  const badMember = standIn.createItem(LIST_NAMES.members, { ...memberFields({ ...PROVIDER, id: "felskriven" }), SubRegion: ["Atlantis"] });
  const course = standIn.createItem(LIST_NAMES.courses, {
    Title: COURSE.title, CourseKey: COURSE.id, ProviderLookupId: items.get(PROVIDER.id), Format: "På plats", Status: "Publicerad", Language: "Svenska", RegistrationDeadline: "2030-03-01T22:59:00Z",
  });
  standIn.createItem(LIST_NAMES.sessions, { Title: "s1", SessionKey: "s1", CourseLookupId: course, Start: "2030-03-10T08:00:00Z", End: "2030-03-10T12:00:00Z", Place: "Borås" });
  return { badMember };
}

/** The API's settings for the stand-in, with this many write-back attempts. */
export const standInSettings = (standIn: GraphStandIn, maxAttempts: number) => ({
  GRAPH_BASE_URL: standIn.url, GRAPH_ACCESS_TOKEN: STAND_IN_TOKEN, SHAREPOINT_SITE: standIn.siteUrl, SHAREPOINT_WRITE_MAX_ATTEMPTS: String(maxAttempts),
});

/** Graph answers every request on the registrations list 503 with Retry-After 0 (the client's own retries run out at once). */
export function refuseRegistrationWrites(standIn: GraphStandIn): void {
  standIn.setFaults({ rate: 1, kinds: ["503"], retryAfterSeconds: 0, pathContains: `/lists/${standIn.list(LIST_NAMES.registrations).id}/` });
}
