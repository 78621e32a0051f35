// Projects are data (issue 12.2), here in local mode with the sample projects: the course form's
// options come from GET /api/projects, a new course needs an active project, and a course keeps
// the project it has after that project has ended.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Course, Project } from "../../api/src/contract/index.js";
import { startApiHarness, type ApiHarness } from "../support/apiHarness.js";
import { courseInput, createCourse, problemOf } from "./catalogueFixtures.js";

let api: ApiHarness;

beforeAll(async () => {
  api = await startApiHarness();
});
afterAll(() => api?.close());

describe("projects", () => {
  it("lists the projects for every signed-in user, active ones first, with funder and period", async () => {
    const response = await api.get("/api/projects", { token: await api.token("teacher") });
    expect(response.status).toBe(200);
    const projects = (await response.json()) as Project[];
    expect(projects.map((p) => [p.name, p.active])).toEqual([
      ["Campus Westum", true],
      ["Erasmus+ KA1", true],
      ["Koppling West", true],
      ["DigiWestum", false],
      ["WestKomp 0.1", false],
    ]);
    expect(projects.find((p) => p.name === "WestKomp 0.1")).toEqual({ id: "westkomp-01", name: "WestKomp 0.1", funder: "ESF", start: "2018-04-01", end: "2020-06-30", active: false });
    expect((await api.get("/api/projects", { token: null })).status).toBe(401);
  });

  it("refuses a new course in an ended or unknown project, saying so in Swedish and English", async () => {
    const token = await api.token("coordinator");
    const ended = await api.send("POST", "/api/courses", { token, body: courseInput({ project: "DigiWestum" }) });
    expect(ended.status).toBe(400);
    expect((await problemOf(ended)).detail).toContain("projektet \"DigiWestum\" är inte aktivt");
    const unknown = await api.send("POST", "/api/courses", { token, body: courseInput({ project: "Rustad i West" }), headers: { "Accept-Language": "en" } });
    expect(unknown.status).toBe(400);
    expect((await problemOf(unknown)).detail).toContain('unknown project "Rustad i West"');
  });

  it("lets a course keep the project it has after the project ended", async () => {
    const course = await createCourse(api, courseInput({ project: "Erasmus+ KA1" }), { publish: false });
    const erasmus = (await api.services.projects.list()).find((p) => p.name === "Erasmus+ KA1")!;
    await api.services.projects.save([{ ...erasmus, active: false }]);
    const token = await api.token("coordinator");
    const edited = await api.send("PUT", `/api/courses/${course.id}`, { token, body: courseInput({ project: "Erasmus+ KA1", title: "Ny titel" }) });
    expect(edited.status).toBe(200);
    expect((await edited.json()) as Course).toMatchObject({ title: "Ny titel", project: "Erasmus+ KA1" });
    // Another ended project is still refused for it.
    const other = await api.send("PUT", `/api/courses/${course.id}`, { token, body: courseInput({ project: "WestKomp 0.1" }) });
    expect(other.status).toBe(400);
  });
});
