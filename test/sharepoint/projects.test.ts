// Projects are data (issue 12.2), against the Graph stand-in: a project added in the Projekt list
// reaches the course form's options (GET /api/projects) and, through a course, the report; ended
// and removed projects stay readable. And a member of two sub-regions (12.3) is found under both.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Course, MemberSearchResult, ParticipationReport, Project, SyncRun } from "../../api/src/contract/index.js";
import { sampleDirectory } from "../../api/src/sample/directory.js";
import { SAMPLE_PROJECTS } from "../../api/src/sample/projects.js";
import { STAND_IN_TOKEN, startGraphStandIn, type GraphStandIn } from "../graph-stand-in/index.js";
import { startApiHarness, type ApiHarness } from "../support/apiHarness.js";
import { courseInput, createCourse, recordAttendance, registerPerson } from "../api/catalogueFixtures.js";
import { enterDirectory, enterProjects, LIST_NAMES, memberFields, projectFields, provisionDirectly } from "./support.js";

const members = sampleDirectory().filter((m) => ["vuxenutbildningen-i-boras-stad", "larcenter-falkoping"].includes(m.id));
let standIn: GraphStandIn;
let api: ApiHarness;
let projectItems: Map<string, string>;

beforeAll(async () => {
  standIn = await startGraphStandIn();
  provisionDirectly(standIn);
  enterDirectory(standIn, members);
  projectItems = enterProjects(standIn, SAMPLE_PROJECTS);
  api = await startApiHarness({ members: [], env: { GRAPH_BASE_URL: standIn.url, GRAPH_ACCESS_TOKEN: STAND_IN_TOKEN, SHAREPOINT_SITE: standIn.siteUrl } });
});
afterAll(async () => {
  await api?.close();
  await standIn?.close();
});

const syncNow = async () => {
  const response = await api.send("POST", "/api/sync", { token: await api.token("coordinator") });
  expect(response.status).toBe(200);
  return (await response.json()) as SyncRun;
};
const projects = async () => (await (await api.get("/api/projects", { token: await api.token("coordinator") })).json()) as Project[];
const report = async () =>
  (await (await api.get("/api/reports/participation?from=2030-01-01&to=2030-12-31", { token: await api.token("coordinator") })).json()) as ParticipationReport;

describe("the Projekt list", () => {
  let course: Course;

  it("gives the app its projects, with funder, period and whether they are active", async () => {
    const run = await syncNow();
    expect(run.lists.find((l) => l.list === "projects")).toMatchObject({ mode: "full", changed: 5, rejected: 0 });
    expect(await projects()).toEqual([...SAMPLE_PROJECTS].sort((a, b) => Number(b.active) - Number(a.active) || a.name.localeCompare(b.name, "sv")));
  });

  it("offers a project added in the list to the course form, and the report groups the course's hours under it", async () => {
    const added: Project = { id: "rustad-i-west", name: "Rustad i West", funder: "ESF", start: "2030-01-01", end: "2031-12-31", active: true };
    projectItems.set(added.id, standIn.createItem(LIST_NAMES.projects, projectFields(added)));
    const run = await syncNow();
    expect(run.lists.find((l) => l.list === "projects")).toMatchObject({ mode: "incremental", changed: 1 });
    expect((await projects()).find((p) => p.id === added.id)).toEqual(added);

    course = await createCourse(api, courseInput({ project: "Rustad i West" }));
    const person = await registerPerson(api, course.id, { id: "proj-ada", name: "Ada Ek", memberId: "larcenter-falkoping" });
    expect((await recordAttendance(api, course.id, [{ registrationId: person.id, sessionId: "s1", hours: 3 }])).status).toBe(200);
    expect((await report()).projects).toContainEqual({ project: "Rustad i West", participants: 1, hours: 3 });
  });

  it("keeps an ended project readable: no longer offered for new courses, still in the report and on its course", async () => {
    standIn.updateItem(LIST_NAMES.projects, projectItems.get("rustad-i-west")!, { Active: false });
    await syncNow();
    expect((await projects()).find((p) => p.id === "rustad-i-west")).toMatchObject({ active: false });
    const refused = await api.send("POST", "/api/courses", { token: await api.token("coordinator"), body: courseInput({ project: "Rustad i West" }) });
    expect(refused.status).toBe(400);
    expect((await report()).projects).toContainEqual({ project: "Rustad i West", participants: 1, hours: 3 });
  });

  it("keeps a removed project's name on its courses and in the report", async () => {
    standIn.deleteItem(LIST_NAMES.projects, projectItems.get("rustad-i-west")!);
    await syncNow();
    expect((await projects()).map((p) => p.id)).not.toContain("rustad-i-west");
    expect(((await (await api.get(`/api/courses/${course.id}`, { token: await api.token("coordinator") })).json()) as Course).project).toBe("Rustad i West");
    expect((await report()).projects).toContainEqual({ project: "Rustad i West", participants: 1, hours: 3 });
  });

  it("reports a project row that is wrong or names a project twice, and keeps the others", async () => {
    const noFunder = standIn.createItem(LIST_NAMES.projects, { Title: "Utan finansiär", ProjectKey: "utan", Active: true });
    const twice = standIn.createItem(LIST_NAMES.projects, { ...projectFields(SAMPLE_PROJECTS[1]!), ProjectKey: "campus-westum-2" });
    const run = await syncNow();
    expect(run.rowsRejected.filter((r) => r.list === "projects").map((r) => [r.itemId, r.reason])).toEqual([
      [noFunder, expect.stringMatching(/^funder/)],
      [twice, expect.stringMatching(/the name "Campus Westum" is used by another project/)],
    ]);
    // For coordinators: the column by its name in the list, and what is wrong and what to do, in Swedish.
    const first = projectItems.get(SAMPLE_PROJECTS[1]!.id)!;
    expect(run.rowsRejected.filter((r) => r.list === "projects").map((r) => [r.itemId, r.columnLabel?.sv, r.problem?.sv])).toEqual([
      [noFunder, "Finansiär", "Värdet saknas."],
      [twice, "Rubrik", `Namnet "Campus Westum" används redan av rad ${first}. Utbildningar anger sitt projekt med namnet, så varje namn får bara finnas en gång: byt namn på projektet eller ta bort raden.`],
    ]);
    expect((await projects()).map((p) => p.id)).toEqual(expect.arrayContaining(SAMPLE_PROJECTS.map((p) => p.id)));
  });
});

describe("a member of two sub-regions in the Medlemmar list", () => {
  it("is found by either sub-region's filter", async () => {
    const kungsbacka = { ...members[0]!, id: "larcentrum-kungsbacka", name: "Lärcentrum Kungsbacka", municipalities: ["Kungsbacka"], subRegions: ["halland", "goteborgsregionen"] as const, contacts: [] };
    standIn.createItem(LIST_NAMES.members, memberFields({ ...kungsbacka, subRegions: [...kungsbacka.subRegions] }));
    await syncNow();
    for (const region of ["halland", "goteborgsregionen"]) {
      const found = (await (await api.get(`/api/members?subRegion=${region}`, { token: await api.token() })).json()) as MemberSearchResult;
      expect(found.items.map((m) => m.id), region).toEqual(["larcentrum-kungsbacka"]);
      expect(found.facets.subRegion).toEqual(expect.arrayContaining([{ value: "halland", count: 1 }, { value: "goteborgsregionen", count: 1 }]));
    }
  });
});
