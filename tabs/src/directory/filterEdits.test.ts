import { describe, expect, it } from "vitest";
import { removeValue, sameFilters, toggleValue, withTechNetwork, withText } from "./filterEdits";

describe("filter edits", () => {
  it("toggles a value on and off, dropping an emptied filter", () => {
    const on = toggleValue({}, "area", "it");
    expect(on).toEqual({ area: ["it"] });
    expect(toggleValue(on, "area", "it")).toEqual({});
  });

  it("removes one value and keeps the others", () => {
    expect(removeValue({ subRegion: ["fyrbodal", "halland"] }, "subRegion", "halland")).toEqual({ subRegion: ["fyrbodal"] });
  });

  it("sets and clears tech network only and the free text", () => {
    expect(withTechNetwork({ q: "x" }, true)).toEqual({ q: "x", techNetwork: true });
    expect(withTechNetwork({ techNetwork: true }, false)).toEqual({});
    expect(withText({ area: ["it"] }, "  ")).toEqual({ area: ["it"] });
  });

  it("compares filter sets whatever the order of their values", () => {
    expect(sameFilters({ area: ["it", "sfi"] }, { area: ["sfi", "it"] })).toBe(true);
    expect(sameFilters({ area: ["it"] }, { area: ["it"], techNetwork: true })).toBe(false);
  });
});
