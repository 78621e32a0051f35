// Event times in Swedish time, one day or over several.
import { describe, expect, it } from "vitest";
import { formatEventWhen } from "./eventDates";

describe("an event's time as people read it", () => {
  it("gives the day and the Stockholm times of a meeting, summer and winter (English in the 12-hour clock, as course sessions)", () => {
    expect(formatEventWhen("2026-06-09T14:00:00+02:00", "2026-06-09T16:00:00+02:00", "sv")).toMatch(/^tis 9 juni 2026, 14:00–16:00$/);
    expect(formatEventWhen("2026-12-08T13:00:00Z", "2026-12-08T15:00:00Z", "en")).toMatch(/Dec 8, 2026, 02:00 PM–04:00 PM$/);
  });

  it("names both days of an event that runs over midnight", () => {
    expect(formatEventWhen("2026-10-06T09:00:00+02:00", "2026-10-07T16:00:00+02:00", "sv")).toMatch(/^tis 6 okt\.? 2026 09:00 – ons 7 okt\.? 2026 16:00$/);
  });
});
