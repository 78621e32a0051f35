// Which recurrence rules a fika series may have: those the tab's picker writes and the few parts a
// coordinator adds by hand; nothing that repeats faster than weekly, nothing unbounded.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseFikaRule } from "./fikaRule.js";

const accepted = (text: string) => parseFikaRule(text).ok;

describe("fika rules", () => {
  it("accepts what the picker writes and what coordinators add", () => {
    for (const text of [
      "FREQ=MONTHLY;BYDAY=+1TU", "FREQ=MONTHLY;BYDAY=-1FR", "FREQ=WEEKLY;BYDAY=WE", "FREQ=WEEKLY;INTERVAL=2;BYDAY=TH",
      "RRULE:BYDAY=1TU;FREQ=MONTHLY", "FREQ=MONTHLY;BYDAY=TU;BYSETPOS=1", "FREQ=MONTHLY;BYDAY=+1TU;BYMONTH=1,2,3,4,5,6,8,9,10,11,12",
      "FREQ=MONTHLY;BYMONTHDAY=15", "FREQ=MONTHLY;BYMONTHDAY=-1", "FREQ=WEEKLY;BYDAY=TU;UNTIL=20261231", "FREQ=MONTHLY;BYDAY=+2WE,+4WE;COUNT=10",
    ]) {
      expect(parseFikaRule(text), text).toMatchObject({ ok: true });
    }
  });

  it("reads the parts into a rule", () => {
    expect(parseFikaRule("FREQ=MONTHLY;INTERVAL=2;BYDAY=-1FR;BYMONTH=3,9;UNTIL=20271231")).toEqual({
      ok: true,
      rule: { freq: "MONTHLY", interval: 2, byDay: [{ weekday: 5, ordinal: -1 }], byMonthDay: [], bySetPos: [], byMonth: [3, 9], until: "2027-12-31" },
    });
  });

  it("refuses every frequency but weeks and months, and parts that make a rule unbounded or ambiguous", () => {
    for (const text of [
      "FREQ=SECONDLY", "FREQ=MINUTELY", "FREQ=HOURLY", "FREQ=DAILY", "FREQ=YEARLY", "BYDAY=TU", "FREQ=WEEKLY;BYHOUR=1,2,3", "FREQ=WEEKLY;BYMINUTE=5",
      "FREQ=WEEKLY;BYSECOND=1", "FREQ=MONTHLY;BYYEARDAY=1", "FREQ=MONTHLY;BYWEEKNO=1", "FREQ=WEEKLY;WKST=SU", "FREQ=WEEKLY;INTERVAL=0", "FREQ=WEEKLY;INTERVAL=13",
      "FREQ=WEEKLY;COUNT=0", "FREQ=WEEKLY;COUNT=501", "FREQ=WEEKLY;COUNT=5;UNTIL=20261231", "FREQ=WEEKLY;UNTIL=20260230", "FREQ=WEEKLY;UNTIL=99991231",
      "FREQ=WEEKLY;BYDAY=+1TU", "FREQ=WEEKLY;BYMONTHDAY=1", "FREQ=WEEKLY;BYDAY=TU;BYSETPOS=1", "FREQ=MONTHLY;BYSETPOS=1", "FREQ=MONTHLY;BYDAY=+6TU",
      "FREQ=MONTHLY;BYMONTHDAY=32", "FREQ=MONTHLY;BYMONTHDAY=0", "FREQ=MONTHLY;BYMONTH=13", "FREQ=MONTHLY;BYDAY=TU,TU", "FREQ=MONTHLY;BYDAY=MO,+2MO", "FREQ=MONTHLY;FREQ=WEEKLY",
      "FREQ=MONTHLY;BYMONTHDAY=1,2,3,4,5,6,7,8,9,10,11,12,13", "freq=monthly", "FREQ=MONTHLY;", "", "FREQ=MONTHLY;UNTIL=20261231T120000Z",
    ]) {
      expect(accepted(text), text).toBe(false);
    }
  });

  it("answers any text with a rule or a problem in both languages, never an exception", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary", maxLength: 300 }), fc.stringMatching(/^(RRULE:)?([A-Z]{2,10}=[A-Z0-9,+-]{1,12};?){1,6}$/)), (text) => {
        const parsed = parseFikaRule(text);
        if (!parsed.ok) expect(parsed.problem.sv.length * parsed.problem.en.length).toBeGreaterThan(0);
      }),
    );
  });
});
