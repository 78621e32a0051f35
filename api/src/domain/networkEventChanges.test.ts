// Which changes of a network event are announced: new, moved or relinked, cancelled; only while
// an occurrence is still ahead.
import { describe, expect, it } from "vitest";
import type { NetworkEvent } from "../contract/index.js";
import { changeOf } from "./networkEventChanges.js";
import { upcomingOf } from "./networkEventTimes.js";

const event: NetworkEvent = {
  id: "tekniktraff",
  title: "Tekniknätverkets träff",
  kind: "tech-network",
  start: "2026-06-09T14:00:00+02:00",
  end: "2026-06-09T16:00:00+02:00",
  durationMinutes: 120,
  joinUrl: "https://teams.microsoft.com/l/meetup-join/a",
  active: true,
  updatedAt: "2026-05-01T08:00:00.000Z",
};
const may = Date.parse("2026-05-20T10:00:00Z");
const july = Date.parse("2026-07-01T10:00:00Z");

describe("the change a network event's edit announces", () => {
  it("publishes a new active event with its next occurrence", () => {
    expect(changeOf(undefined, event, may)).toEqual({ type: "network-event-published", event, next: { start: event.start, end: event.end }, later: [] });
  });

  it("announces nothing for a new cancelled event, or a new one that is already over", () => {
    expect(changeOf(undefined, { ...event, active: false }, may)).toBeUndefined();
    expect(changeOf(undefined, event, july)).toBeUndefined();
  });

  it("announces a move with the time before, and a new link", () => {
    const moved = { ...event, start: "2026-06-10T14:00:00+02:00", end: "2026-06-10T16:00:00+02:00" };
    expect(changeOf(event, moved, may)).toMatchObject({
      type: "network-event-changed",
      next: { start: "2026-06-10T14:00:00+02:00" },
      before: { start: event.start, joinUrl: event.joinUrl, next: { start: event.start, end: event.end } },
    });
    expect(changeOf(event, { ...event, joinUrl: "https://teams.microsoft.com/l/meetup-join/b" }, may)?.type).toBe("network-event-changed");
  });

  it("stores a new title quietly", () => {
    expect(changeOf(event, { ...event, title: "Ny rubrik", description: "Mer text" }, may)).toBeUndefined();
  });

  it("cancels an upcoming event switched off or removed, once", () => {
    expect(changeOf(event, { ...event, active: false }, may)).toMatchObject({ type: "network-event-cancelled", reason: "inactive", event: { active: false } });
    expect(changeOf(event, undefined, may)).toMatchObject({ type: "network-event-cancelled", reason: "removed", event });
    expect(changeOf({ ...event, active: false }, undefined, may)).toBeUndefined();
    expect(changeOf(event, undefined, july)).toBeUndefined();
  });

  it("publishes a cancelled event made active again", () => {
    expect(changeOf({ ...event, active: false }, event, may)?.type).toBe("network-event-published");
  });
});

describe("a recurring event's upcoming occurrences", () => {
  const monthly = { ...event, rrule: "FREQ=MONTHLY;BYDAY=+2TU" };

  it("names the next occurrence and at most three after it, at 14:00 Stockholm in summer and winter", () => {
    expect(upcomingOf(monthly, Date.parse("2026-10-01T00:00:00Z"))).toEqual({
      next: { start: "2026-10-13T14:00:00+02:00", end: "2026-10-13T16:00:00+02:00" },
      later: ["2026-11-10T14:00:00+01:00", "2026-12-08T14:00:00+01:00", "2027-01-12T14:00:00+01:00"],
    });
  });

  it("still lists an occurrence under way", () => {
    expect(upcomingOf(monthly, Date.parse("2026-06-09T13:00:00Z"))?.next.start).toBe("2026-06-09T14:00:00+02:00");
  });
});
