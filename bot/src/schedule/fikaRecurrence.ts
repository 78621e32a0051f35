// When a recurring event happens: an RFC 5545 RRULE (e.g. "FREQ=MONTHLY;BYDAY=+1TU", the first
// Tuesday of each month) from a first date, at a Stockholm wall time. rrule works in UTC, and a
// monthly rule run in UTC at 13:00 lands at 14:00 in winter and 15:00 in summer in Stockholm. So
// the rule runs on "floating" times (the wall time written as if it were UTC), and each
// occurrence's wall time becomes an instant with Stockholm's offset of that day.
import rruleModule from "rrule";
import * as z from "zod";
import { stockholmInstant } from "./stockholmClock.js";

// rrule is CommonJS; Node's ESM loader exposes its exports as the default import.
const { RRule } = rruleModule as unknown as typeof import("rrule");

// Each rule's message in both languages: the API answers in the caller's language from the
// issue's params, which zod keeps for refinements (not for .regex), hence refine throughout.
const said = (sv: string, en: string) => ({ message: en, params: { sv, en } });

export const recurrenceSchema = z.object({
  /** RRULE parts only (no DTSTART, TZID or UNTIL with a zone): "FREQ=MONTHLY;BYDAY=+1TU". */
  rrule: z
    .string()
    .max(200)
    .refine((rule) => /^(RRULE:)?[A-Z]+=[A-Z0-9,+-]+(;[A-Z]+=[A-Z0-9,+-]+)*$/.test(rule), said("RRULE-delar som FREQ=MONTHLY;BYDAY=+1TU", "RRULE parts such as FREQ=MONTHLY;BYDAY=+1TU"))
    .refine(
      (rule) => !/DTSTART|TZID|UNTIL=\d{8}T/.test(rule),
      said("ingen DTSTART, TZID eller UNTIL med klockslag: första datum och tid är egna fält", "no DTSTART, TZID or UNTIL time: the first date and the time are separate fields"),
    )
    .refine((rule) => isValidRule(rule), said("ingen RRULE som går att läsa", "not an RRULE that can be read")),
  /** The first day the series may fall on, Stockholm date: "2026-01-06". */
  firstDate: z.string().refine((date) => /^\d{4}-\d{2}-\d{2}$/.test(date), said("ett datum som 2026-01-06", "a date such as 2026-01-06")),
  /** Stockholm wall time: "14:00". */
  time: z.string().refine((time) => /^([01]\d|2[0-3]):[0-5]\d$/.test(time), said("en tid som 14:00", "a time such as 14:00")),
});
export type Recurrence = z.infer<typeof recurrenceSchema>;

function isValidRule(rule: string): boolean {
  try {
    const options = RRule.parseString(rule.replace(/^RRULE:/, ""));
    return options.freq !== undefined;
  } catch {
    return false;
  }
}

const DAY = 86_400_000;

function ruleOf(recurrence: Recurrence) {
  const [y, m, d] = recurrence.firstDate.split("-").map(Number);
  const [hh, mm] = recurrence.time.split(":").map(Number);
  const options = RRule.parseString(recurrence.rrule.replace(/^RRULE:/, ""));
  return new RRule({ ...options, dtstart: new Date(Date.UTC(y!, m! - 1, d!, hh!, mm!)), tzid: null });
}

/** Instants of the occurrences that start in [fromMs, toMs), in order. */
export function occurrencesBetween(recurrence: Recurrence, fromMs: number, toMs: number): number[] {
  // Floating times are within a day of the instants they stand for: widen, then filter exactly.
  const floating = ruleOf(recurrence).between(new Date(fromMs - DAY), new Date(toMs + DAY), true);
  return floating
    .map((f) => stockholmInstant(f.toISOString().slice(0, 10), f.getUTCHours(), f.getUTCMinutes()))
    .filter((t) => t >= fromMs && t < toMs);
}

/** The first occurrence at or after `fromMs`, looking at most a year and a bit ahead. */
export function nextOccurrence(recurrence: Recurrence, fromMs: number): number | undefined {
  return occurrencesBetween(recurrence, fromMs, fromMs + 400 * DAY)[0];
}

/** Whether `startMs` is exactly an occurrence. */
export const isOccurrence = (recurrence: Recurrence, startMs: number): boolean => occurrencesBetween(recurrence, startMs, startMs + 1).length === 1;
