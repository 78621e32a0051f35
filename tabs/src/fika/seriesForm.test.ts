import type { FikaSeries } from "@campus-westum/api/contract";
import { describe, expect, it } from "vitest";
import { initialSeriesForm, joinUrlProblem, seriesInputOf, seriesToCorrect } from "./seriesForm";

const series: FikaSeries = {
  id: "fika-0a1b2c3d", title: "Digital fika", rrule: "FREQ=MONTHLY;BYDAY=TU;BYSETPOS=1", firstDate: "2026-01-01", time: "14:00",
  durationMinutes: 30, joinUrl: "https://teams.microsoft.com/l/meetup-join/19%3ameeting_x%40thread.v2/0", active: true, updatedAt: "2026-01-01T10:00:00+01:00",
};
const defaults = { title: "Digital fika", today: "2026-05-04" };

describe("the fika form", () => {
  it("starts a new series on the first Tuesday of the month at 14:00, from today", () => {
    const input = seriesInputOf({ ...initialSeriesForm(null, defaults), joinUrl: series.joinUrl }, null);
    expect(input).toEqual({ title: "Digital fika", rrule: "FREQ=MONTHLY;BYDAY=+1TU", firstDate: "2026-05-04", time: "14:00", durationMinutes: 30, joinUrl: series.joinUrl, active: true });
  });

  it("saves a series it only paused with its own rule, unchanged", () => {
    const state = { ...initialSeriesForm(series, defaults), active: false, time: "15:00" };
    const input = seriesInputOf(state, series);
    expect(input).toMatchObject({ rrule: series.rrule, time: "15:00", active: false });
  });

  it("asks for a Teams meeting link before saving", () => {
    const state = initialSeriesForm(null, defaults);
    expect(joinUrlProblem(state)).toBe("missing");
    expect(joinUrlProblem({ ...state, joinUrl: "https://example.org/fika" })).toBe("notTeams");
    expect(joinUrlProblem({ ...state, joinUrl: series.joinUrl })).toBeNull();
  });

  it("corrects a series that no longer reads as valid from what it stored, keeping its rule until another is chosen", () => {
    const invalid = { id: "fika-0badbad0", title: "Fika", rrule: "FREQ=MINUTELY", field: "rrule", problem: "FREQ=WEEKLY or FREQ=MONTHLY", stored: { time: "09:30", joinUrl: series.joinUrl } };
    const state = initialSeriesForm(seriesToCorrect(invalid, defaults), defaults);
    expect(state).toMatchObject({ title: "Fika", pattern: { kind: "custom", rrule: "FREQ=MINUTELY" }, firstDate: "2026-05-04", time: "09:30", durationMinutes: "30", joinUrl: series.joinUrl, active: true });
    expect(seriesInputOf(state, seriesToCorrect(invalid, defaults)).rrule).toBe("FREQ=MINUTELY");
  });
});
