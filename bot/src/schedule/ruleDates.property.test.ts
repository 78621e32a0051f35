// The fika's own rule arithmetic agrees with rrule (an RFC 5545 implementation) on every rule the
// API accepts: same days, in order, for generated rules, first dates and windows. rrule is only
// the oracle here; it is safe to run because only rules that give a date are compared (a rule
// that gives none would make rrule search until the year 9999), and where rrule gives a day twice
// (then its COUNT counts that day twice) the case is skipped.
import fc from "fast-check";
import rruleModule from "rrule";
import { describe, expect, it } from "vitest";
import { recurrenceProblem } from "./fikaRecurrence.js";
import { parseFikaRule } from "./fikaRule.js";
import { dateOfDay, dayNumber, ruleDays } from "./ruleDates.js";

const { RRule } = rruleModule as unknown as typeof import("rrule");

const weekday = fc.constantFrom("MO", "TU", "WE", "TH", "FR", "SA", "SU");
const list = <T>(item: fc.Arbitrary<T>, max: number) => fc.uniqueArray(item, { minLength: 1, maxLength: max }).map((items) => items.join(","));
const signed = (max: number) => fc.integer({ min: 1, max }).chain((n) => fc.constantFrom(n, -n));

const rule = fc
  .record({
    freq: fc.constantFrom("WEEKLY", "MONTHLY"),
    interval: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
    plainDays: fc.option(list(weekday, 3), { nil: undefined }),
    ordinalDays: fc.option(list(fc.tuple(fc.constantFrom("", "+1", "+2", "-1", "+4", "-2", "+5"), weekday).map(([o, d]) => o + d), 3), { nil: undefined }),
    byMonthDay: fc.option(list(signed(31), 3), { nil: undefined }),
    bySetPos: fc.option(list(signed(4), 2), { nil: undefined }),
    byMonth: fc.option(list(fc.integer({ min: 1, max: 12 }), 4), { nil: undefined }),
    end: fc.option(fc.oneof(fc.integer({ min: 1, max: 40 }).map((n) => `COUNT=${n}`), fc.integer({ min: 0, max: 900 }).map((d) => `UNTIL=${dateOfDay(dayNumber("2026-01-01") + d).replace(/-/g, "")}`)), { nil: undefined }),
  })
  .map(({ freq, interval, plainDays, ordinalDays, byMonthDay, bySetPos, byMonth, end }) => {
    // BYSETPOS only on sets of four days or more: rrule.js picks a day for a position past the
    // set's end (dateutil and RFC 5545 pick none), so smaller sets would test rrule, not us.
    const setPos = freq === "MONTHLY" && plainDays && bySetPos;
    const days = freq === "WEEKLY" || setPos ? plainDays : ordinalDays;
    const parts = [`FREQ=${freq}`, interval && `INTERVAL=${interval}`, days && `BYDAY=${days}`, freq === "MONTHLY" && !setPos && byMonthDay && `BYMONTHDAY=${byMonthDay}`, setPos && `BYSETPOS=${bySetPos}`, byMonth && `BYMONTH=${byMonth}`, end];
    return parts.filter(Boolean).join(";");
  });

const firstDate = fc.integer({ min: 0, max: 1500 }).map((d) => dateOfDay(dayNumber("2025-06-01") + d));

/** rrule's days in [from, to]; undefined when it gives a day twice (MO,+5MO or BYSETPOS=-1,2 on the same day), as RFC 5545's sets never do. */
function oracle(text: string, first: string, from: string, to: string): string[] | undefined {
  const options = RRule.parseString(text);
  const days = new RRule({ ...options, dtstart: new Date(`${first}T00:00:00Z`), tzid: null })
    .between(new Date(`${first}T00:00:00Z`), new Date(`${to}T00:00:00Z`), true)
    .map((d) => d.toISOString().slice(0, 10));
  if (new Set(days).size !== days.length) return undefined;
  return days.filter((day) => day >= from);
}

describe("fika rule days", () => {
  it("are the days rrule gives, for every accepted rule that gives a date", () => {
    fc.assert(
      fc.property(rule, firstDate, fc.integer({ min: -400, max: 1200 }), fc.integer({ min: 0, max: 800 }), (text, first, offset, span) => {
        const parsed = parseFikaRule(text);
        fc.pre(parsed.ok && recurrenceProblem({ rrule: text, firstDate: first, time: "12:00" }) === undefined);
        if (!parsed.ok) return;
        const from = dateOfDay(dayNumber(first) + offset);
        const to = dateOfDay(dayNumber(from) + span);
        const expected = oracle(text, first, from, to);
        fc.pre(expected !== undefined);
        expect(ruleDays(parsed.rule, first, from, to, 10_000)).toEqual(expected);
      }),
      { numRuns: 400 },
    );
  });
});
