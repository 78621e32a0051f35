// When a recurring event happens: a fika rule ("FREQ=MONTHLY;BYDAY=+1TU", the first Tuesday of
// each month; see fikaRule.ts for what is accepted) from a first date, at a Stockholm wall time.
// The rule picks days (ruleDates.ts); each day's wall time becomes an instant with Stockholm's
// offset of that day, so "first Tuesday at 14:00" stays 14:00 in summer. Every expansion is
// bounded by its window and by a count, so no request or timer spends long on one series.
import * as z from "zod";
import { FIRST_YEAR, isCalendarDate, LAST_YEAR } from "./calendarDate.js";
import { parseFikaRule, type FikaRule } from "./fikaRule.js";
import { dayNumber, dateOfDay, ruleDays } from "./ruleDates.js";
import { stockholmInstant } from "./stockholmClock.js";

export interface Recurrence {
  /** RRULE parts only (no DTSTART, TZID or UNTIL with a time): "FREQ=MONTHLY;BYDAY=+1TU". */
  rrule: string;
  /** The first day the series may fall on, Stockholm date: "2026-01-06". */
  firstDate: string;
  /** Stockholm wall time: "14:00". */
  time: string;
}

/** The most occurrences one expansion returns: a year of a weekly fika on every weekday fits. */
export const MAX_OCCURRENCES = 400;
const DAY = 86_400_000;
/** Windows are cut to the years a date may have (a day either side for Stockholm's offset). */
const EARLIEST = Date.UTC(FIRST_YEAR - 1, 11, 31);
const LATEST = Date.UTC(LAST_YEAR + 1, 0, 2);
/** A rule must give a date within this many days of its first date, or it is not a plan. */
const FIRST_DATE_WITHIN_DAYS = 731;

// Each rule's message in both languages: the API answers in the caller's language from the
// issue's params, which zod keeps for refinements, hence refine and superRefine throughout.
const said = (sv: string, en: string) => ({ message: en, params: { sv, en } });

/** The rrule field of a series: a rule fikaRule.ts accepts. */
export const fikaRuleText = z.string().superRefine((text, ctx) => {
  const parsed = parseFikaRule(text);
  if (!parsed.ok) ctx.addIssue({ code: "custom", ...said(parsed.problem.sv, parsed.problem.en) });
});

/** The problem with a whole recurrence whose parts are each valid: a rule that gives no date. */
export function recurrenceProblem(recurrence: Recurrence): { sv: string; en: string } | undefined {
  const parsed = parseFikaRule(recurrence.rrule);
  if (!parsed.ok) return parsed.problem;
  const within = dateOfDay(dayNumber(recurrence.firstDate) + FIRST_DATE_WITHIN_DAYS);
  if (ruleDays(parsed.rule, recurrence.firstDate, recurrence.firstDate, within, 1).length === 0) {
    return { sv: "regeln ger inget datum inom två år från första datumet", en: "the rule gives no date within two years of the first date" };
  }
  return undefined;
}

function ruleOf(recurrence: Recurrence): FikaRule {
  const parsed = parseFikaRule(recurrence.rrule);
  if (!parsed.ok || !isCalendarDate(recurrence.firstDate) || !/^([01]\d|2[0-3]):[0-5]\d$/.test(recurrence.time)) {
    throw new Error(`Not a valid recurrence: ${JSON.stringify(recurrence)}`);
  }
  return parsed.rule;
}

/** Instants of the occurrences that start in [fromMs, toMs), in order, at most `limit`. */
export function occurrencesBetween(recurrence: Recurrence, fromMs: number, toMs: number, limit = MAX_OCCURRENCES): number[] {
  const rule = ruleOf(recurrence);
  fromMs = Math.max(fromMs, EARLIEST);
  toMs = Math.min(toMs, LATEST);
  if (!(toMs > fromMs)) return [];
  const [hour, minute] = recurrence.time.split(":").map(Number) as [number, number];
  // A Stockholm day starts within a day of the UTC one: widen by a day, then filter exactly.
  const fromDate = dateOfDay(Math.floor(fromMs / DAY) - 1);
  const toDate = dateOfDay(Math.floor(toMs / DAY) + 1);
  const starts: number[] = [];
  for (const date of ruleDays(rule, recurrence.firstDate, fromDate, toDate, limit + 2)) {
    const start = stockholmInstant(date, hour, minute);
    if (start >= fromMs && start < toMs) starts.push(start);
    if (starts.length >= limit) break;
  }
  return starts;
}

/** The first occurrence at or after `fromMs`, looking at most a year and a bit ahead. */
export function nextOccurrence(recurrence: Recurrence, fromMs: number): number | undefined {
  return occurrencesBetween(recurrence, fromMs, fromMs + 400 * DAY, 1)[0];
}

/** Whether `startMs` is exactly an occurrence. */
export const isOccurrence = (recurrence: Recurrence, startMs: number): boolean => occurrencesBetween(recurrence, startMs, startMs + 1, 1).length === 1;
