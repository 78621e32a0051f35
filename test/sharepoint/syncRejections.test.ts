// Every row the sync rejects says to coordinators, in Swedish and English, what is wrong and
// what to do, and names the column at fault when one is (issue #12.5): against the Graph
// stand-in, one wrong row of each kind the projections refuse (catalogue, projects, fika), read
// back from GET /api/sync/status as the sync health view shows them.
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Registration, SyncRejectedRow, SyncRun, SyncStatus } from "../../api/src/contract/index.js";
import { sampleDirectory } from "../../api/src/sample/directory.js";
import { SAMPLE_PROJECTS } from "../../api/src/sample/projects.js";
import type { ListKey } from "../../api/src/sharepoint/listDefinition.js";
import { LIST_NAMES as SITE_NAMES } from "../../api/src/sharepoint/listNames.js";
import { enterProjects, LIST_NAMES, projectFields, startApiOnStandIn, type ApiOnStandIn } from "./support.js";

/** A text matched as itself in a RegExp. */
const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const [provider, site] = sampleDirectory().slice(0, 2).map((m) => ({ ...m, sample: false }));
let env: ApiOnStandIn;

beforeAll(async () => {
  env = await startApiOnStandIn([provider!, site!]);
});
afterAll(async () => {
  await env?.close();
});

const syncNow = async () => {
  const response = await env.api.send("POST", "/api/sync", { token: env.coordinator });
  expect(response.status).toBe(200);
  return (await response.json()) as SyncRun;
};
const rejectedRows = async () => ((await (await env.api.get("/api/sync/status", { token: env.coordinator })).json()) as SyncStatus).lastRun!.rowsRejected;

const course = (key: string, fields: Record<string, unknown> = {}) =>
  env.standIn.createItem(LIST_NAMES.courses, {
    Title: `Kurs ${key}`, CourseKey: key, ProviderLookupId: env.memberItems.get(provider!.id), Format: "På plats", Status: "Publicerad", Language: "Svenska", RegistrationDeadline: "2030-03-01T22:59:00Z", ...fields,
  });
const session = (key: string, courseItem: string, fields: Record<string, unknown> = {}) =>
  env.standIn.createItem(LIST_NAMES.sessions, { Title: key, SessionKey: key, CourseLookupId: courseItem, Start: "2030-03-10T08:00:00Z", End: "2030-03-10T11:00:00Z", ...fields });
const registrationRow = (key: string, courseItem: string, fields: Record<string, unknown> = {}) =>
  env.standIn.createItem(LIST_NAMES.registrations, {
    Title: "Per Hand", RegistrationKey: key, CourseLookupId: courseItem, PersonEmail: "per@example.org", PersonMemberLookupId: env.memberItems.get(site!.id), Status: "Anmäld", ...fields,
  });

