// The monthly digital fika as Stockholm sees it: the first Tuesday at 14:00, in winter and in
// summer time, and on the days the clocks change.
import { describe, expect, it } from "vitest";
import { isOccurrence, nextOccurrence, occurrencesBetween, recurrenceSchema } from "./fikaRecurrence.js";
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
    const lastSundayOfMarch = { rrule: "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", firstDate: "2026-01-01", time: "02:30" };
    expect(occurrencesBetween(lastSundayOfMarch, at("2026-01-01T00:00:00Z"), at("2027-01-01T00:00:00Z")).map(toStockholmIso)).toEqual(["2026-03-29T03:30:00+02:00"]);
    const lastSundayOfOctober = { rrule: "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", firstDate: "2026-01-01", time: "14:00" };
    expect(occurrencesBetween(lastSundayOfOctober, at("2026-01-01T00:00:00Z"), at("2027-01-01T00:00:00Z")).map(toStockholmIso)).toEqual(["2026-10-25T14:00:00+01:00"]);
  });

  it("finds the next occurrence and recognises an exact start", () => {
    const next = nextOccurrence(firstTuesday, at("2026-03-03T13:00:01Z"));
    expect(toStockholmIso(next!)).toBe("2026-04-07T14:00:00+02:00");
    expect(isOccurrence(firstTuesday, at("2026-04-07T14:00:00+02:00"))).toBe(true);
    expect(isOccurrence(firstTuesday, at("2026-04-07T14:00:00+01:00"))).toBe(false);
  });

  it("refuses rules it cannot honour in Stockholm time", () => {
    expect(recurrenceSchema.safeParse(firstTuesday).success).toBe(true);
    expect(recurrenceSchema.safeParse({ ...firstTuesday, rrule: "DTSTART;TZID=Europe/Stockholm:20260106T140000" }).success).toBe(false);
    expect(recurrenceSchema.safeParse({ ...firstTuesday, rrule: "FREQ=SOMETIMES" }).success).toBe(false);
    expect(recurrenceSchema.safeParse({ ...firstTuesday, time: "24:00" }).success).toBe(false);
  });

  it("says what is wrong in Swedish and in English", () => {
    const result = recurrenceSchema.safeParse({ rrule: "FREQ=MONTHLY;UNTIL=20261231T120000Z", firstDate: "6/1 2026", time: "2 pm" });
    const said = Object.fromEntries(result.error!.issues.map((issue) => [issue.path.join("."), (issue as { params?: { sv: string; en: string } }).params]));
    expect(said.rrule?.sv).toMatch(/första datum och tid är egna fält/);
    expect(said.firstDate).toEqual({ sv: "ett datum som 2026-01-06", en: "a date such as 2026-01-06" });
    expect(said.time?.sv).toBe("en tid som 14:00");
  });
});
