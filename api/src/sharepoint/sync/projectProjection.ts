// The projects as a function of the mirror of the Projekt list: the rows that validated, each
// key and each name once (courses name their project). Compared with the project store; only
// what differs is saved or removed. A removed project leaves its courses their project's name.
import type { Project, SyncRejectedRow } from "../../contract/index.js";
import type { ProjectStore } from "../../store/projectStore.js";
import type { MirrorRow, SyncState } from "./syncState.js";

export interface ProjectProjection {
  saved: number;
  removed: number;
  rejected: SyncRejectedRow[];
}

export function buildProjects(rows: MirrorRow[]): { projects: Project[]; rejected: SyncRejectedRow[] } {
  const rejected: SyncRejectedRow[] = [];
  const projects: Project[] = [];
  const live = rows.filter((r) => !r.deleted).sort((a, b) => Number(a.itemId) - Number(b.itemId));
  for (const row of live) {
    if (row.rejected) rejected.push({ list: "projects", itemId: row.itemId, reason: row.data ? `${row.rejected} (the last valid version is used)` : row.rejected });
    if (!row.data) continue;
    const project = JSON.parse(row.data) as Project;
    const clash = projects.find((p) => p.id === project.id || p.name.toLowerCase() === project.name.toLowerCase());
    if (clash) {
      const what = clash.id === project.id ? `ProjectKey "${project.id}"` : `the name "${project.name}"`;
      rejected.push({ list: "projects", itemId: row.itemId, reason: `${what} is used by another project already: courses name their project, so each name is used once` });
      continue;
    }
    projects.push(project);
  }
  return { projects, rejected };
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
