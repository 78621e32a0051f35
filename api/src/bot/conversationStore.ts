// The bot's conversation records in Azure Tables (table "botConversations", one partition,
// RowKey = the conversation id in base64url). Subscribers are found by scanning: one pass over
// 50,000 rows takes seconds, fine for a fan-out, and there is no second index to keep in step.
import type { TableClient } from "@azure/data-tables";
import { topicSchema, type ConversationRecord, type ConversationStore, type Topic } from "@campus-westum/bot";
import * as z from "zod";
import { listAll, upsertAll, type Tables } from "../store/tables.js";
import { isMissing, rowKeyOf } from "./tableErrors.js";

const PARTITION = "conversation";

const recordSchema = z.object({
  conversationId: z.string(),
  serviceUrl: z.string(),
  kind: z.enum(["personal", "channel", "groupChat"]),
  tenantId: z.string().optional(),
  teamId: z.string().optional(),
  teamName: z.string().optional(),
  channelName: z.string().optional(),
  userId: z.string().optional(),
  userName: z.string().optional(),
  botId: z.string().optional(),
  lang: z.enum(["sv", "en"]),
  topics: z.array(topicSchema),
  active: z.boolean(),
  inactiveReason: z.string().optional(),
  updatedAt: z.string(),
});

type Row = Record<string, unknown>;

export class TablesConversationStore implements ConversationStore {
  constructor(private readonly tables: Tables) {}

  private table(): Promise<TableClient> {
    return this.tables.table("botConversations");
  }

  async get(conversationId: string): Promise<ConversationRecord | undefined> {
    try {
      return fromRow(await (await this.table()).getEntity<Row>(PARTITION, rowKeyOf(conversationId)));
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
  }

  async save(record: ConversationRecord): Promise<void> {
    await (await this.table()).upsertEntity(toRow(record), "Replace");
  }

  /** Many records at once (sample data, tests, benchmarks). */
  async saveMany(records: ConversationRecord[]): Promise<void> {
    await upsertAll(await this.table(), records.map(toRow));
  }

  async remove(conversationId: string): Promise<void> {
    await (await this.table()).deleteEntity(PARTITION, rowKeyOf(conversationId)).catch((error) => {
      if (!isMissing(error)) throw error;
    });
  }

  async removeTeam(teamId: string): Promise<number> {
    const ofTeam = (await this.all()).filter((r) => r.teamId === teamId);
    for (const record of ofTeam) await this.remove(record.conversationId);
    return ofTeam.length;
  }

  async renameTeam(teamId: string, name: string): Promise<void> {
    const table = await this.table();
    for (const record of (await this.all()).filter((r) => r.teamId === teamId)) {
      await table.updateEntity({ partitionKey: PARTITION, rowKey: rowKeyOf(record.conversationId), teamName: name }, "Merge").catch((error) => {
        if (!isMissing(error)) throw error;
      });
    }
  }

  async markInactive(conversationId: string, reason: string): Promise<void> {
    await (await this.table())
      .updateEntity({ partitionKey: PARTITION, rowKey: rowKeyOf(conversationId), active: false, inactiveReason: reason.slice(0, 500) }, "Merge")
      .catch((error) => {
        if (!isMissing(error)) throw error;
      });
  }

  async subscribersOf(topics: Topic[]): Promise<ConversationRecord[]> {
    return (await this.all()).filter((r) => r.active && r.topics.some((t) => topics.includes(t)));
  }

  async personalChatsOf(userIds: string[]): Promise<ConversationRecord[]> {
    const wanted = new Set(userIds);
    return (await this.all()).filter((r) => r.active && r.kind === "personal" && r.userId !== undefined && wanted.has(r.userId));
  }

  async all(): Promise<ConversationRecord[]> {
    const rows = await listAll<Row>(await this.table(), PARTITION);
    return rows.flatMap((row) => {
      const record = fromRow(row);
      return record ? [record] : [];
    });
  }
}

function toRow(record: ConversationRecord) {
  const { topics, ...rest } = record;
  const defined = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
  return { partitionKey: PARTITION, rowKey: rowKeyOf(record.conversationId), ...defined, topics: JSON.stringify(topics) };
}

function fromRow(row: Row): ConversationRecord | undefined {
  const fields = Object.fromEntries(Object.entries(row).filter(([, v]) => v !== null && v !== undefined));
  const parsed = recordSchema.safeParse({ ...fields, topics: JSON.parse(String(row.topics ?? "[]")) });
  return parsed.success ? parsed.data : undefined;
}
