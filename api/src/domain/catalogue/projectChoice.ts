// Which project a course may be given. In the tabs: an active project, or the one the course
// has already (a course keeps its project when the project ends). From the Courses list: any
// project of the Projekt list, active or not, or the course's own. Pure.
import type { Project } from "../../contract/index.js";
import type { FieldProblem } from "./courseBuilder.js";

export function projectProblem(
  project: string | null,
  projects: readonly Project[],
  current: string | null | undefined,
  { activeOnly }: { activeOnly: boolean },
): FieldProblem | undefined {
  if (project === null || project === current) return undefined;
  const known = projects.find((p) => p.name === project);
  if (!known) {
    return { field: "project", text: { sv: `okänt projekt "${project}": projekten står i SharePoint-listan Projekt`, en: `unknown project "${project}": the projects are in the SharePoint list Projekt` } };
  }
  if (activeOnly && !known.active) {
    return { field: "project", text: { sv: `projektet "${project}" är inte aktivt: välj ett aktivt projekt`, en: `the project "${project}" is not active: choose an active project` } };
  }
  return undefined;
}
