import { describe, expect, it } from "vitest";
import { projectProblem } from "../../domain/catalogue/projectChoice.js";
import { buildProjects } from "../sync/projectProjection.js";
import { projectItems } from "./projectItems.js";
import { rejectionOf } from "./rejection.js";

const row = (fields: Record<string, unknown>) => ({ Title: "DigiWestum", ProjectKey: "digiwestum", Funder: "ESF", Active: true, ...fields });

describe("the Projekt list", () => {
  it("reads a date-only column as the Stockholm day Graph's instant stands for", () => {
    // Midnight 1 January in Stockholm is 23:00 UTC the day before.
    const mapped = projectItems.map(row({ Start: "2020-12-31T23:00:00Z", End: "2022-07-31" }));
    expect(mapped).toEqual({ ok: true, value: { id: "digiwestum", name: "DigiWestum", funder: "ESF", start: "2021-01-01", end: "2022-07-31", active: true } });
  });

  it("takes a project without the Active box ticked as ended, and refuses one without funder or with its end before its start", () => {
    expect(projectItems.map(row({ Active: undefined }))).toMatchObject({ ok: true, value: { active: false } });
    expect(projectItems.map(row({ Funder: undefined }))).toMatchObject({ ok: false, reason: expect.stringMatching(/^funder/) });
    expect(projectItems.map(row({ Start: "2022-01-01", End: "2021-01-01" }))).toMatchObject({ ok: false, reason: expect.stringMatching(/^end/) });
  });

  it("keeps each key and each name once: courses name their project", () => {
    const data = (id: string, name: string) => JSON.stringify({ id, name, funder: "ESF", active: true });
    const { projects, rejected } = buildProjects([
      { itemId: "1", data: data("a", "Alfa") },
      { itemId: "2", data: data("b", "ALFA") },
      { itemId: "3", data: data("a", "Beta") },
      { itemId: "4", data: data("c", "Gamma"), deleted: true },
    ]);
    expect(projects.map((p) => p.name)).toEqual(["Alfa"]);
    expect(rejected.map((r) => r.itemId)).toEqual(["2", "3"]);
  });
});

describe("which project a course may be given", () => {
  const projects = [
    { id: "a", name: "Aktivt", funder: "ESF", active: true },
    { id: "b", name: "Avslutat", funder: "ESF", active: false },
  ];
  it("in the tabs: an active one, none, or the one the course has", () => {
    expect(projectProblem("Aktivt", projects, null, { activeOnly: true })).toBeUndefined();
    expect(projectProblem(null, projects, "Avslutat", { activeOnly: true })).toBeUndefined();
    expect(projectProblem("Avslutat", projects, "Avslutat", { activeOnly: true })).toBeUndefined();
    expect(projectProblem("Borttaget", projects, "Borttaget", { activeOnly: true })).toBeUndefined();
    expect(projectProblem("Avslutat", projects, null, { activeOnly: true })?.text.sv).toContain("inte aktivt");
    expect(projectProblem("Okänt", projects, null, { activeOnly: true })?.text.en).toContain('unknown project "Okänt"');
  });

  it("from the Courses list: any project of the Projekt list", () => {
    expect(projectProblem("Avslutat", projects, null, { activeOnly: false })).toBeUndefined();
    expect(projectProblem("Okänt", projects, null, { activeOnly: false })).toBeDefined();
  });
});

describe("a rejected Projekt row", () => {
  it("names the column a coordinator fixes", () => {
    const mapped = projectItems.map(row({ Title: " " }));
    if (mapped.ok) throw new Error("expected a rejection");
    expect(rejectionOf("projects", projectItems.fields, mapped.reason, mapped.issues).column).toBe("Title");
  });
});
