import { describe, expect, it } from "vitest";
import { hoursText, parseHours } from "./hoursInput";

describe("attendance hours as typed", () => {
  it("accepts quarter hours with a comma or a point, and empty as none", () => {
    expect(parseHours("1,5", 3)).toEqual({ ok: true, hours: 1.5 });
    expect(parseHours(" 2.75 ", 3)).toEqual({ ok: true, hours: 2.75 });
    expect(parseHours("", 3)).toEqual({ ok: true, hours: 0 });
    expect(parseHours("3", 3)).toEqual({ ok: true, hours: 3 });
  });

  it("refuses what the API refuses", () => {
    expect(parseHours("-1", 3)).toEqual({ ok: false, problem: "negative" });
    expect(parseHours("1,3", 3)).toEqual({ ok: false, problem: "not-quarter" });
    expect(parseHours("3,25", 3)).toEqual({ ok: false, problem: "exceeds-session" });
    expect(parseHours("två", 3)).toEqual({ ok: false, problem: "not-a-number" });
  });

  it("shows hours with the locale's decimal sign", () => {
    expect(hoursText(1.5, true)).toBe("1,5");
    expect(hoursText(1.5, false)).toBe("1.5");
    expect(hoursText(0, true)).toBe("");
  });
});
