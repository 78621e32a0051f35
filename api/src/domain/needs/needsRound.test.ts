import { describe, expect, it } from "vitest";
import { deadlineEnd, roundStatus } from "./needsRound.js";

describe("a needs round's deadline", () => {
  it("accepts answers until midnight at the end of the deadline day in Stockholm, in winter time", () => {
    const round = { sentAt: "2027-01-01T09:00:00+01:00", deadline: "2027-01-31" };
    expect(roundStatus(round, Date.parse("2027-01-31T23:59:59.999+01:00"))).toBe("open");
    expect(roundStatus(round, Date.parse("2027-02-01T00:00:00+01:00"))).toBe("closed");
  });

  it("follows the clock change: the day the clocks go forward or back ends at Stockholm midnight", () => {
    // 2027-03-28 clocks go forward (the day has 23 hours), 2027-10-31 back (25 hours); midnight after is in the new offset.
    expect(deadlineEnd("2027-03-28")).toBe(Date.parse("2027-03-29T00:00:00+02:00"));
    expect(deadlineEnd("2027-10-31")).toBe(Date.parse("2027-11-01T00:00:00+01:00"));
    expect(deadlineEnd("2027-03-27")).toBe(Date.parse("2027-03-28T00:00:00+01:00"));
  });

  it("is a draft until sent, whatever the date", () => {
    expect(roundStatus({ deadline: "2027-01-31" }, Date.parse("2027-01-10T12:00:00Z"))).toBe("draft");
    expect(roundStatus({ deadline: "2020-01-31" }, Date.parse("2027-01-10T12:00:00Z"))).toBe("draft");
  });
});
