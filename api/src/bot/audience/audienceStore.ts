// The coordinators' audience choice per course (table "botAudiences", PartitionKey "course",
// RowKey the course id); a course without a row goes to its topics' subscribers.
import type { TableClient } from "@azure/data-tables";
import type { Audience } from "../../contract/index.js";
import type { Tables } from "../../store/tables.js";
import { isMissing } from "../tableErrors.js";
import { audienceSchema } from "./audienceSchema.js";

const PARTITION = "course";
export const DEFAULT_AUDIENCE: Audience = { kind: "subscribers" };

export class AudienceStore {
  constructor(private readonly tables: Tables) {}

  private table(): Promise<TableClient> {
    return this.tables.table("botAudiences");
  }

  async ofCourse(courseId: string): Promise<Audience> {
    try {
      const row = await (await this.table()).getEntity<{ audience: string }>(PARTITION, courseId);
      const parsed = audienceSchema.safeParse(JSON.parse(row.audience));
      return parsed.success ? parsed.data : DEFAULT_AUDIENCE;
    } catch (error) {
      if (isMissing(error)) return DEFAULT_AUDIENCE;
      throw error;
    }
  }

  async setForCourse(courseId: string, audience: Audience): Promise<void> {
    await (await this.table()).upsertEntity({ partitionKey: PARTITION, rowKey: courseId, audience: JSON.stringify(audience) }, "Replace");
  }
}
