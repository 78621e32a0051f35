// The monthly digital fika as Stockholm sees it: the first Tuesday at 14:00, in winter and in
// summer time, and on the days the clocks change.
import { describe, expect, it } from "vitest";
import { fikaRuleText, isOccurrence, nextOccurrence, occurrencesBetween, recurrenceProblem } from "./fikaRecurrence.js";
import { toStockholmIso } from "./stockholmClock.js";

const firstTuesday = { rrule: "FREQ=MONTHLY;BYDAY=+1TU", firstDate: "2026-01-01", time: "14:00" };
const at = (iso: string) => Date.parse(iso);

describe("fika recurrence", () => {
  it("keeps 14:00 Stockholm time on both sides of the clock changes", () => {
    const starts = occurrencesBetween(firstTuesday, at("2026-01-01T00:00:00Z"), at("2026-12-31T00:00:00Z")).map(toStockholmIso);
    expect(starts).toHaveLength(12);
    expect(starts.slice(1, 5)).toEqual(["2026-02-03T14:00:00+01:00", "2026-03-03T14:00:00+01:00", "2026-04-07T14:00:00+02:00", "2026-05-05T14:00:00+02:00"]);
    expect(starts[9]).toBe("2026-10-06T14:00:00+02:00");
    expect(starts[10]).toBe("2026-11-03T14:00:00+01:00");
  });

  it("handles a series on the very Sunday of a change, at a time in the skipped hour", () => {
    const lastSundayOfMarch = { rrule: "FREQ=MONTHLY;BYMONTH=3;BYDAY=-1SU", firstDate: "2026-01-01", time: "02:30" };
    expect(occurrencesBetween(lastSundayOfMarch, at("2026-01-01T00:00:00Z"), at("2027-01-01T00:00:00Z")).map(toStockholmIso)).toEqual(["2026-03-29T03:30:00+02:00"]);
    const lastSundayOfOctober = { rrule: "FREQ=MONTHLY;BYMONTH=10;BYDAY=-1SU", firstDate: "2026-01-01", time: "14:00" };
    expect(occurrencesBetween(lastSundayOfOctober, at("2026-01-01T00:00:00Z"), at("2027-01-01T00:00:00Z")).map(toStockholmIso)).toEqual(["2026-10-25T14:00:00+01:00"]);
  });

  it("finds the next occurrence and recognises an exact start", () => {
    const next = nextOccurrence(firstTuesday, at("2026-03-03T13:00:01Z"));
    expect(toStockholmIso(next!)).toBe("2026-04-07T14:00:00+02:00");
    expect(isOccurrence(firstTuesday, at("2026-04-07T14:00:00+02:00"))).toBe(true);
    expect(isOccurrence(firstTuesday, at("2026-04-07T14:00:00+01:00"))).toBe(false);
  });

  it("refuses rules it cannot honour in Stockholm time, or that repeat faster than weekly", () => {
    const rule = (text: string) => fikaRuleText.safeParse(text).success;
    expect(rule(firstTuesday.rrule)).toBe(true);
    for (const refused of ["DTSTART;TZID=Europe/Stockholm:20260106T140000", "FREQ=SOMETIMES", "FREQ=MINUTELY", "FREQ=SECONDLY", "FREQ=DAILY", "FREQ=YEARLY;BYMONTH=3", "FREQ=MONTHLY;UNTIL=20261231T120000Z"]) {
      expect(rule(refused), refused).toBe(false);
    }
  });

  it("refuses a rule that gives no date, and stays quick on one", () => {
    const never = { rrule: "FREQ=MONTHLY;BYMONTH=2;BYMONTHDAY=30", firstDate: "2026-01-01", time: "14:00" };
    expect(recurrenceProblem(never)?.en).toMatch(/no date within two years/);
    expect(occurrencesBetween(never, at("2000-01-01T00:00:00Z"), at("2100-12-31T00:00:00Z"))).toEqual([]);
    expect(recurrenceProblem(firstTuesday)).toBeUndefined();
  });

  it("says what is wrong in Swedish and in English", () => {
    const result = fikaRuleText.safeParse("FREQ=MONTHLY;UNTIL=20261231T120000Z");
    const said = (result.error!.issues[0] as { params?: { sv: string; en: string } }).params;
    expect(said?.sv).toMatch(/första datum och tid är egna fält/);
    expect(said?.en).toMatch(/the first date and the time are separate fields/);
  });

  it("returns at most the count asked for, however wide the window", () => {
    const everyDay = { rrule: "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU", firstDate: "2000-01-01", time: "09:00" };
    expect(occurrencesBetween(everyDay, 0, Number.MAX_SAFE_INTEGER)).toHaveLength(400);
    expect(occurrencesBetween(everyDay, at("2026-01-01T00:00:00Z"), at("2027-01-01T00:00:00Z"), 3).map(toStockholmIso)).toEqual([
      "2026-01-01T09:00:00+01:00", "2026-01-02T09:00:00+01:00", "2026-01-03T09:00:00+01:00",
    ]);
  });
});
