// A row of the events list becomes a tech-network event, or is refused with the field at fault.
import { describe, expect, it } from "vitest";
import { readNetworkEvent, type NetworkEventRow } from "./networkEventSchema.js";

// Tuesday 9 June 2026, 14:00 Stockholm (summer time, +02:00).
const row: NetworkEventRow = {
  id: "tekniktraff-juni",
  title: "Tekniknätverkets träff",
  type: "Tekniknätverket",
  start: "2026-06-09T12:00:00Z",
  durationMinutes: 120,
  joinUrl: "https://teams.microsoft.com/l/meetup-join/abc",
  description: "AI i vuxenutbildningen",
  active: true,
};

const refused = (fields: Partial<NetworkEventRow>) => {
  const read = readNetworkEvent({ ...row, ...fields });
  if (read.ok) throw new Error("expected a refusal");
  return read.issues.map((i) => ({ field: i.path.join("."), params: (i as { params?: unknown }).params }));
};

describe("reading a network event from its list row", () => {
  it("reads a single meeting with Stockholm times and its kind", () => {
    const read = readNetworkEvent(row);
    expect(read).toEqual({
      ok: true,
      event: { id: "tekniktraff-juni", title: "Tekniknätverkets träff", kind: "tech-network", start: "2026-06-09T14:00:00+02:00", end: "2026-06-09T16:00:00+02:00", durationMinutes: 120, joinUrl: row.joinUrl, description: row.description, active: true },
    });
    expect(readNetworkEvent({ ...row, type: "Westumkonferensen" })).toMatchObject({ event: { kind: "conference" } });
    expect(readNetworkEvent({ ...row, type: "Annat" })).toMatchObject({ event: { kind: "other" } });
  });

  it("starts a recurring event at its rule's first date, at the start's Stockholm time", () => {
    // Start is a Monday; the rule's first date is the second Tuesday of June.
    const read = readNetworkEvent({ ...row, start: "2026-06-01T12:00:00Z", recurrence: "FREQ=MONTHLY;BYDAY=+2TU" });
    expect(read).toMatchObject({ ok: true, event: { start: "2026-06-09T14:00:00+02:00", end: "2026-06-09T16:00:00+02:00", rrule: "FREQ=MONTHLY;BYDAY=+2TU" } });
  });

  it("refuses a join link that is not https, in both languages", () => {
    expect(refused({ joinUrl: "http://example.org/meet" })).toEqual([{ field: "joinUrl", params: { sv: "en länk som börjar med https://", en: "a link that starts with https://" } }]);
  });

  it("refuses a missing or too long length, and rules outside the fika rules", () => {
    expect(refused({ durationMinutes: undefined }).map((i) => i.field)).toEqual(["durationMinutes"]);
    expect(refused({ durationMinutes: 3 * 24 * 60 + 1 }).map((i) => i.field)).toEqual(["durationMinutes"]);
    expect(refused({ recurrence: "FREQ=MINUTELY" }).map((i) => i.field)).toEqual(["recurrence"]);
  });

  it("refuses a rule that gives no date within two years", () => {
    expect(refused({ recurrence: "FREQ=MONTHLY;BYMONTH=2;BYMONTHDAY=30" })).toEqual([
      { field: "recurrence", params: { sv: expect.stringContaining("inget datum"), en: "the rule gives no date within two years of the first date" } },
    ]);
  });

  it("refuses a digital fika and a start outside the years 2000-2100", () => {
    expect(refused({ type: "Digital fika" }).map((i) => i.field)).toEqual(["type"]);
    expect(refused({ start: "2101-01-01T12:00:00Z" }).map((i) => i.field)).toEqual(["start"]);
  });

  it("makes a title of one line", () => {
    expect(readNetworkEvent({ ...row, title: "Träff\nmed\tAI" })).toMatchObject({ event: { title: "Träff med AI" } });
  });
});
