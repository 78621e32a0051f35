// Dates and times as every schema of the API reads them: courses, sessions, fika series, reports
// and search queries. One definition, strict everywhere: a real calendar day ("2026-02-30" is
// refused) in the years 2000-2100, an offset within ±14:00 (the widest in use, Kiribati's +14:00;
// "+25:00" is refused, not shifted), and a time without an offset is Stockholm's wall time, which
// must exist and be unambiguous on that day (stockholmClock.ts).
import { FIRST_YEAR, isRealDay, LAST_YEAR } from "@campus-westum/bot/calendarDate";
import { parseStockholmTime } from "@campus-westum/bot/stockholmClock";
import * as z from "zod";
import { addBilingualIssue, timeMessages, type Bilingual } from "./catalogue/messages.js";

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(?:Z|[+-](\d{2}):(\d{2}))?)?$/;
const MAX_OFFSET_MINUTES = 14 * 60;
const DAY_MS = 86_400_000;

const dateMessage: Bilingual = {
  sv: `ett datum som 2026-01-06, år ${FIRST_YEAR}–${LAST_YEAR}`,
  en: `a date such as 2026-01-06, years ${FIRST_YEAR}–${LAST_YEAR}`,
};
const yearMessage: Bilingual = { sv: `ett år från ${FIRST_YEAR} till ${LAST_YEAR}`, en: `a year from ${FIRST_YEAR} to ${LAST_YEAR}` };
const offsetMessage: Bilingual = {
  sv: "en tidszon mellan -14:00 och +14:00, t.ex. +01:00, eller ingen (svensk tid)",
  en: "an offset between -14:00 and +14:00, such as +01:00, or none (Swedish time)",
};

/** Why ISO date-time text is refused, or undefined when it is a real instant. */
export function dateTimeProblem(text: string): Bilingual | undefined {
  const match = DATE_TIME.exec(text);
  if (!match) return timeMessages.invalid;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < FIRST_YEAR || year > LAST_YEAR) return yearMessage;
  if (!isRealDay(year, month, day)) return timeMessages.invalid;
  if (match[7] !== undefined && (Number(match[8]) > 59 || Number(match[7]) * 60 + Number(match[8]) > MAX_OFFSET_MINUTES)) return offsetMessage;
  const parsed = parseStockholmTime(text);
  return parsed.ok ? undefined : timeMessages[parsed.reason];
}

/** A date and time: "2026-11-30T09:00" (Stockholm time) or with an offset, "2026-11-30T09:00+01:00". */
export const dateTime = z
  .string()
  .max(40)
  .superRefine((text, ctx) => {
    const problem = dateTimeProblem(text);
    if (problem) addBilingualIssue(ctx, [], problem);
  });

/** A calendar day: "2026-01-06". */
export const calendarDate = z
  .string()
  .max(10)
  .superRefine((text, ctx) => {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    if (!match || !isRealDay(Number(match[1]), Number(match[2]), Number(match[3]))) addBilingualIssue(ctx, [], dateMessage);
  });

/** A Stockholm wall-clock time of day: "14:00". */
export const clockTime = z
  .string()
  .max(5)
  .superRefine((text, ctx) => {
    if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(text)) addBilingualIssue(ctx, [], { sv: "en tid som 14:00", en: "a time such as 14:00" });
  });

/**
 * A period of days from `from` to `to` (both included): `to` not before `from`, and at most
 * `maxDays` long, because what is computed for a period grows with it.
 */
export function checkPeriod(ctx: z.RefinementCtx, period: { from?: string; to?: string }, maxDays: number): void {
  if (!period.from || !period.to) return;
  const days = (Date.parse(period.to) - Date.parse(period.from)) / DAY_MS + 1;
  if (days < 1) addBilingualIssue(ctx, ["to"], { sv: "till får inte vara före från", en: "to must not be before from" });
  else if (days > maxDays) addBilingualIssue(ctx, ["to"], { sv: `högst ${maxDays} dagar från från`, en: `at most ${maxDays} days from from` });
}
