import type { Project } from "@campus-westum/api/contract";
import { describe, expect, it } from "vitest";
import type { Translate } from "../i18n";
import { allProjectOptions, courseProjectOptions } from "./useProjects";

// The message id and the name are enough to see which label was chosen.
const t = ((id: string, values?: { name?: string }) => `${id}:${values?.name ?? ""}`) as Translate;
const projects: Project[] = [
  { id: "a", name: "Campus Westum", funder: "Västra Götalandsregionen", active: true },
  { id: "b", name: "DigiWestum", funder: "ESF", active: false },
];

describe("project choices", () => {
  it("offers a new course the active projects only", () => {
    expect(courseProjectOptions(projects, t, "")).toEqual([{ value: "Campus Westum", label: "Campus Westum" }]);
  });

  it("keeps a course's own project, marked when it has ended or left the list", () => {
    expect(courseProjectOptions(projects, t, "DigiWestum").map((o) => o.label)).toEqual(["Campus Westum", "projects.inactive:DigiWestum"]);
    expect(courseProjectOptions(projects, t, "Rustad i West").map((o) => o.label)).toEqual(["Campus Westum", "projects.unknown:Rustad i West"]);
  });

  it("lists every project for the report and the channel tab, ended ones marked", () => {
    expect(allProjectOptions(projects, t).map((o) => [o.value, o.label])).toEqual([
      ["Campus Westum", "Campus Westum"],
      ["DigiWestum", "projects.inactive:DigiWestum"],
    ]);
  });
});
