// The needs inventory in Azure Tables (issue 13), one partition per round in the "needs" table:
//   "round"              the round (lists as JSON text)
//   "answer-<memberId>"  one member's answer: needs and history as JSON text, its version
//   "event-<id>"         what the bot is to send (needsEvents.ts), written with the change
//   "asked-<area>"       the members that teach an area were asked (once per round and area; created
//                        in one transaction with its event, so two clicks at once write one record)
// A round's answers are one partition, so the results read one partition. Every change is
// written at the ETag it was read with: two people of one member saving at once cannot overwrite
// each other (the second write fails with 412, or 409 when both created the first answer), and
// the caller decides what to tell the loser (see handlers/needs/saveNeedsAnswer.ts).
// With SharePoint, the same transaction records the round's write-back (a ChangeHook keyed by
// the round id; the lists "Behovsinventeringar" and "Behov" are written from the app's rows).
import { odata, type TableClient, type TransactionAction } from "@azure/data-tables";
import * as z from "zod";
import type { Lang } from "../http/language.js";
import type { NeedsAnswer, ProvidersAsked } from "../contract/index.js";
import { toNeedsAnswer, type NeedsAnswerRecord } from "../domain/needs/needsAnswer.js";
import type { NeedsRoundRecord } from "../domain/needs/needsRound.js";
import type { ChangeHook } from "./changeHook.js";
import { needsEventAction, NEEDS_TABLE, type NeedsEvent } from "./needsEvents.js";
import { isNotFound, statusOf } from "./optimisticRetry.js";
import type { Tables } from "./tables.js";

const ROUND_ROW = "round";
const ANSWER_PREFIX = "answer-";
const answerRow = (memberId: string) => `${ANSWER_PREFIX}${memberId}`;
const ANSWERS = odata`RowKey ge ${ANSWER_PREFIX} and RowKey lt ${"answer."}`;
const ASKED_PREFIX = "asked-";
const ASKED = odata`RowKey ge ${ASKED_PREFIX} and RowKey lt ${"asked."}`;

export interface StoredNeedsRound {
  record: NeedsRoundRecord;
  etag: string;
}

export interface StoredNeedsAnswer {
  record: NeedsAnswerRecord;
  etag: string;
}

export class NeedsStore {
  constructor(
    private readonly tables: Tables,
    private readonly writeBack?: ChangeHook,
  ) {}

  private table(): Promise<TableClient> {
    return this.tables.table(NEEDS_TABLE);
  }

  /** The write-back's action for this transaction, after noting the round for the workers. */
  private async writeBackActions(roundId: string): Promise<TransactionAction[]> {
    if (!this.writeBack) return [];
    await this.writeBack.before(roundId);
    return [this.writeBack.action(roundId)];
  }

  /** Every round, newest deadline first. Rows that do not read as a round are skipped. */
  async listRounds(): Promise<NeedsRoundRecord[]> {
    const table = await this.table();
    const rounds: NeedsRoundRecord[] = [];
    for await (const row of table.listEntities<Record<string, unknown>>({ queryOptions: { filter: odata`RowKey eq ${ROUND_ROW}` } })) {
      const round = roundOf(row);
      if (round) rounds.push(round);
    }
    return rounds.sort((a, b) => b.deadline.localeCompare(a.deadline) || b.updatedAt.localeCompare(a.updatedAt));
  }

