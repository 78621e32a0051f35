// A row of the events list ("Händelser") read as a tech-network event (contract/networkEvents.ts),
// checked as strictly as a fika series: one-line title, a real instant in the years 2000-2100, a
// length in whole minutes, the fika rules for a recurring event (decision 0014) that must give a
// date within two years, and a join link only when it is https (a card opens nothing else).
import { fikaRuleText, isCalendarDate, parseFikaRule, recurrenceProblem, occurrencesBetween } from "@campus-westum/bot";
import * as z from "zod";
import type { NetworkEvent, NetworkEventKind } from "../contract/index.js";
import { addBilingualIssue } from "./catalogue/messages.js";
import { recurrenceOf } from "./networkEventTimes.js";
import { multiLine, singleLine } from "./textSchemas.js";
import { dateTime } from "./timeSchemas.js";
import { toStockholmIso } from "@campus-westum/bot/stockholmClock";

/** The list's EventType choices that are network events; "Digital fika" rows are the fika's. */
export const NETWORK_EVENT_TYPES: Record<string, NetworkEventKind> = { "Tekniknätverket": "tech-network", "Westumkonferensen": "conference", "Annat": "other" };

const MINUTE = 60_000;
/** The longest event: a conference of three days. */
export const MAX_EVENT_MINUTES = 3 * 24 * 60;
const wholeMinutes = { sv: `ange hela minuter, från 5 till ${MAX_EVENT_MINUTES}`, en: `give whole minutes, from 5 to ${MAX_EVENT_MINUTES}` };
const httpsOnly = { sv: "en länk som börjar med https://", en: "a link that starts with https://" };
const typeChoice = { sv: "Tekniknätverket, Westumkonferensen eller Annat", en: "Tekniknätverket, Westumkonferensen or Annat" };

const rowSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/),
    title: singleLine(200).min(1),
    type: z.string().refine((t) => t in NETWORK_EVENT_TYPES, { message: typeChoice.en, params: typeChoice }),
    start: dateTime,
    durationMinutes: z.number().refine((n) => Number.isInteger(n) && n >= 5 && n <= MAX_EVENT_MINUTES, { message: wholeMinutes.en, params: wholeMinutes }),
    recurrence: fikaRuleText.optional(),
    joinUrl: z.url().max(2000).refine((u) => u.startsWith("https://"), { message: httpsOnly.en, params: httpsOnly }).optional(),
    description: multiLine(8000).optional(),
    active: z.boolean(),
  })
  .superRefine((row, ctx) => {
    // A wrong rule or start is reported by its own field's check.
    if (!row.recurrence || !parseFikaRule(row.recurrence).ok) return;
    const recurrence = recurrenceOf(startMinute(row.start), row.recurrence);
    if (!isCalendarDate(recurrence.firstDate)) return;
    const problem = recurrenceProblem(recurrence);
    if (problem) addBilingualIssue(ctx, ["recurrence"], problem);
  });

/** The fields of a list row (sharepoint/mapping/catalogueItems.ts eventItems) this schema reads. */
export type NetworkEventRow = z.input<typeof rowSchema>;

/** List times have minute precision; seconds would drift a recurring event's wall time. */
const startMinute = (start: string) => Math.floor(Date.parse(start) / MINUTE) * MINUTE;

export type ReadEvent = { ok: true; event: Omit<NetworkEvent, "updatedAt"> } | { ok: false; issues: z.core.$ZodIssue[] };

/** The event a row describes; a recurring one starts at its rule's first occurrence. */
export function readNetworkEvent(row: NetworkEventRow): ReadEvent {
  const parsed = rowSchema.safeParse(row);
  if (!parsed.success) return { ok: false, issues: parsed.error.issues };
  const { id, title, type, durationMinutes, recurrence, joinUrl, description, active } = parsed.data;
  const given = startMinute(parsed.data.start);
  // recurrenceProblem above made sure the rule gives a date within two years.
  const first = recurrence ? occurrencesBetween(recurrenceOf(given, recurrence), given, given + 732 * 86_400_000, 1)[0]! : given;
  return {
    ok: true,
    event: {
      id,
      title,
      kind: NETWORK_EVENT_TYPES[type]!,
      start: toStockholmIso(first),
      end: toStockholmIso(first + durationMinutes * MINUTE),
      durationMinutes,
      ...(recurrence ? { rrule: recurrence } : {}),
      ...(joinUrl ? { joinUrl } : {}),
      ...(description ? { description } : {}),
      active,
    },
  };
}