it("explains every rejected row in Swedish, with the column at fault by its name in the list", async () => {
  const { standIn } = env;
  const projectItems = enterProjects(standIn, SAMPLE_PROJECTS);
  const twiceNamed = standIn.createItem(LIST_NAMES.projects, { ...projectFields(SAMPLE_PROJECTS[1]!), ProjectKey: "campus-westum-2" });

  const excel = course("excel", { Title: "Excel för nybörjare" });
  session("s1", excel);
  const sameSessionKey = session("s1", excel, { Start: "2030-03-17T08:00:00Z", End: "2030-03-17T11:00:00Z" });
  const backwards = session("s2", excel, { End: "2030-03-10T07:00:00Z" });
  // Another course's key twice (the write-back of excel's registrations needs excel's key once).
  const firstOfKey = course("dubbel");
  const sameCourseKey = course("dubbel");
  const sessionOfDuplicate = session("s1", sameCourseKey);
  const badProvider = course("fel-anordnare", { ProviderLookupId: "999" });
  const unknownProject = course("fel-projekt", { Project: "Okänt projekt" });
  const broadcastWithoutSites = course("sandning", { Format: "Livesändning till mottagande lärcentra" });
  const hybrid = course("hybrid", { Format: "Hybrid: på plats och digitalt" });
  const siteOfNoMember = standIn.createItem(LIST_NAMES.receivingSites, { Title: "Sal 1", SiteKey: `hybrid/${site!.id}`, CourseLookupId: hybrid, MemberLookupId: "999", Seats: 5 });
  const orphanSession = session("s1", "999");
  const orphanSite = standIn.createItem(LIST_NAMES.receivingSites, { Title: "Sal 2", SiteKey: `ingen/${site!.id}`, CourseLookupId: "999", MemberLookupId: env.memberItems.get(site!.id), Seats: 5 });
  const orphanRegistration = registrationRow("ingen/0000001", "999");
  const handMade = registrationRow("excel/0000009", excel);
  const cancelled = course("installd", { Status: "Inställd" });
  session("s1", cancelled);
  const fika = standIn.createItem(LIST_NAMES.events, {
    Title: "Digital fika", EventKey: "fika-0a1b2c3d", EventType: "Digital fika", Start: "2030-01-07T13:00:00Z", Recurrence: "FREQ=MONTHLY;BYDAY=+1TU", DurationMinutes: 3, JoinUrl: "http://example.org/fika", Active: true,
  });
  await syncNow();

  // Registrations made in the app, then changed by hand in the list; the cancelled course set back to published.
  const register = async (n: number) =>
    (await (await env.api.send("POST", "/api/courses/excel/registrations", { token: env.coordinator, body: { person: { id: `p${n}`, name: `Deltagare ${n}`, email: `p${n}@example.org` }, memberId: site!.id } })).json()) as Registration;
  const [first, second, third, fourth] = [await register(1), await register(2), await register(3), await register(4)];
  expect([first.status, second.status, third.status, fourth.status]).toEqual(["registered", "registered", "registered", "registered"]);
  expect((await env.api.send("DELETE", `/api/courses/excel/registrations/${third.id}`, { token: env.coordinator })).status).toBeLessThan(300);
  await env.api.services.sharepointOutbox!.drain();
  const rowOf = (r: Registration) => [...standIn.list(LIST_NAMES.registrations).items.values()].find((i) => i.fields.RegistrationKey === `excel/${r.id}`)!.id;
  const [statusChanged, attendanceWrong, reopened, otherMember] = [rowOf(first), rowOf(second), rowOf(third), rowOf(fourth)];
  standIn.updateItem(LIST_NAMES.registrations, otherMember, { PersonMemberLookupId: env.memberItems.get(provider!.id) });
  standIn.updateItem(LIST_NAMES.registrations, statusChanged, { Status: "Väntelista" });
  standIn.updateItem(LIST_NAMES.registrations, attendanceWrong, { Attendance: '{"s1":1.3,"s9":1}' });
  standIn.updateItem(LIST_NAMES.registrations, reopened, { Status: "Anmäld" });
  standIn.updateItem(LIST_NAMES.courses, cancelled, { Status: "Publicerad" });
  await syncNow();

  const rows = await rejectedRows();
  const expected: [string, string, string | undefined, RegExp][] = [
    ["projects", twiceNamed, "Title", new RegExp(`^Namnet "Campus Westum" används redan av rad ${projectItems.get("campus-westum")}\\. .*byt namn på projektet`)],
    ["sessions", sameSessionKey, "SessionKey", /^Tillfälles-id "s1" används redan av rad \d+\. Ge tillfället ett eget id\.$/],
    ["sessions", backwards, "End", /^Slutet måste komma efter starten\. Tillfället är inte med i utbildningen förrän det är rättat\.$/],
    ["courses", sameCourseKey, "CourseKey", new RegExp(`^Utbildnings-id "dubbel" används redan av rad ${firstOfKey}\\. Ge utbildningen ett eget id\\.$`)],
    ["sessions", sessionOfDuplicate, "Course", new RegExp(`^Utbildningen på rad ${sameCourseKey} i Utbildningar är inte godkänd`)],
    ["courses", badProvider, "Provider", /^Kopplingen Anordnare pekar på rad 999 i Medlemmar, som inte är en giltig medlem\. .*Utbildningen visas inte i appen förrän raden är rättad\.$/],
    ["courses", unknownProject, "Project", /^Okänt projekt "Okänt projekt": projekten står i SharePoint-listan Projekt\./],
    ["courses", broadcastWithoutSites, "Format", /^En livesändning behöver minst en mottagande medlem\. Ändra Form/],
    // The row at fault is in another list: named in the text, no column of this one.
    ["courses", hybrid, undefined, new RegExp(`^Mottagande lärcentra, rad ${siteOfNoMember}: Kopplingen Lärcentrum pekar på rad 999 i Medlemmar`)],
    ["sessions", orphanSession, "Course", /^Kopplingen Utbildning pekar på rad 999 i Utbildningar, som inte är en giltig utbildning\./],
    ["receivingSites", orphanSite, "Course", /^Kopplingen Utbildning pekar på rad 999 i Utbildningar/],
    ["registrations", orphanRegistration, "Course", /^Kopplingen Utbildning pekar på rad 999 i Utbildningar/],
    ["registrations", handMade, "RegistrationKey", /^Anmälnings-id "excel\/0000009" är ingen anmälan till "Excel för nybörjare" i appen\. Anmälningar görs i Teams, där platser och väntelistor bestäms/],
    ["registrations", statusChanged, "Status", /^Status "Väntelista" stämmer inte med appens "Anmäld": platser och väntelistor bestäms av appen\./],
    ["registrations", attendanceWrong, "Attendance", /^Tillfälle s1, 1,3 timmar: ange timmar i hela kvartar \(0,25\)\. Utbildningen har inget tillfälle med Tillfälles-id "s9"\. Appen behåller/],
    ["registrations", reopened, "Status", /^Anmälan är avbokad i appen och kan inte öppnas igen\./],
    ["registrations", otherMember, "PersonMember", new RegExp(`^Medlemmen "${literal(provider!.name)}" stämmer inte med appens "${literal(site!.name)}", som timmarna räknas för\\. Rätta medlemmen i fliken`)],
    ["courses", cancelled, "Status", /^Utbildningen är inställd i appen och kan inte öppnas igen/],
    ["events", fika, "DurationMinutes, JoinUrl", /^Längd \(minuter\): Ange hela minuter, från 5 till 480\. Länk till mötet: En länk som börjar med https:\/\/\. Fikaserien visas inte i appen/],
  ];
  const find = (list: string, itemId: string) => rows.find((r) => r.list === list && r.itemId === itemId);
  for (const [list, itemId, column, sv] of expected) {
    const row = find(list, itemId);
    expect(row, `${list}/${itemId}`).toBeDefined();
    expect(row!.column, `${list}/${itemId}`).toBe(column);
    expect(row!.problem?.sv, `${list}/${itemId}`).toMatch(sv);
    expect(row!.problem?.en, `${list}/${itemId}`).toMatch(/\w/);
    // A column the list has, shown in the tab by the name coordinators see there.
    if (column) expect(row!.columnLabel?.sv, `${list}/${itemId}`).toBe(column.split(", ").map((c) => SITE_NAMES[list as ListKey].columns[c]!.sv).join(", "));
  }
  // And nothing the sync rejects is left in English only.
  expect(rows.filter((r: SyncRejectedRow) => !r.problem?.sv)).toEqual([]);
  expect(rows.length).toBeGreaterThanOrEqual(expected.length);
});
