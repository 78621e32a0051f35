// The coordinators' audience choices (table "botAudiences"): PartitionKey "course" or "fika",
// RowKey the course's or the fika series' id. A course or series without a row goes to the
// subscribers of its topics. A fika series' choice is kept apart from the series' own row, so the
// SharePoint sync, which replaces that row from the events list, leaves the choice alone.
import type { TableClient } from "@azure/data-tables";
import type { Audience } from "../../contract/index.js";
import { listAll, type Tables } from "../../store/tables.js";
import { isMissing } from "../tableErrors.js";
import { audienceSchema } from "./audienceSchema.js";

type Subject = "course" | "fika";
export const DEFAULT_AUDIENCE: Audience = { kind: "subscribers" };

/** A stored choice that no longer reads as valid (a member's id is checked, not its existence) falls back to the default. */
function audienceOfText(text: string): Audience {
  let stored: unknown;
  try {
    stored = JSON.parse(text);
  } catch {
    return DEFAULT_AUDIENCE;
  }
  const parsed = audienceSchema.safeParse(stored);
  return parsed.success ? parsed.data : DEFAULT_AUDIENCE;
}

export class AudienceStore {
  constructor(private readonly tables: Tables) {}

  private table(): Promise<TableClient> {
    return this.tables.table("botAudiences");
  }

  ofCourse = (courseId: string) => this.of("course", courseId);
  setForCourse = (courseId: string, audience: Audience) => this.set("course", courseId, audience);
  ofFika = (seriesId: string) => this.of("fika", seriesId);
  setForFika = (seriesId: string, audience: Audience) => this.set("fika", seriesId, audience);

  /** Every fika series' choice, by series id (one partition read for the series list). */
  async fikaChoices(): Promise<Map<string, Audience>> {
    const rows = await listAll<{ rowKey: string; audience: string }>(await this.table(), "fika");
    return new Map(rows.map((r) => [r.rowKey, audienceOfText(r.audience)]));
  }

  private async of(subject: Subject, id: string): Promise<Audience> {
    try {
      return audienceOfText((await (await this.table()).getEntity<{ audience: string }>(subject, id)).audience);
    } catch (error) {
      if (isMissing(error)) return DEFAULT_AUDIENCE;
      throw error;
    }
  }

  private async set(subject: Subject, id: string, audience: Audience): Promise<void> {
    await (await this.table()).upsertEntity({ partitionKey: subject, rowKey: id, audience: JSON.stringify(audience) }, "Replace");
  }
}
