import { describe, expect, it } from "vitest";
import { formatCourseSpan, formatHours, formatSessionDay, formatSessionTime, stockholmToday } from "./courseDates";

describe("course dates in Swedish time", () => {
  it("shows a session in Stockholm time whatever the offset it came with", () => {
    // 07:00 UTC in summer is 09:00 in Stockholm.
    expect(formatSessionTime("2026-06-02T07:00:00Z", "2026-06-02T10:00:00Z", "sv")).toBe("09:00–12:00");
    expect(formatSessionDay("2026-06-02T09:00:00+02:00", "sv")).toBe("tis 2 juni 2026");
    expect(formatSessionDay("2026-06-02T09:00:00+02:00", "en")).toBe("Tue, Jun 2, 2026");
  });

  it("crosses daylight saving time correctly", () => {
    // The clocks went back on 25 Oct 2026: 09:00 CET is 08:00 UTC.
    expect(formatSessionTime("2026-10-26T08:00:00Z", "2026-10-26T09:30:00Z", "sv")).toBe("09:00–10:30");
  });

  it("names one day once and a span by its ends", () => {
    expect(formatCourseSpan("2026-05-12T09:00:00+02:00", "2026-05-12T12:00:00+02:00", "sv")).toBe("12 maj 2026");
    expect(formatCourseSpan("2026-05-12T09:00:00+02:00", "2026-05-19T12:00:00+02:00", "sv")).toBe("12 maj 2026 – 19 maj 2026");
  });

  it("formats hours and today's Stockholm day", () => {
    expect(formatHours(2.5, "sv")).toBe("2,5");
    expect(formatHours(2.25, "en")).toBe("2.25");
    expect(stockholmToday(new Date("2026-03-31T22:30:00Z"))).toBe("2026-04-01");
  });
});
