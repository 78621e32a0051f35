// The projects in Azure Tables, one row each. Filled from the Projekt list by the SharePoint sync
// (or with the sample projects in local mode). A handful of rows: read whole when asked.
import type { TableEntity } from "@azure/data-tables";
import type { Project } from "../contract/index.js";
import { byActiveThenName, projectSchema } from "../domain/projectSchema.js";
import { listAll, upsertAll, type Tables } from "./tables.js";

const PARTITION = "project";

interface ProjectRow {
  name: string;
  funder: string;
  start?: string;
  end?: string;
  active: boolean;
}

export class ProjectStore {
  constructor(private readonly tables: Tables) {}

  /** Every valid project, active ones first; a row that does not validate is left out. */
  async list(): Promise<Project[]> {
    const rows = await listAll<ProjectRow>(await this.tables.table("projects"), PARTITION);
    const projects: Project[] = [];
    for (const row of rows) {
      const parsed = projectSchema.safeParse({ id: row.rowKey, name: row.name, funder: row.funder, start: row.start ?? undefined, end: row.end ?? undefined, active: row.active });
      if (parsed.success) projects.push(parsed.data);
    }
    return projects.sort(byActiveThenName);
  }

  async save(projects: readonly Project[]): Promise<void> {
    if (projects.length === 0) return;
    await upsertAll<ProjectRow>(await this.tables.table("projects"), projects.map(toRow));
  }

  /** Removes projects; absent rows are fine. Courses keep the names they were given. */
  async remove(ids: readonly string[]): Promise<void> {
    const table = await this.tables.table("projects");
    await Promise.all(
      ids.map((id) =>
        table.deleteEntity(PARTITION, id).catch((error: unknown) => {
          if ((error as { statusCode?: number }).statusCode !== 404) throw error;
        }),
      ),
    );
  }
}

function toRow(p: Project): TableEntity<ProjectRow> {
  return { partitionKey: PARTITION, rowKey: p.id, name: p.name, funder: p.funder, active: p.active, ...(p.start ? { start: p.start } : {}), ...(p.end ? { end: p.end } : {}) };
}
