// The recurrence rules a fika series may have: the part of RFC 5545's RRULE that coordinators use
// (the tab's picker writes "FREQ=MONTHLY;BYDAY=+1TU", "FREQ=WEEKLY;BYDAY=WE" and
// "FREQ=WEEKLY;INTERVAL=2;BYDAY=TH"), plus what a coordinator may add by hand: a pause over the
// summer (BYMONTH), a day of the month (BYMONTHDAY), "the first of these" (BYSETPOS) and an end
// (COUNT or a date UNTIL). Only weeks and months: a rule that repeats every day, hour, minute or
// second is refused, so no rule can make thousands of dates a year (docs/decisions/0014).
import { FIRST_YEAR, isCalendarDate, LAST_YEAR } from "./calendarDate.js";

type Bilingual = { sv: string; en: string };

export interface DayOfRule {
  /** 1 Monday ... 7 Sunday (ISO). */
  weekday: number;
  /** 0: every such weekday of the month (or week); 1..5 the first..fifth; -1..-5 the last..fifth last. */
  ordinal: number;
}

export interface FikaRule {
  freq: "WEEKLY" | "MONTHLY";
  interval: number;
  byDay: DayOfRule[];
  byMonthDay: number[];
  bySetPos: number[];
  byMonth: number[];
  count?: number;
  /** The last day the series may fall on: "2026-12-31". */
  until?: string;
}

export type ParsedRule = { ok: true; rule: FikaRule } | { ok: false; problem: Bilingual };

export const MAX_COUNT = 500;
export const MAX_INTERVAL = 12;

const WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];
const PARTS = ["FREQ", "INTERVAL", "BYDAY", "BYMONTHDAY", "BYSETPOS", "BYMONTH", "COUNT", "UNTIL"];
/** Lists are short: seven weekdays, twelve months. */
const MAX_LIST = 12;

const refuse = (sv: string, en: string): ParsedRule => ({ ok: false, problem: { sv, en } });

/** Reads a rule of parts only ("FREQ=MONTHLY;BYDAY=+1TU", an "RRULE:" prefix allowed). */
export function parseFikaRule(text: string): ParsedRule {
  if (text.length > 200) return refuse("högst 200 tecken", "at most 200 characters");
  if (/DTSTART|TZID|UNTIL=\d{8}T/.test(text)) {
    return refuse(
      "ingen DTSTART, TZID eller UNTIL med klockslag: första datum och tid är egna fält",
      "no DTSTART, TZID or UNTIL time: the first date and the time are separate fields",
    );
  }
  const parts = new Map<string, string>();
  for (const part of text.replace(/^RRULE:/, "").split(";")) {
    const match = /^([A-Z]+)=([A-Z0-9,+-]+)$/.exec(part);
    if (!match) return refuse("RRULE-delar som FREQ=MONTHLY;BYDAY=+1TU", "RRULE parts such as FREQ=MONTHLY;BYDAY=+1TU");
    const [, name, value] = match as unknown as [string, string, string];
    if (!PARTS.includes(name)) {
      return refuse(`${name} används inte för fika; tillåtna delar: ${PARTS.join(", ")}`, `${name} is not used for fika; allowed parts: ${PARTS.join(", ")}`);
    }
    if (parts.has(name)) return refuse(`${name} står två gånger`, `${name} appears twice`);
    parts.set(name, value);
  }
  return ruleOf(parts);
}

