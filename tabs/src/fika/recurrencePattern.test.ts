import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  patternOfRule, ruleOfPattern, ruleToSave, WEEKDAYS, WEEKS_OF_MONTH, withFrequency, type RecurrencePattern,
} from "./recurrencePattern";

/** Every choice the picker can make. */
const PICKABLE: RecurrencePattern[] = WEEKDAYS.flatMap((weekday) => [
  ...WEEKS_OF_MONTH.map((week): RecurrencePattern => ({ kind: "monthly", week, weekday })),
  { kind: "weekly", weekday },
  { kind: "everyOtherWeek", weekday },
]);

describe("the recurrence picker and RRULEs", () => {
  it("writes the rules coordinators know", () => {
    expect(ruleOfPattern({ kind: "monthly", week: "first", weekday: "TU" })).toBe("FREQ=MONTHLY;BYDAY=+1TU");
    expect(ruleOfPattern({ kind: "monthly", week: "last", weekday: "FR" })).toBe("FREQ=MONTHLY;BYDAY=-1FR");
    expect(ruleOfPattern({ kind: "weekly", weekday: "WE" })).toBe("FREQ=WEEKLY;BYDAY=WE");
    expect(ruleOfPattern({ kind: "everyOtherWeek", weekday: "TH" })).toBe("FREQ=WEEKLY;INTERVAL=2;BYDAY=TH");
  });

  it("reads back every choice it writes (round trip)", () => {
    for (const pattern of PICKABLE) expect(patternOfRule(ruleOfPattern(pattern))).toEqual(pattern);
    expect(new Set(PICKABLE.map(ruleOfPattern)).size).toBe(PICKABLE.length);
  });

  it("reads other spellings of the same rules", () => {
    expect(patternOfRule("RRULE:BYDAY=1TU;FREQ=MONTHLY")).toEqual({ kind: "monthly", week: "first", weekday: "TU" });
    expect(patternOfRule("FREQ=MONTHLY;INTERVAL=1;BYDAY=+3MO")).toEqual({ kind: "monthly", week: "third", weekday: "MO" });
    expect(patternOfRule("freq=weekly;byday=fr")).toEqual({ kind: "weekly", weekday: "FR" });
  });

  it("keeps a rule it cannot express as its text", () => {
    const rules = [
      "FREQ=DAILY",
      "FREQ=MONTHLY;BYDAY=+1TU;COUNT=6",
      "FREQ=MONTHLY;BYDAY=TU;BYSETPOS=1",
      "FREQ=MONTHLY;BYMONTHDAY=15",
      "FREQ=MONTHLY;INTERVAL=2;BYDAY=+1TU",
      "FREQ=MONTHLY;BYDAY=+5TU",
      "FREQ=MONTHLY;BYDAY=TU",
      "FREQ=WEEKLY;BYDAY=TU,TH",
      "FREQ=WEEKLY;INTERVAL=3;BYDAY=MO",
      "FREQ=WEEKLY;BYDAY=TU;UNTIL=20261231",
      "FREQ=MONTHLY;BYDAY=+1TU;BYDAY=+3TU",
    ];
    for (const rule of rules) {
      expect(patternOfRule(rule), rule).toEqual({ kind: "custom", rrule: rule });
      expect(ruleOfPattern(patternOfRule(rule))).toBe(rule);
    }
  });

  it("saves any rule unchanged when the picker was left as it was", () => {
    const part = fc.constantFrom("FREQ=MONTHLY", "FREQ=WEEKLY", "FREQ=DAILY", "INTERVAL=1", "INTERVAL=2", "BYDAY=+1TU", "BYDAY=-1FR", "BYDAY=WE", "BYDAY=MO,TH", "COUNT=4", "BYSETPOS=2");
    const rule = fc.tuple(fc.boolean(), fc.array(part, { minLength: 1, maxLength: 4 })).map(([prefix, parts]) => `${prefix ? "RRULE:" : ""}${parts.join(";")}`);
    fc.assert(fc.property(rule, (text) => ruleToSave(text, patternOfRule(text)) === text));
  });

  it("writes the picker's rule once the coordinator changes it", () => {
    const original = "RRULE:BYDAY=1TU;FREQ=MONTHLY";
    expect(ruleToSave(original, { kind: "monthly", week: "first", weekday: "WE" })).toBe("FREQ=MONTHLY;BYDAY=+1WE");
    expect(ruleToSave(null, { kind: "monthly", week: "first", weekday: "TU" })).toBe("FREQ=MONTHLY;BYDAY=+1TU");
  });

  it("keeps the weekday when the frequency changes, and can go back to the series' own rule", () => {
    const custom = "FREQ=MONTHLY;BYMONTHDAY=15";
    const monthly = withFrequency(patternOfRule(custom), "monthly", custom);
    expect(monthly).toEqual({ kind: "monthly", week: "first", weekday: "TU" });
    expect(withFrequency({ kind: "monthly", week: "last", weekday: "TH" }, "everyOtherWeek", null)).toEqual({ kind: "everyOtherWeek", weekday: "TH" });
    expect(withFrequency(monthly, "custom", custom)).toEqual({ kind: "custom", rrule: custom });
  });
});
