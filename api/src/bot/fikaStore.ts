// The digital fika in Azure Tables (table "fika"):
//   PK "series"                  RowKey series id: title, recurrence, duration, join link, active
//   PK "rsvp-<series>-<startMs>" RowKey person key: the answer (yes/no) to one occurrence
//   PK "pairing"                 RowKey person key: who opted in to fika pairing, and their member
//   PK "round"                   RowKey "<series>-<startMs>": the groups of one pairing round
// RSVP counts read one small partition; a round is created once (409: it exists, use it).
// With SharePoint, saving a series records its write-back to the events list in the same
// transaction (a ChangeHook: the outbox's "spout-<series id>" row in the series partition).
import type { TableClient } from "@azure/data-tables";
import { fikaRuleText, isCalendarDate, parseFikaRule, recurrenceProblem, type Person, type RsvpAnswer, type RsvpCounts } from "@campus-westum/bot";
import * as z from "zod";
import type { FikaSeries, FikaSeriesInput, InvalidFikaSeries } from "../contract/index.js";
import { addBilingualIssue, type Bilingual } from "../domain/catalogue/messages.js";
import { singleLine } from "../domain/textSchemas.js";
import { calendarDate, clockTime } from "../domain/timeSchemas.js";
import type { ChangeHook } from "../store/changeHook.js";
import { listAll, type Tables } from "../store/tables.js";
import { isConflict, isMissing, rowKeyOf } from "./tableErrors.js";

export type { FikaSeries } from "../contract/index.js";

// Rules of a series, said in both languages (http/body.ts answers in the caller's).
const wholeMinutes = { sv: "ange hela minuter, från 5 till 480", en: "give whole minutes, from 5 to 480" };
const httpsOnly = { sv: "en länk som börjar med https://", en: "a link that starts with https://" };

export const fikaSeriesFields = z.object({
  title: singleLine(120).min(1),
  rrule: fikaRuleText,
  firstDate: calendarDate,
  time: clockTime,
  durationMinutes: z.number().refine((n) => Number.isInteger(n) && n >= 5 && n <= 480, { message: wholeMinutes.en, params: wholeMinutes }),
  joinUrl: z.url().max(2000).refine((u) => u.startsWith("https://"), { message: httpsOnly.en, params: httpsOnly }),
  active: z.boolean().default(true),
});

/** A rule whose parts are each valid may still give no date from its first date: refused as well. */
export function refuseDatelessRule(series: { rrule: string; firstDate: string; time: string }, ctx: z.RefinementCtx) {
  // A wrong rule or date is reported by its own field's check.
  if (!parseFikaRule(series.rrule).ok || !isCalendarDate(series.firstDate)) return;
  const problem = recurrenceProblem(series);
  if (problem) addBilingualIssue(ctx, ["rrule"], problem);
}

/**
 * The body of POST and PUT /api/fika/series: the contract's FikaSeriesInput, read into a series
 * without its id. Checked whole before anything is saved, so a rule that fails is never stored.
 */
export const fikaSeriesSchema = fikaSeriesFields.superRefine(refuseDatelessRule) satisfies z.ZodType<Omit<FikaSeries, "id" | "updatedAt">, FikaSeriesInput>;
const storedSeriesSchema = fikaSeriesFields.extend({ updatedAt: z.string() }).superRefine(refuseDatelessRule);

/** A stored series that no longer reads as valid (saved before the rules were strict): listed, never expanded. */
export interface InvalidSeries extends Omit<InvalidFikaSeries, "problem"> {
  problem: Bilingual;
}

export interface PairingEntry {
  personId: string;
  name: string;
  email: string;
  memberId: string;
}

const SERIES = "series";
const PAIRING = "pairing";
const ROUND = "round";
const rsvpPartition = (seriesId: string, startMs: number) => `rsvp-${seriesId}-${startMs}`;

/** Rows of the series partition that are the write-back outbox's, not series. */
const isOutboxRow = (rowKey: string | undefined) => rowKey?.startsWith("spout-") === true;

export class FikaStore {
  constructor(
    private readonly tables: Tables,
    private readonly writeBack?: ChangeHook,
  ) {}

  private table(): Promise<TableClient> {
    return this.tables.table("fika");
  }

  /** `fromList`: the series came from the SharePoint events list (the sync), so it is not written back. */
  async saveSeries(series: FikaSeries, options: { fromList?: boolean } = {}): Promise<void> {
    const { id, ...fields } = series;
    const table = await this.table();
    if (!this.writeBack || options.fromList) {
      await table.upsertEntity({ partitionKey: SERIES, rowKey: id, ...fields }, "Replace");
      return;
    }
    await this.writeBack.before(id);
    await table.submitTransaction([["upsert", { partitionKey: SERIES, rowKey: id, ...fields }, "Replace"], this.writeBack.action(id)]);
  }

