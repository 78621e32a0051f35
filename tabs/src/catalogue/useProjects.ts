// The projects (GET /api/projects) behind every project choice: the course form offers the active
// ones and the course's own; the report and the channel tab's view list them all, ended ones marked.
import type { Project } from "@campus-westum/api/contract";
import { useCatalogueApi } from "../api/useCatalogueApi";
import type { Translate } from "../i18n";
import { useLoad, type Load } from "./useLoad";

export function useProjects(): Load<Project[]> {
  const api = useCatalogueApi();
  return useLoad((signal) => api.projects(signal), [api])[0];
}

export interface ProjectOption {
  value: string;
  label: string;
}

/** Every project, ended ones marked; `kept` (a saved choice) stays listed even if the list lost it. */
export function allProjectOptions(projects: readonly Project[], t: Translate, kept?: string): ProjectOption[] {
  const options = projects.map((p) => ({ value: p.name, label: p.active ? p.name : t("projects.inactive", { name: p.name }) }));
  return withKept(options, t, kept);
}

/** What a course may be given: the active projects, and the project it has (whatever became of it). */
export function courseProjectOptions(projects: readonly Project[], t: Translate, current: string): ProjectOption[] {
  const options = projects.filter((p) => p.active).map((p) => ({ value: p.name, label: p.name }));
  const own = projects.find((p) => p.name === current);
  if (own && !own.active) options.push({ value: own.name, label: t("projects.inactive", { name: own.name }) });
  return withKept(options, t, current);
}

/** A name no project has any more (removed from the list) is kept as a choice, and said so. */
function withKept(options: ProjectOption[], t: Translate, kept: string | undefined): ProjectOption[] {
  if (!kept || options.some((o) => o.value === kept)) return options;
  return [...options, { value: kept, label: t("projects.unknown", { name: kept }) }];
}
