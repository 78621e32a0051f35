// When a reminder goes, as a person would notice it: the day before and an hour before, never
// at night or at the weekend unless it is the event's own day, a missed run made up, and never a
// stale "tomorrow" after the "soon" one.
import { describe, expect, it } from "vitest";
import { remindersDue } from "./reminderWindow.js";

const at = (iso: string) => Date.parse(iso);
const MINUTE = 60_000;
/** Runs every minute from `fromIso` to `toIso`; returns each due reminder with its run's time. */
function runEveryMinute(startIso: string, fromIso: string, toIso: string): { at: string; hoursBefore: number }[] {
  const found: { at: string; hoursBefore: number }[] = [];
  for (let now = at(fromIso); now <= at(toIso); now += MINUTE) {
    for (const hoursBefore of remindersDue(at(startIso), now - MINUTE, now)) found.push({ at: new Date(now).toISOString(), hoursBefore });
  }
  return found;
}

describe("reminders of an event", () => {
  it("go 24 hours and 1 hour before a Tuesday 14:00 start, once each", () => {
    const start = "2026-06-09T14:00:00+02:00";
    expect(runEveryMinute(start, "2026-06-08T00:00:00+02:00", "2026-06-09T15:00:00+02:00")).toEqual([
      { at: "2026-06-08T12:01:00.000Z", hoursBefore: 24 },
      { at: "2026-06-09T11:01:00.000Z", hoursBefore: 1 },
    ]);
  });

  it("wait for Monday 07:00 when the day before is a Sunday, and go at once on the event's own day", () => {
    const start = "2026-06-08T09:00:00+02:00"; // Monday
    expect(runEveryMinute(start, "2026-06-07T00:00:00+02:00", "2026-06-08T09:00:00+02:00")).toEqual([
      { at: "2026-06-08T05:01:00.000Z", hoursBefore: 24 },
      { at: "2026-06-08T06:01:00.000Z", hoursBefore: 1 },
    ]);
  });

  it("are made up after a missed run, but only the latest one when both fell due", () => {
    const start = at("2026-06-09T14:00:00+02:00");
    expect(remindersDue(start, at("2026-06-08T10:00:00+02:00"), at("2026-06-08T16:00:00+02:00"))).toEqual([24]);
    expect(remindersDue(start, at("2026-06-08T10:00:00+02:00"), at("2026-06-09T13:30:00+02:00"))).toEqual([1]);
    expect(remindersDue(start, at("2026-06-09T13:30:00+02:00"), at("2026-06-09T15:00:00+02:00"))).toEqual([]);
  });
});