  async getRound(roundId: string): Promise<StoredNeedsRound | undefined> {
    try {
      const row = await (await this.table()).getEntity<Record<string, unknown>>(roundId, ROUND_ROW);
      const record = roundOf(row);
      return record ? { record, etag: String(row.etag) } : undefined;
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  /** Creates a round; 409 from the store if the id is taken. */
  async createRound(record: NeedsRoundRecord): Promise<void> {
    await (await this.table()).submitTransaction([["create", toRoundRow(record)], ...(await this.writeBackActions(record.id))]);
  }

  /** Replaces a round read at `previous.etag`, with the records of what the bot is to send; 412 if it changed meanwhile. */
  async replaceRound(previous: StoredNeedsRound, next: NeedsRoundRecord, events: NeedsEvent[] = []): Promise<void> {
    await (await this.table()).submitTransaction([
      ["update", toRoundRow(next), "Replace", { etag: previous.etag }],
      ...events.map(needsEventAction),
      ...(await this.writeBackActions(next.id)),
    ]);
  }

  /** Records what the bot is to send that changes no round (e.g. asking the members that teach an area). */
  async addEvent(event: NeedsEvent): Promise<void> {
    await (await this.table()).submitTransaction([needsEventAction(event)]);
  }

  /**
   * Asks the members that teach an area, once per round and area: the "asked-<area>" row is
   * created (create-only) in one transaction with the request's record for the bot. When the row
   * exists already (asked before, or by someone at the same moment: 409), nothing is written and
   * the earlier request comes back.
   */
  async askProvidersOnce(event: Extract<NeedsEvent, { type: "needs-provider-request" }>, asked: ProvidersAsked): Promise<{ first: boolean; asked: ProvidersAsked }> {
    const table = await this.table();
    try {
      await table.submitTransaction([["create", { partitionKey: event.roundId, rowKey: `${ASKED_PREFIX}${event.area}`, ...asked }], needsEventAction(event)]);
      return { first: true, asked };
    } catch (error) {
      if (statusOf(error) !== 409) throw error;
      const earlier = askedOf(await table.getEntity<Record<string, unknown>>(event.roundId, `${ASKED_PREFIX}${event.area}`));
      if (!earlier) throw error;
      return { first: false, asked: earlier };
    }
  }

  /** Per area, when its providers were asked in the round. */
  async providersAsked(roundId: string): Promise<Map<string, ProvidersAsked>> {
    const table = await this.table();
    const asked = new Map<string, ProvidersAsked>();
    for await (const row of table.listEntities<Record<string, unknown>>({ queryOptions: { filter: odata`PartitionKey eq ${roundId}` + ` and ${ASKED}` } })) {
      const record = askedOf(row);
      if (record) asked.set(row.rowKey!.slice(ASKED_PREFIX.length), record);
    }
    return asked;
  }

  /** The saved answers of a round (version 1 or more), history in `lang`. */
  async listAnswers(roundId: string, lang: Lang = "sv"): Promise<NeedsAnswer[]> {
    return (await this.listAnswerRecords(roundId)).map((record) => toNeedsAnswer(record, lang));
  }

  async listAnswerRecords(roundId: string): Promise<NeedsAnswerRecord[]> {
    const table = await this.table();
    const filter = odata`PartitionKey eq ${roundId}` + ` and ${ANSWERS}`;
    const answers: NeedsAnswerRecord[] = [];
    for await (const row of table.listEntities<Record<string, unknown>>({ queryOptions: { filter } })) {
      const answer = answerOf(row);
      if (answer) answers.push(answer);
    }
    return answers;
  }

  /** Per round, the members that have saved an answer: one read of every answer row's key and version. */
  async answeredMembers(): Promise<Map<string, string[]>> {
    const table = await this.table();
    const answered = new Map<string, string[]>();
    for await (const row of table.listEntities<{ version?: number }>({ queryOptions: { filter: ANSWERS, select: ["PartitionKey", "RowKey", "version"] } })) {
      if ((row.version ?? 0) < 1) continue;
      answered.set(row.partitionKey!, [...(answered.get(row.partitionKey!) ?? []), row.rowKey!.slice(ANSWER_PREFIX.length)]);
    }
    return answered;
  }

  async getAnswer(roundId: string, memberId: string): Promise<StoredNeedsAnswer | undefined> {
    try {
      const row = await (await this.table()).getEntity<Record<string, unknown>>(roundId, answerRow(memberId));
      const record = answerOf(row);
      return record ? { record, etag: String(row.etag) } : undefined;
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  /**
   * Saves a member's answer: created when there was none (409 if someone created it meanwhile),
   * else replaced at the ETag it was read with (412 if someone saved meanwhile).
   */
  async saveAnswer(previous: StoredNeedsAnswer | undefined, next: NeedsAnswerRecord): Promise<void> {
    const row = toAnswerRow(next);
    const write: TransactionAction = previous ? ["update", row, "Replace", { etag: previous.etag }] : ["create", row];
    await (await this.table()).submitTransaction([write, ...(await this.writeBackActions(next.roundId))]);
  }
}

function toRoundRow(r: NeedsRoundRecord) {
  const { id, period, recipientRoles, areas, intro, sentAt, announcementId, remindedAt, ...scalars } = r;
  return {
    partitionKey: id,
    rowKey: ROUND_ROW,
    ...scalars,
    period: JSON.stringify(period),
    recipientRoles: JSON.stringify(recipientRoles),
    areas: JSON.stringify(areas),
    intro: JSON.stringify(intro),
    // Tables has no null: an absent property reads back as null.
    ...(sentAt ? { sentAt } : {}),
    ...(announcementId ? { announcementId } : {}),
    ...(remindedAt ? { remindedAt } : {}),
  };
}

function toAnswerRow(a: NeedsAnswerRecord) {
  return {
    partitionKey: a.roundId,
    rowKey: answerRow(a.memberId),
    memberId: a.memberId,
    memberName: a.memberName,
    needs: JSON.stringify(a.needs),
    ...(a.comment ? { comment: a.comment } : {}),
    version: a.version,
    ...(a.answeredAt ? { answeredAt: a.answeredAt } : {}),
    history: JSON.stringify(a.history),
  };
}

const jsonText = z.string().transform((text, ctx) => {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    ctx.addIssue({ code: "custom", message: "not JSON" });
    return z.NEVER;
  }
});
const optionalText = z.string().nullish().transform((v) => v ?? undefined);

// What a stored row must hold to be served; what a person may enter is checked before it is saved (needsSchemas.ts).
const storedRoundSchema = z.object({
  partitionKey: z.string(),
  title: z.string(),
  period: jsonText.pipe(z.object({ term: z.enum(["spring", "autumn"]), year: z.number() })),
  deadline: z.string(),
  reminderDaysBefore: z.number(),
  recipientRoles: jsonText.pipe(z.array(z.string())),
  areas: jsonText.pipe(z.array(z.string())),
  intro: jsonText.pipe(z.object({ sv: z.string(), en: z.string().optional() })),
  sentAt: optionalText,
  announcementId: optionalText,
  remindedAt: optionalText,
  updatedAt: z.string(),
});

const storedAnswerSchema = z.object({
  partitionKey: z.string(),
  memberId: z.string(),
  memberName: z.string(),
  needs: jsonText.pipe(z.array(z.object({ area: z.string(), audience: z.string(), format: z.string(), participants: z.number(), note: z.string().optional() }))),
  comment: optionalText,
  version: z.number(),
  answeredAt: optionalText,
  history: jsonText.pipe(z.array(z.object({ at: z.string(), by: z.object({ name: z.string(), email: z.string().optional() }), via: z.enum(["tab", "card"]), summary: z.object({ sv: z.string(), en: z.string() }) }))),
});

const withoutUndefined = <T extends object>(value: T): T => Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;

const storedAskedSchema = z.object({ at: z.string(), by: z.string(), members: z.number(), people: z.number() });

function askedOf(row: Record<string, unknown>): ProvidersAsked | undefined {
  const parsed = storedAskedSchema.safeParse(row);
  return parsed.success ? parsed.data : undefined;
}

function roundOf(row: Record<string, unknown>): NeedsRoundRecord | undefined {
  const parsed = storedRoundSchema.safeParse(row);
  if (!parsed.success) return undefined;
  const { partitionKey, ...fields } = parsed.data;
  return withoutUndefined({ id: partitionKey, ...fields }) as NeedsRoundRecord;
}

function answerOf(row: Record<string, unknown>): NeedsAnswerRecord | undefined {
  const parsed = storedAnswerSchema.safeParse(row);
  if (!parsed.success) return undefined;
  const { partitionKey, ...fields } = parsed.data;
  return withoutUndefined({ roundId: partitionKey, ...fields }) as NeedsAnswerRecord;
}
