// When a needs round's automatic reminder goes out: `reminderDaysBefore` days before the deadline
// day at 09:00 Stockholm, moved out of quiet hours (a weekend to Monday morning), never after the
// deadline ends, and not at all for a round sent after that time or asking for none.
import { toStockholmIso } from "@campus-westum/bot";
import { describe, expect, it } from "vitest";
import { autoReminderAt, autoReminderId } from "./needsAutoReminder.js";

const round = { deadline: "2027-01-29", reminderDaysBefore: 3, sentAt: "2026-12-01T10:00:00+01:00" };
const at = (r: Partial<typeof round>) => {
  const ms = autoReminderAt({ ...round, ...r });
  return ms === undefined ? undefined : toStockholmIso(ms);
};

describe("the automatic reminder", () => {
  it("goes the given days before the deadline at 09:00 Stockholm time, summer time too", () => {
    expect(at({})).toBe("2027-01-26T09:00:00+01:00");
    expect(at({ deadline: "2027-06-04", reminderDaysBefore: 1 })).toBe("2027-06-03T09:00:00+02:00");
  });

  it("waits for Monday 07:00 when the day falls on a weekend", () => {
    // Deadline Monday 1 February 2027, two days before: Saturday.
    expect(at({ deadline: "2027-02-01", reminderDaysBefore: 2 })).toBe("2027-02-01T07:00:00+01:00");
  });

  it("is not sent when none is asked for, when the round went out after it, or when quiet hours push it past the deadline", () => {
    expect(at({ reminderDaysBefore: 0 })).toBeUndefined();
    expect(at({ sentAt: "2027-01-27T08:00:00+01:00" })).toBeUndefined();
    expect(at({ sentAt: undefined })).toBeUndefined();
    // Deadline Sunday 31 January 2027, one day before: Saturday, moved to Monday, after the deadline.
    expect(at({ deadline: "2027-01-31", reminderDaysBefore: 1 })).toBeUndefined();
  });

  it("is one per round and deadline: a moved deadline has a reminder of its own", () => {
    expect(autoReminderId({ id: "needs-0a1b2c3d", deadline: "2027-01-29" })).not.toBe(autoReminderId({ id: "needs-0a1b2c3d", deadline: "2027-02-05" }));
  });
});
