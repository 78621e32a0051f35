import { describe, expect, it } from "vitest";
import { memberItems } from "./directoryItems.js";

const row = (subRegion: unknown) => ({
  Title: "Lärcentrum Kungsbacka",
  MemberKey: "larcentrum-kungsbacka",
  SubRegion: subRegion,
  Municipalities: ["Kungsbacka"],
  "Municipalities@odata.type": "Collection(Edm.String)",
  TechNetwork: false,
});

describe("the Medlemmar list's SubRegion column", () => {
  it("reads several sub-regions from a multi-choice value, labels or ids", () => {
    expect(memberItems.map(row(["Halland", "goteborgsregionen"]))).toMatchObject({ ok: true, value: { subRegions: ["halland", "goteborgsregionen"] } });
  });

  it("still reads a row written while the column held one choice", () => {
    expect(memberItems.map(row("Sjuhärad (Boråsregionen)"))).toMatchObject({ ok: true, value: { subRegions: ["sjuharad"] } });
  });

  it("refuses no sub-region, an unknown one, and the same one twice, saying which", () => {
    for (const value of [undefined, [], ["Halland", "Atlantis"], ["Halland", "Halland"]]) {
      const mapped = memberItems.map(row(value));
      expect(mapped.ok, JSON.stringify(value)).toBe(false);
      if (!mapped.ok) expect(mapped.reason).toMatch(/^subRegions/);
    }
  });
});
