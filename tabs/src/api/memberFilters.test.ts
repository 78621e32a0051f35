import { describe, expect, it } from "vitest";
import { filtersFromParams, filtersToParams, hasAnyFilter } from "./memberFilters";

describe("member filters in query parameters", () => {
  it("repeats a parameter for several values and reads them back", () => {
    const filters = { q: "tanum", subRegion: ["fyrbodal", "skaraborg"], area: ["it"], techNetwork: true };
    const params = filtersToParams(filters);
    expect(params.toString()).toBe("q=tanum&subRegion=fyrbodal&subRegion=skaraborg&area=it&techNetwork=true");
    expect(filtersFromParams(params)).toEqual(filters);
  });

  it("leaves out empty values and ignores what it does not understand", () => {
    const filters = filtersFromParams(new URLSearchParams("q=%20&subRegion=&techNetwork=maybe&lang=en&context=channel"));
    expect(filters).toEqual({});
    expect(hasAnyFilter(filters)).toBe(false);
  });

  it("keeps other parameters of a URL it writes into", () => {
    const params = filtersToParams({ municipality: ["Borås"] }, new URLSearchParams("context=channel"));
    expect(params.toString()).toBe("context=channel&municipality=Bor%C3%A5s");
  });

  it("drops repeated values", () => {
    expect(filtersFromParams(new URLSearchParams("role=rektor&role=rektor"))).toEqual({ role: ["rektor"] });
  });
});
