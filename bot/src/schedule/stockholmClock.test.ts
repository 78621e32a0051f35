// The app's one Stockholm clock (the bot's schedules and the API's catalogue), across both clock
// changes of 2026: 2026-03-29 (02:00 -> 03:00) and 2026-10-25 (03:00 -> 02:00).
import { describe, expect, it } from "vitest";
import { addDays, parseStockholmTime, startOfStockholmDay, stockholmDate, stockholmInstant, stockholmMonth, stockholmWall, toStockholmIso } from "./stockholmClock.js";

const at = (text: string) => {
  const parsed = parseStockholmTime(text);
  if (!parsed.ok) throw new Error(`${text}: ${parsed.reason}`);
  return parsed.epochMs;
};
const hoursBetween = (a: string, b: string) => (at(b) - at(a)) / 3_600_000;
const utc = (iso: string) => Date.parse(iso);

describe("Stockholm time", () => {
  it("writes instants with the offset in force: +01:00 in winter, +02:00 in summer", () => {
    expect(toStockholmIso(Date.UTC(2026, 0, 15, 9, 0))).toBe("2026-01-15T10:00:00+01:00");
    expect(toStockholmIso(Date.UTC(2026, 6, 15, 9, 0))).toBe("2026-07-15T11:00:00+02:00");
  });

  it("reads wall times in Stockholm and exact times with an offset", () => {
    expect(at("2026-01-15T10:00")).toBe(Date.UTC(2026, 0, 15, 9, 0));
    expect(at("2026-07-15T11:00:00")).toBe(Date.UTC(2026, 6, 15, 9, 0));
    expect(at("2026-07-15T09:00:00Z")).toBe(Date.UTC(2026, 6, 15, 9, 0));
    expect(at("2026-07-15T11:00:00+02:00")).toBe(Date.UTC(2026, 6, 15, 9, 0));
    expect(at("2026-07-15")).toBe(Date.UTC(2026, 6, 14, 22, 0));
  });

  it("counts a session 01:30-03:30 on the spring-forward night as one hour", () => {
    expect(hoursBetween("2026-03-29T01:30", "2026-03-29T03:30")).toBe(1);
    expect(toStockholmIso(at("2026-03-29T01:30"))).toBe("2026-03-29T01:30:00+01:00");
    expect(toStockholmIso(at("2026-03-29T03:30"))).toBe("2026-03-29T03:30:00+02:00");
  });

  it("refuses a wall time that does not exist (02:30 on 2026-03-29)", () => {
    expect(parseStockholmTime("2026-03-29T02:30")).toEqual({ ok: false, reason: "nonexistent" });
  });

  it("refuses an ambiguous wall time (02:30 on 2026-10-25) unless the offset says which", () => {
    expect(parseStockholmTime("2026-10-25T02:30")).toEqual({ ok: false, reason: "ambiguous" });
    const first = at("2026-10-25T02:30+02:00");
    const second = at("2026-10-25T02:30+01:00");
    expect(second - first).toBe(3_600_000);
    expect(toStockholmIso(first)).toBe("2026-10-25T02:30:00+02:00");
    expect(toStockholmIso(second)).toBe("2026-10-25T02:30:00+01:00");
    expect(hoursBetween("2026-10-25T01:30", "2026-10-25T03:30")).toBe(3);
  });

  it("refuses dates that do not exist and text that is not a time", () => {
    for (const text of ["2026-02-30", "2026-13-01T10:00", "2026-01-01T24:00", "tomorrow", "2026-1-5", ""]) {
      expect(parseStockholmTime(text)).toEqual({ ok: false, reason: "invalid" });
    }
  });

  it("tells Stockholm days and months, and adds calendar days across DST", () => {
    expect(stockholmDate(Date.UTC(2026, 11, 31, 23, 30))).toBe("2027-01-01");
    expect(stockholmMonth(Date.UTC(2026, 9, 31, 23, 30))).toBe("2026-11");
    expect(addDays("2026-03-28", 1)).toBe("2026-03-29");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect((startOfStockholmDay("2026-03-30") - startOfStockholmDay("2026-03-29")) / 3_600_000).toBe(23);
    expect((startOfStockholmDay("2026-10-26") - startOfStockholmDay("2026-10-25")) / 3_600_000).toBe(25);
  });

  it("knows the offset on both sides of each clock change", () => {
    expect(toStockholmIso(utc("2026-03-29T00:59:00Z"))).toBe("2026-03-29T01:59:00+01:00");
    expect(toStockholmIso(utc("2026-03-29T01:00:00Z"))).toBe("2026-03-29T03:00:00+02:00");
    expect(toStockholmIso(utc("2026-10-25T00:30:00Z"))).toBe("2026-10-25T02:30:00+02:00");
    expect(toStockholmIso(utc("2026-10-25T01:30:00Z"))).toBe("2026-10-25T02:30:00+01:00");
    expect(toStockholmIso(utc("2026-07-15T09:00:42Z"))).toBe("2026-07-15T11:00:42+02:00");
  });

  it("resolves a time a rule produced as calendars do: a skipped one an hour later, an ambiguous one at its first occurrence", () => {
    expect(toStockholmIso(stockholmInstant("2026-03-29", 2, 30))).toBe("2026-03-29T03:30:00+02:00");
    expect(stockholmInstant("2026-10-25", 2, 30)).toBe(utc("2026-10-25T00:30:00Z"));
    expect(toStockholmIso(stockholmInstant("2026-07-01", 14))).toBe("2026-07-01T14:00:00+02:00");
    expect(toStockholmIso(stockholmInstant("2026-01-15", 10))).toBe("2026-01-15T10:00:00+01:00");
  });

  it("tells the Stockholm day, hour and weekday of an instant", () => {
    expect(stockholmWall(utc("2026-03-07T12:00:00Z"))).toEqual({ date: "2026-03-07", hour: 13, minute: 0, isoWeekday: 6 });
    expect(stockholmWall(utc("2026-03-08T23:30:00Z"))).toEqual({ date: "2026-03-09", hour: 0, minute: 30, isoWeekday: 1 });
  });
});
