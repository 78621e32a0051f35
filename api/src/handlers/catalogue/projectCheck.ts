// The course routes' check of the chosen project against the projects the store has now.
import { projectProblem } from "../../domain/catalogue/projectChoice.js";
import { invalidFields } from "../../http/body.js";
import type { Lang } from "../../http/language.js";
import type { Services } from "../../services.js";

/** 400 unless the project is an active one or the course's own. */
export async function checkProject(services: Services, project: string | null, current: string | null | undefined, lang: Lang): Promise<void> {
  if (project === null || project === current) return;
  const problem = projectProblem(project, await services.projects.list(), current, { activeOnly: true });
  if (problem) throw invalidFields([{ field: problem.field, message: problem.text[lang] }]);
}
