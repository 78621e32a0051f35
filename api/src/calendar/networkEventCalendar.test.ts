// A tech-network event's calendar events, as its signed file and every personal feed list them.
import { describe, expect, it } from "vitest";
import type { NetworkEvent } from "../contract/index.js";
import { networkEventCalendarEvents } from "./networkEventCalendar.js";

const NOW = Date.parse("2030-03-01T12:00:00Z");
const meeting: NetworkEvent = {
  id: "tekniknatverket",
  title: "Tekniknätverket",
  kind: "tech-network",
  start: "2030-01-08T14:00:00+01:00",
  end: "2030-01-08T15:30:00+01:00",
  durationMinutes: 90,
  rrule: "FREQ=MONTHLY;BYDAY=+2TU",
  joinUrl: "https://teams.microsoft.com/l/meetup-join/x",
  description: "Om Copilot i klassrummet.",
  active: true,
  updatedAt: "2030-01-01T00:00:00Z",
};
const iso = (ms: number) => new Date(ms).toISOString();

describe("a tech-network event in a calendar", () => {
  it("lists a month back to a year ahead, at 14:00 Stockholm time in winter and summer, with one UID per occurrence", () => {
    const events = networkEventCalendarEvents(meeting, "sv", NOW);
    expect(iso(events[0]!.start)).toBe("2030-02-12T13:00:00.000Z");
    expect(iso(events.at(-1)!.start)).toBe("2031-02-11T13:00:00.000Z");
    expect(events.map((e) => iso(e.start))).toContain("2030-06-11T12:00:00.000Z");
    expect(events[0]!.end - events[0]!.start).toBe(90 * 60_000);
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
    expect(events[0]).toMatchObject({ uid: `tekniknatverket-${events[0]!.start}@campus-westum`, status: "CONFIRMED", location: "Microsoft Teams", url: meeting.joinUrl });
    expect(events[0]!.description).toBe("Om Copilot i klassrummet.\n\nAnslut: https://teams.microsoft.com/l/meetup-join/x");
    expect(networkEventCalendarEvents(meeting, "en", NOW)[0]!.description).toContain("Join: https://");
  });

  it("keeps the UIDs when the event is cancelled, each occurrence as CANCELLED", () => {
    const active = networkEventCalendarEvents(meeting, "sv", NOW);
    const cancelled = networkEventCalendarEvents({ ...meeting, active: false }, "sv", NOW);
    expect(cancelled.map((e) => e.uid)).toEqual(active.map((e) => e.uid));
    expect(new Set(cancelled.map((e) => e.status))).toEqual(new Set(["CANCELLED"]));
  });

  it("lists a single event from the last month, none from longer ago, and no place without a join link", () => {
    const single = { ...meeting, rrule: undefined, joinUrl: undefined, description: undefined, start: "2030-02-20T09:00:00+01:00" };
    const [event, ...rest] = networkEventCalendarEvents(single, "sv", NOW);
    expect(rest).toEqual([]);
    expect(iso(event!.start)).toBe("2030-02-20T08:00:00.000Z");
    expect(event).not.toHaveProperty("location");
    expect(event).not.toHaveProperty("url");
    expect(event).not.toHaveProperty("description");
    expect(networkEventCalendarEvents({ ...single, start: "2030-01-20T09:00:00+01:00" }, "sv", NOW)).toEqual([]);
  });
});
