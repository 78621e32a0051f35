// The projects as a function of the mirror of the Projekt list: the rows that validated, each
// key and each name once (courses name their project). Compared with the project store; only
// what differs is saved or removed. A removed project leaves its courses their project's name.
import type { Project, SyncRejectedRow } from "../../contract/index.js";
import type { ProjectStore } from "../../store/projectStore.js";
import { keyUsedTwice, type Rejection } from "../mapping/rejection.js";
import { rejectedRow, type MirrorRow, type SyncState } from "./syncState.js";

export interface ProjectProjection {
  saved: number;
  removed: number;
  rejected: SyncRejectedRow[];
}

export function buildProjects(rows: MirrorRow[]): { projects: Project[]; rejected: SyncRejectedRow[] } {
  const rejected: SyncRejectedRow[] = [];
  const projects: Project[] = [];
  const itemOf = new Map<Project, string>();
  const live = rows.filter((r) => !r.deleted).sort((a, b) => Number(a.itemId) - Number(b.itemId));
  for (const row of live) {
    if (row.rejected) rejected.push(rejectedRow("projects", row, "the last valid version is used"));
    if (!row.data) continue;
    const project = JSON.parse(row.data) as Project;
    const clash = projects.find((p) => p.id === project.id || p.name.toLowerCase() === project.name.toLowerCase());
    if (clash) {
      rejected.push({ list: "projects", itemId: row.itemId, ...clashRejection(project, clash, itemOf.get(clash)!) });
      continue;
    }
    projects.push(project);
    itemOf.set(project, row.itemId);
  }
  return { projects, rejected };
}

/** A second row with a project's key or name: courses name their project, so each name is used once. */
function clashRejection(project: Project, first: Project, firstItemId: string): Rejection {
  const reason = "is used by another project already: courses name their project, so each name is used once";
  if (first.id === project.id) {
    return {
      reason: `ProjectKey "${project.id}" ${reason}`,
      ...keyUsedTwice("projects", "ProjectKey", project.id, firstItemId, { sv: "projektet", en: "the project" }),
    };
  }
  return {
    reason: `the name "${project.name}" ${reason}`,
    column: "Title",
    problem: {
      sv: `Namnet "${project.name}" används redan av rad ${firstItemId}. Utbildningar anger sitt projekt med namnet, så varje namn får bara finnas en gång: byt namn på projektet eller ta bort raden.`,
      en: `The name "${project.name}" is already used by item ${firstItemId}. Courses name their project, so each name may be used only once: rename the project or remove the row.`,
    },
  };
}

export async function projectProjects(state: SyncState, store: ProjectStore): Promise<ProjectProjection> {
  const [rows, current] = await Promise.all([state.mirrorRows("projects"), store.list()]);
  const { projects, rejected } = buildProjects(rows);
  const before = new Map(current.map((p) => [p.id, p]));
  const changed = projects.filter((p) => JSON.stringify(p) !== JSON.stringify(before.get(p.id)));
  const wanted = new Set(projects.map((p) => p.id));
  const removed = [...before.keys()].filter((id) => !wanted.has(id));
  await store.save(changed);
  if (removed.length > 0) await store.remove(removed);
  return { saved: changed.length, removed: removed.length, rejected };
}
