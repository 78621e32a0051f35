// Quiet hours and reminder times, with the clock changes: Sweden goes to summer time on
// 2026-03-29 (02:00 -> 03:00) and back on 2026-10-25 (03:00 -> 02:00).
import { describe, expect, it } from "vitest";
import { isQuiet, nextAllowed, planReminders } from "./quietHours.js";
import { toStockholmIso } from "./stockholmClock.js";

const at = (iso: string) => Date.parse(iso);
const iso = (ms: number | undefined) => (ms === undefined ? undefined : toStockholmIso(ms));

describe("quiet hours", () => {
  it("are the night from 20:00 to 07:00 and the weekend", () => {
    expect(isQuiet(at("2026-03-03T18:59:00Z"))).toBe(false); // Tuesday 19:59
    expect(isQuiet(at("2026-03-03T19:00:00Z"))).toBe(true); // Tuesday 20:00
    expect(isQuiet(at("2026-03-04T05:59:00Z"))).toBe(true); // Wednesday 06:59
    expect(isQuiet(at("2026-03-04T06:00:00Z"))).toBe(false); // Wednesday 07:00
    expect(isQuiet(at("2026-03-07T10:00:00Z"))).toBe(true); // Saturday 11:00
  });

  it("end at 07:00 the next weekday, in the offset of that morning", () => {
    expect(iso(nextAllowed(at("2026-03-03T21:00:00Z")))).toBe("2026-03-04T07:00:00+01:00");
    expect(iso(nextAllowed(at("2026-03-06T19:30:00Z")))).toBe("2026-03-09T07:00:00+01:00"); // Friday night -> Monday
    // The weekend of the spring change: Friday 21:00 CET -> Monday 07:00 CEST.
    expect(iso(nextAllowed(at("2026-03-27T20:00:00Z")))).toBe("2026-03-30T07:00:00+02:00");
    // The weekend of the autumn change: Saturday -> Monday 07:00 CET.
    expect(iso(nextAllowed(at("2026-10-24T10:00:00Z")))).toBe("2026-10-26T07:00:00+01:00");
    const allowed = at("2026-03-04T10:00:00Z");
    expect(nextAllowed(allowed)).toBe(allowed);
  });
});

describe("session reminders", () => {
  const plan = (startIso: string) => planReminders(at(startIso), [24, 1]).map((p) => [p.hoursBefore, iso(p.sendAt)]);

  it("go 24 h and 1 h before on a weekday afternoon", () => {
    expect(plan("2026-03-04T14:00:00+01:00")).toEqual([[24, "2026-03-03T14:00:00+01:00"], [1, "2026-03-04T13:00:00+01:00"]]);
  });

  it("wait for the morning when 24 h before is at night", () => {
    // Thursday 06:00: 24 h before is Wednesday 06:00 (quiet) -> Wednesday 07:00; 1 h before is 05:00 the same day.
    expect(plan("2026-03-05T06:00:00+01:00")).toEqual([[24, "2026-03-04T07:00:00+01:00"], [1, "2026-03-05T05:00:00+01:00"]]);
  });

  it("drop a deferred reminder that would only arrive with the next one", () => {
    // Monday 08:00: 24 h before is Sunday -> Monday 07:00, when the 1-hour reminder goes anyway.
    expect(plan("2026-03-09T08:00:00+01:00")).toEqual([[24, undefined], [1, "2026-03-09T07:00:00+01:00"]]);
  });

  it("send the same-day reminder even in quiet hours, and drop a 24-h one that would come after it", () => {
    // Tuesday 07:30: 24 h before is Monday 07:30 (allowed); 1 h before is 06:30 the same day (exempt).
    expect(plan("2026-03-03T07:30:00+01:00")).toEqual([[24, "2026-03-02T07:30:00+01:00"], [1, "2026-03-03T06:30:00+01:00"]]);
    // Saturday 10:00: 24 h before is Friday 10:00; 1 h before is Saturday 09:00, the same day.
    expect(plan("2026-03-07T10:00:00+01:00")).toEqual([[24, "2026-03-06T10:00:00+01:00"], [1, "2026-03-07T09:00:00+01:00"]]);
  });

  it("move a Sunday reminder for a Monday session to Monday morning", () => {
    expect(plan("2026-03-09T13:00:00+01:00")).toEqual([[24, "2026-03-09T07:00:00+01:00"], [1, "2026-03-09T12:00:00+01:00"]]);
  });

  it("count the hours as elapsed time across the clock changes", () => {
    const noWeekends = { fromHour: 20, toHour: 7, weekends: false };
    const planned = (startIso: string) => planReminders(at(startIso), [24, 1], noWeekends).map((p) => iso(p.sendAt));
    // Sunday 29 March 14:00 CEST: 24 h earlier the clocks said 13:00 (CET).
    expect(planned("2026-03-29T14:00:00+02:00")).toEqual(["2026-03-28T13:00:00+01:00", "2026-03-29T13:00:00+02:00"]);
    // Sunday 25 October 14:00 CET: 24 h earlier the clocks said 15:00 (CEST).
    expect(planned("2026-10-25T14:00:00+01:00")).toEqual(["2026-10-24T15:00:00+02:00", "2026-10-25T13:00:00+01:00"]);
    // 03:30 right after the skipped hour: 1 h before is 01:30, the same day, so it goes at night.
    expect(planned("2026-03-29T03:30:00+02:00")[1]).toBe("2026-03-29T01:30:00+01:00");
    // Monday 30 March 10:00: 24 h before is Sunday (weekend) -> Monday 07:00 CEST.
    expect(plan("2026-03-30T10:00:00+02:00")).toEqual([[24, "2026-03-30T07:00:00+02:00"], [1, "2026-03-30T09:00:00+02:00"]]);
  });
});
