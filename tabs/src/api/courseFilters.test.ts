import { describe, expect, it } from "vitest";
import { courseFiltersFromParams, courseFiltersToParams, hasAnyCourseFilter, sameCourseFilters } from "./courseFilters";

describe("course filters in query parameters", () => {
  it("round-trips lists, the date range and free seats", () => {
    const filters = { q: "film", area: ["it"], format: ["hybrid", "online"], project: ["Campus Westum"], from: "2026-05-01", to: "2026-06-30", hasFreeSeats: true };
    const params = courseFiltersToParams(filters);
    expect(params.toString()).toBe("q=film&area=it&format=hybrid&format=online&project=Campus+Westum&from=2026-05-01&to=2026-06-30&hasFreeSeats=true");
    expect(courseFiltersFromParams(params)).toEqual(filters);
  });

  it("ignores what it does not understand and keeps other parameters", () => {
    expect(courseFiltersFromParams(new URLSearchParams("from=tomorrow&hasFreeSeats=maybe&context=channel&view=mine"))).toEqual({});
    expect(hasAnyCourseFilter({})).toBe(false);
    expect(courseFiltersToParams({ subRegion: ["skaraborg"] }, new URLSearchParams("context=channel")).toString()).toBe("context=channel&subRegion=skaraborg");
  });

  it("compares filters by value", () => {
    expect(sameCourseFilters({ area: ["it"], format: ["online"] }, { format: ["online"], area: ["it"] })).toBe(true);
    expect(sameCourseFilters({ area: ["it"] }, { area: ["it"], hasFreeSeats: true })).toBe(false);
  });
});
