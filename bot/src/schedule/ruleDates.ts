// The days a fika rule falls on, computed period by period (a week or a month at a time) in
// whole-day arithmetic. Bounded by construction: the loop jumps straight to the first period of
// the asked range (unless COUNT needs the periods before it), never runs past LAST_YEAR, and stops
// at `limit` days. rrule's iterator is not used for this: a rule that matches nothing (BYMONTH=2
// with BYMONTHDAY=30) makes it search every period until the year 9999.
import { daysInMonth, LAST_YEAR } from "./calendarDate.js";
import type { FikaRule } from "./fikaRule.js";

const DAY_MS = 86_400_000;
/** Days since 1970-01-01 of a "2026-03-03" date. */
export const dayNumber = (date: string): number => Date.parse(`${date}T00:00:00Z`) / DAY_MS;
export const dateOfDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
/** 1 Monday ... 7 Sunday; 1970-01-01 was a Thursday. */
const isoWeekday = (day: number) => ((((day + 3) % 7) + 7) % 7) + 1;
const LAST_DAY = dayNumber(`${LAST_YEAR}-12-31`);

/** The days in [fromDate, toDate] (both "YYYY-MM-DD", inclusive) on which a series falls, at most `limit`, in order. */
export function ruleDays(rule: FikaRule, firstDate: string, fromDate: string, toDate: string, limit: number): string[] {
  const first = dayNumber(firstDate);
  const from = Math.max(first, dayNumber(fromDate));
  const to = Math.min(dayNumber(toDate), rule.until ? dayNumber(rule.until) : LAST_DAY, LAST_DAY);
  const periods = periodsOf(rule, first);
  const found: string[] = [];
  let remaining = rule.count ?? Infinity;
  // COUNT counts from the first date, so its periods are walked from there (at most to LAST_YEAR); else from `from`.
  for (let k = rule.count ? 0 : periods.indexAt(from); ; k++) {
    const { start, days } = periods.at(k);
    if (start > to || found.length >= limit || remaining <= 0) return found;
    for (const day of days) {
      if (day < first) continue;
      if (day > to || remaining-- <= 0) return found;
      if (day >= from) found.push(dateOfDay(day));
      if (found.length >= limit) return found;
    }
  }
}

const periodsOf = (rule: FikaRule, first: number): Periods => (rule.freq === "WEEKLY" ? weeks(rule, first) : months(rule, first));

interface Periods {
  /** The index of the period that holds a day (0 for days before the first). */
  indexAt(day: number): number;
  /** Period k's first day and the days of the rule in it, in order. */
  at(k: number): { start: number; days: number[] };
}

/** Weeks from Monday (RFC 5545's default WKST), every INTERVAL weeks from the first date's week. */
function weeks(rule: FikaRule, first: number): Periods {
  const monday = first - (isoWeekday(first) - 1);
  const step = 7 * rule.interval;
  const weekdays = rule.byDay.length > 0 ? rule.byDay.map((d) => d.weekday).sort((a, b) => a - b) : [isoWeekday(first)];
  return {
    indexAt: (day) => Math.max(0, Math.floor((day - monday) / step)),
    at(k) {
      const start = monday + k * step;
      const days = weekdays.map((weekday) => start + weekday - 1);
      return { start, days: rule.byMonth.length > 0 ? days.filter((day) => rule.byMonth.includes(monthOf(day))) : days };
    },
  };
}

/** Months, every INTERVAL months from the first date's month. */
function months(rule: FikaRule, first: number): Periods {
  const [y, m, d] = dateOfDay(first).split("-").map(Number) as [number, number, number];
  const firstMonth = y * 12 + (m - 1);
  return {
    indexAt: (day) => {
      const [dy, dm] = dateOfDay(day).split("-").map(Number) as [number, number];
      return Math.max(0, Math.floor((dy * 12 + (dm - 1) - firstMonth) / rule.interval));
    },
    at(k) {
      const index = firstMonth + k * rule.interval;
      const [year, month] = [Math.floor(index / 12), (index % 12) + 1];
      const start = Date.UTC(year, month - 1, 1) / DAY_MS;
      if (rule.byMonth.length > 0 && !rule.byMonth.includes(month)) return { start, days: [] };
      return { start, days: daysInMonthOf(rule, start, daysInMonth(year, month), d).map((dayOfMonth) => start + dayOfMonth - 1) };
    },
  };
}

/** The days of one month (1..31) a monthly rule picks: BYMONTHDAY and BYDAY, then BYSETPOS. */
function daysInMonthOf(rule: FikaRule, monthStart: number, length: number, firstDayOfMonth: number): number[] {
  const all = Array.from({ length }, (_, i) => i + 1);
  let days: number[];
  if (rule.byMonthDay.length > 0) days = all.filter((day) => rule.byMonthDay.some((n) => (n > 0 ? n : length + 1 + n) === day));
  else if (rule.byDay.length > 0) days = all;
  // Neither: the first date's day of the month, in the months that have it (RFC 5545 skips the others).
  else days = firstDayOfMonth <= length ? [firstDayOfMonth] : [];
  if (rule.byDay.length > 0) {
    days = days.filter((day) =>
      rule.byDay.some(({ weekday, ordinal }) => {
        if (isoWeekday(monthStart + day - 1) !== weekday) return false;
        if (ordinal > 0) return Math.ceil(day / 7) === ordinal;
        if (ordinal < 0) return Math.ceil((length - day + 1) / 7) === -ordinal;
        return true;
      }),
    );
  }
  if (rule.bySetPos.length === 0) return days;
  const picked = rule.bySetPos.map((pos) => days[pos > 0 ? pos - 1 : days.length + pos]).filter((day) => day !== undefined);
  return [...new Set(picked)].sort((a, b) => a - b);
}

/** The month (1-12) of a day number, in integer arithmetic (a Date per day would be most of a weekly walk's cost). */
function monthOf(day: number): number {
  // Howard Hinnant's civil_from_days, months counted from March.
  const z = day + 719_468;
  const dayOfEra = z - Math.floor(z / 146_097) * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  return monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
}
