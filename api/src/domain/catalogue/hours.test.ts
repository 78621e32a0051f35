import { describe, expect, it } from "vitest";
import { attendedHoursProblem, defaultSessionHours, isQuarterHours, sumHours } from "./hours.js";
import { parseStockholmTime } from "@campus-westum/bot/stockholmClock";

const at = (text: string) => (parseStockholmTime(text) as { epochMs: number }).epochMs;

describe("hours", () => {
  it("accepts quarter hours only", () => {
    expect([0, 0.25, 1.5, 2.75, 164].every(isQuarterHours)).toBe(true);
    expect([0.1, 1.33, Number.NaN, Infinity].some(isQuarterHours)).toBe(false);
  });

  it("gives a session its real length, rounded down to a quarter", () => {
    expect(defaultSessionHours(at("2026-11-30T09:00"), at("2026-11-30T11:50"))).toBe(2.75);
    expect(defaultSessionHours(at("2026-03-29T01:30"), at("2026-03-29T03:30"))).toBe(1);
    expect(defaultSessionHours(at("2026-10-25T01:30"), at("2026-10-25T03:30"))).toBe(3);
  });

  it("refuses negative, non-quarter and more-than-the-session hours", () => {
    expect(attendedHoursProblem(-0.25, 2)).toBe("negative");
    expect(attendedHoursProblem(1.1, 2)).toBe("not-quarter");
    expect(attendedHoursProblem(2.25, 2)).toBe("exceeds-session");
    expect(attendedHoursProblem(2, 2)).toBeUndefined();
    expect(attendedHoursProblem(0, 2)).toBeUndefined();
  });

  it("sums exactly", () => {
    expect(sumHours(Array.from({ length: 10 }, () => 0.25))).toBe(2.5);
    expect(sumHours([])).toBe(0);
  });
});
