// Dates and times are strict in every schema: generated dates that are not in the calendar, years
// outside 2000-2100 and offsets beyond ±14:00 are refused with a message in both languages; real
// ones are read as the instant they name.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { calendarDate, clockTime, dateTime, dateTimeProblem } from "./timeSchemas.js";

const pad = (n: number, width = 2) => String(n).padStart(width, "0");
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const realDay = fc.record({ y: fc.integer({ min: 2000, max: 2100 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 31 }) }).map(({ y, m, d }) => ({ y, m, d: Math.min(d, daysIn(y, m)) }));
const dateText = ({ y, m, d }: { y: number; m: number; d: number }) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;

describe("dates and times", () => {
  it("refuse days that are not in the calendar", () => {
    const overflow = fc
      .record({ y: fc.integer({ min: 2000, max: 2100 }), m: fc.integer({ min: 1, max: 12 }), extra: fc.integer({ min: 1, max: 68 }) })
      .map(({ y, m, extra }) => ({ y, m, d: daysIn(y, m) + extra }));
    const badMonth = fc.record({ y: fc.integer({ min: 2000, max: 2100 }), m: fc.constantFrom(0, 13, 99), d: fc.integer({ min: 1, max: 28 }) });
    fc.assert(
      fc.property(fc.oneof(overflow, badMonth, fc.constant({ y: 2026, m: 2, d: 0 })), (day) => {
        expect(calendarDate.safeParse(dateText(day)).success).toBe(false);
        expect(dateTimeProblem(`${dateText(day)}T10:00+01:00`)).toBeDefined();
      }),
    );
    expect(calendarDate.safeParse("2028-02-29").success).toBe(true);
    expect(calendarDate.safeParse("2026-02-29").success).toBe(false);
  });

  it("refuse years outside 2000-2100, with a message in both languages", () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: 0, max: 1999 }), fc.integer({ min: 2101, max: 9999 })), realDay, (year, day) => {
        const text = dateText({ ...day, y: year, d: Math.min(day.d, 28) });
        expect(calendarDate.safeParse(text).success).toBe(false);
        expect(dateTimeProblem(`${text}T10:00Z`)).toEqual({ sv: "ett år från 2000 till 2100", en: "a year from 2000 to 2100" });
      }),
    );
    expect(calendarDate.safeParse("0000-00-00").success).toBe(false);
  });

  it("refuse offsets beyond ±14:00 instead of shifting the time", () => {
    fc.assert(
      fc.property(realDay, fc.constantFrom("+", "-"), fc.oneof(fc.integer({ min: 15, max: 99 }).map((h) => `${pad(h)}:00`), fc.integer({ min: 60, max: 99 }).map((m) => `01:${pad(m)}`), fc.constant("14:01")), (day, sign, offset) => {
        expect(dateTime.safeParse(`${dateText(day)}T10:00${sign}${offset}`).success).toBe(false);
      }),
    );
  });

  it("read real dates and times with an offset as the instant they name", () => {
    fc.assert(
      fc.property(realDay, fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), fc.integer({ min: -14 * 60, max: 14 * 60 }), (day, h, min, offset) => {
        const zone = `${offset < 0 ? "-" : "+"}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
        const text = `${dateText(day)}T${pad(h)}:${pad(min)}${zone}`;
        expect(dateTimeProblem(text), text).toBeUndefined();
      }),
    );
  });

  it("take a wall time without an offset as Stockholm's, refusing the hour that does not exist", () => {
    expect(dateTimeProblem("2026-11-30T09:00")).toBeUndefined();
    expect(dateTimeProblem("2026-03-29T02:30")?.sv).toMatch(/finns inte i Sverige/);
    expect(dateTimeProblem("2026-10-25T02:30")?.en).toMatch(/happens twice/);
    expect(clockTime.safeParse("14:00").success).toBe(true);
    expect(clockTime.safeParse("24:00").success).toBe(false);
  });
});