  async getSeries(id: string): Promise<FikaSeries | undefined> {
    try {
      return seriesOf(await (await this.table()).getEntity<Record<string, unknown>>(SERIES, id));
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
  }

  /** Whether a row exists under the id, valid or not (a coordinator may correct an invalid one). */
  async hasSeries(id: string): Promise<boolean> {
    try {
      await (await this.table()).getEntity(SERIES, id, { queryOptions: { select: ["RowKey"] } });
      return true;
    } catch (error) {
      if (isMissing(error)) return false;
      throw error;
    }
  }

  /** The valid series, which the bot's timers and commands use. */
  async listSeries(): Promise<FikaSeries[]> {
    return (await this.listAllSeries()).valid;
  }

  /** Every series: those that read as valid, and those that do not, with why. */
  async listAllSeries(): Promise<{ valid: FikaSeries[]; invalid: InvalidSeries[] }> {
    const rows = await listAll<Record<string, unknown>>(await this.table(), SERIES);
    const valid: FikaSeries[] = [];
    const invalid: InvalidSeries[] = [];
    for (const row of rows) {
      if (isOutboxRow(row.rowKey as string | undefined)) continue;
      const series = seriesOf(row);
      if (series) valid.push(series);
      else invalid.push(invalidSeriesOf(row));
    }
    return { valid, invalid };
  }

  async rsvp(seriesId: string, startMs: number, person: Person, answer: RsvpAnswer): Promise<RsvpCounts> {
    const table = await this.table();
    // The address too: people reached through the directory are known by it, not by their id.
    const email = person.email?.trim().toLowerCase() ?? "";
    await table.upsertEntity({ partitionKey: rsvpPartition(seriesId, startMs), rowKey: rowKeyOf(person.id), personId: person.id, name: person.name, email, answer }, "Replace");
    return this.counts(seriesId, startMs);
  }

  async answers(seriesId: string, startMs: number): Promise<Map<string, RsvpAnswer>> {
    const rows = await listAll<{ personId: string; answer: RsvpAnswer }>(await this.table(), rsvpPartition(seriesId, startMs));
    return new Map(rows.map((r) => [r.personId, r.answer]));
  }

  /** Who said "Jag kan inte" to an occurrence: their ids and, where known, their addresses (lower case). */
  async declined(seriesId: string, startMs: number): Promise<Set<string>> {
    const rows = await listAll<{ personId: string; email?: string; answer: RsvpAnswer }>(await this.table(), rsvpPartition(seriesId, startMs));
    return new Set(rows.filter((r) => r.answer === "no").flatMap((r) => (r.email ? [r.personId, r.email] : [r.personId])));
  }

  async counts(seriesId: string, startMs: number): Promise<RsvpCounts> {
    const answers = [...(await this.answers(seriesId, startMs)).values()];
    return { yes: answers.filter((a) => a === "yes").length, no: answers.filter((a) => a === "no").length };
  }

  async answerOf(seriesId: string, startMs: number, personId: string): Promise<RsvpAnswer | undefined> {
    try {
      return (await (await this.table()).getEntity<{ answer: RsvpAnswer }>(rsvpPartition(seriesId, startMs), rowKeyOf(personId))).answer;
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
  }

  async setPairing(entry: PairingEntry, optedIn: boolean): Promise<void> {
    const table = await this.table();
    if (optedIn) await table.upsertEntity({ partitionKey: PAIRING, rowKey: rowKeyOf(entry.personId), ...entry }, "Replace");
    else await table.deleteEntity(PAIRING, rowKeyOf(entry.personId)).catch((error) => void (isMissing(error) || Promise.reject(error)));
  }

  async optedIn(): Promise<PairingEntry[]> {
    return (await listAll<PairingEntry>(await this.table(), PAIRING)).map(({ personId, name, email, memberId }) => ({ personId, name, email, memberId }));
  }

  /** Stores a round's groups unless it exists; returns the round's groups as stored. */
  async saveRound(roundId: string, groups: string[][]): Promise<string[][]> {
    const table = await this.table();
    try {
      await table.createEntity({ partitionKey: ROUND, rowKey: roundId, groups: JSON.stringify(groups), createdAt: new Date().toISOString() });
      return groups;
    } catch (error) {
      if (!isConflict(error)) throw error;
      return JSON.parse((await table.getEntity<{ groups: string }>(ROUND, roundId)).groups) as string[][];
    }
  }

  /** The groups of the latest `count` rounds, oldest first. */
  async recentRounds(count: number): Promise<string[][][]> {
    const rows = await listAll<{ groups: string; createdAt: string }>(await this.table(), ROUND);
    return rows
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
      .slice(-count)
      .map((r) => JSON.parse(r.groups) as string[][]);
  }
}

function seriesOf(row: Record<string, unknown>): FikaSeries | undefined {
  const parsed = storedSeriesSchema.safeParse(row);
  return parsed.success ? { id: String(row.rowKey), ...parsed.data } : undefined;
}

function invalidSeriesOf(row: Record<string, unknown>): InvalidSeries {
  const issue = storedSeriesSchema.safeParse(row).error?.issues[0];
  const said = (issue as { params?: Partial<Bilingual> } | undefined)?.params;
  const text = (key: string) => (typeof row[key] === "string" ? (row[key] as string) : undefined);
  const stored: InvalidSeries["stored"] = {
    firstDate: text("firstDate"),
    time: text("time"),
    durationMinutes: typeof row.durationMinutes === "number" ? row.durationMinutes : undefined,
    joinUrl: text("joinUrl"),
    active: typeof row.active === "boolean" ? row.active : undefined,
  };
  return {
    id: String(row.rowKey),
    title: text("title") ?? "",
    rrule: text("rrule") ?? "",
    field: issue?.path.join(".") ?? "",
    problem: { sv: said?.sv ?? issue?.message ?? "ogiltig", en: said?.en ?? issue?.message ?? "invalid" },
    // Only what the row has: JSON leaves out the undefined ones.
    stored: Object.fromEntries(Object.entries(stored).filter(([, value]) => value !== undefined)),
  };
}