function ruleOf(parts: Map<string, string>): ParsedRule {
  const freq = parts.get("FREQ");
  if (freq !== "WEEKLY" && freq !== "MONTHLY") {
    return refuse("FREQ=WEEKLY eller FREQ=MONTHLY: fikan återkommer varje vecka eller månad", "FREQ=WEEKLY or FREQ=MONTHLY: a fika repeats by week or by month");
  }
  const interval = integers(parts.get("INTERVAL") ?? "1", 1, MAX_INTERVAL, false);
  if (!interval || interval.length !== 1) return refuse(`INTERVAL från 1 till ${MAX_INTERVAL}`, `INTERVAL from 1 to ${MAX_INTERVAL}`);
  const byDay = daysOf(parts.get("BYDAY"), freq);
  if (!byDay) {
    return freq === "WEEKLY"
      ? refuse("BYDAY med veckodagar som MO,WE", "BYDAY with weekdays such as MO,WE")
      : refuse("BYDAY med veckodagar som +1TU (första tisdagen) eller -1FR (sista fredagen)", "BYDAY with weekdays such as +1TU (the first Tuesday) or -1FR (the last Friday)");
  }
  const byMonth = integers(parts.get("BYMONTH"), 1, 12, false);
  if (!byMonth) return refuse("BYMONTH med månader från 1 till 12", "BYMONTH with months from 1 to 12");
  const byMonthDay = integers(parts.get("BYMONTHDAY"), 1, 31, true);
  if (!byMonthDay || (byMonthDay.length > 0 && freq === "WEEKLY")) {
    return refuse("BYMONTHDAY med dagar från 1 till 31 (eller -1 för sista), bara med FREQ=MONTHLY", "BYMONTHDAY with days from 1 to 31 (or -1 for the last), only with FREQ=MONTHLY");
  }
  const bySetPos = integers(parts.get("BYSETPOS"), 1, 31, true);
  if (!bySetPos || (bySetPos.length > 0 && (freq === "WEEKLY" || (byDay.length === 0 && byMonthDay.length === 0)))) {
    return refuse("BYSETPOS bara med FREQ=MONTHLY och BYDAY eller BYMONTHDAY", "BYSETPOS only with FREQ=MONTHLY and BYDAY or BYMONTHDAY");
  }
  const count = parts.has("COUNT") ? integers(parts.get("COUNT"), 1, MAX_COUNT, false) : [];
  if (!count || count.length > 1) return refuse(`COUNT från 1 till ${MAX_COUNT}`, `COUNT from 1 to ${MAX_COUNT}`);
  const until = parts.has("UNTIL") ? untilOf(parts.get("UNTIL")!) : undefined;
  if (until === null) return refuse(`UNTIL som ett datum, t.ex. 20261231, år ${FIRST_YEAR}–${LAST_YEAR}`, `UNTIL as a date such as 20261231, years ${FIRST_YEAR}–${LAST_YEAR}`);
  if (count.length > 0 && until) return refuse("COUNT eller UNTIL, inte båda", "COUNT or UNTIL, not both");
  return { ok: true, rule: { freq, interval: interval[0]!, byDay, byMonthDay, bySetPos, byMonth, ...(count[0] ? { count: count[0] } : {}), ...(until ? { until } : {}) } };
}

/** A list of distinct whole numbers within ±max (zero never; negative ones only if allowed); null when any is not. */
function integers(value: string | undefined, min: number, max: number, negative: boolean): number[] | null {
  if (value === undefined) return [];
  const items = value.split(",");
  if (items.length > MAX_LIST) return null;
  const numbers = items.map((item) => (/^[+-]?\d{1,3}$/.test(item) ? Number(item) : NaN));
  const fits = (n: number) => (n >= min && n <= max) || (negative && n <= -min && n >= -max);
  return numbers.every(fits) && new Set(numbers).size === numbers.length ? numbers : null;
}

/** BYDAY: plain weekdays for a weekly rule; for a monthly one each may carry an ordinal (+1TU, -1FR). */
function daysOf(value: string | undefined, freq: FikaRule["freq"]): DayOfRule[] | null {
  if (value === undefined) return [];
  const items = value.split(",");
  if (items.length > 7 || new Set(items).size !== items.length) return null;
  const days = items.map((item) => {
    const match = /^([+-]?[1-5])?(MO|TU|WE|TH|FR|SA|SU)$/.exec(item);
    if (!match || (match[1] && freq === "WEEKLY")) return null;
    return { weekday: WEEKDAYS.indexOf(match[2]!) + 1, ordinal: Number(match[1] ?? 0) };
  });
  if (days.some((d) => d === null)) return null;
  // "MO,+2MO": RFC 5545 reads a union, rrule and dateutil an intersection; neither is a plan.
  if (new Set(days.map((d) => d!.ordinal === 0)).size > 1) return null;
  return days as DayOfRule[];
}

/** UNTIL=20261231 as "2026-12-31", if it is a real day within the years; null when not. */
function untilOf(value: string): string | null {
  const match = /^(\d{4})(\d{2})(\d{2})$/.exec(value);
  if (!match) return null;
  const date = `${match[1]}-${match[2]}-${match[3]}`;
  return isCalendarDate(date) ? date : null;
}
