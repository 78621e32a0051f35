// Announcements in Azure Tables (table "announcements", PartitionKey "announcement", RowKey the
// id): the activity per language, which the worker reads once per announcement, and the number
// of recipients, which the delivery report needs to count what is still pending.
import type { TableClient } from "@azure/data-tables";
import type { Announcement, BotActivity, Lang } from "@campus-westum/bot";
import * as z from "zod";
import type { Tables } from "../store/tables.js";
import { isConflict, isMissing } from "./tableErrors.js";

const PARTITION = "announcement";

interface AnnouncementRow {
  kind: string;
  title: string;
  activities: string;
  recipients: number;
  createdAt: string;
  /** Set when every delivery message is on the queue; a fan-out cut short has none and is run again. */
  fannedOutAt?: string;
}

const activitiesSchema = z.object({ sv: z.looseObject({ type: z.literal("message") }), en: z.looseObject({ type: z.literal("message") }) });

export interface AnnouncementSummary {
  id: string;
  kind: string;
  title: string;
  recipients: number;
  createdAt: string;
}

export class AnnouncementStore {
  constructor(private readonly tables: Tables) {}

  private table(): Promise<TableClient> {
    return this.tables.table("announcements");
  }

  /** Creates the announcement's row; false if it exists (a repeated fan-out). */
  async create(announcement: Announcement, createdAt: string): Promise<boolean> {
    const row: AnnouncementRow = { kind: announcement.kind, title: announcement.title, activities: JSON.stringify(announcement.activities), recipients: 0, createdAt };
    try {
      await (await this.table()).createEntity({ partitionKey: PARTITION, rowKey: announcement.id, ...row });
      return true;
    } catch (error) {
      if (isConflict(error)) return false;
      throw error;
    }
  }

  async setRecipients(id: string, recipients: number): Promise<void> {
    await (await this.table()).updateEntity({ partitionKey: PARTITION, rowKey: id, recipients }, "Merge");
  }

  async markFannedOut(id: string, at: string): Promise<void> {
    await (await this.table()).updateEntity({ partitionKey: PARTITION, rowKey: id, fannedOutAt: at }, "Merge");
  }

  /** Whether the announcement exists and all its deliveries were enqueued. */
  async isFannedOut(id: string): Promise<boolean> {
    return Boolean((await this.row(id))?.fannedOutAt);
  }

  async activityFor(id: string, lang: Lang): Promise<BotActivity | undefined> {
    const row = await this.row(id);
    return row ? (activitiesSchema.parse(JSON.parse(row.activities))[lang] as BotActivity) : undefined;
  }

  async summary(id: string): Promise<AnnouncementSummary | undefined> {
    const row = await this.row(id);
    return row && { id, kind: row.kind, title: row.title, recipients: row.recipients, createdAt: row.createdAt };
  }

  /** Announcements made since `sinceIso` (UTC), newest first, at most `max`; without their activities. */
  async recent(sinceIso: string, max: number): Promise<AnnouncementSummary[]> {
    const filter = `PartitionKey eq '${PARTITION}' and createdAt ge '${sinceIso.replace(/'/g, "''")}'`;
    const select = ["RowKey", "kind", "title", "recipients", "createdAt"];
    const found: AnnouncementSummary[] = [];
    for await (const row of (await this.table()).listEntities<AnnouncementRow>({ queryOptions: { filter, select } })) {
      found.push({ id: String(row.rowKey), kind: row.kind, title: row.title, recipients: row.recipients, createdAt: row.createdAt });
    }
    return found.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id)).slice(0, max);
  }

  private async row(id: string): Promise<AnnouncementRow | undefined> {
    try {
      return await (await this.table()).getEntity<AnnouncementRow>(PARTITION, id);
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
  }
}
