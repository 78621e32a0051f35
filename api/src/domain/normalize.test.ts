import { describe, expect, it } from "vitest";
import { compareSwedish, matchesAllTokens, normalizeText, queryTokens } from "./normalize.js";

describe("Swedish normalisation", () => {
  it("folds case and the Swedish letters å, ä, ö", () => {
    expect(normalizeText("Lärcenter Falköping")).toBe("larcenter falkoping");
    expect(normalizeText("ÅMÅL")).toBe("amal");
    expect(normalizeText("Vårgårda")).toBe("vargarda");
  });

  it("folds other accents and letters people type without them", () => {
    expect(normalizeText("Café Øresund Æble")).toBe("cafe oresund aeble");
  });

  it("turns punctuation and runs of space into single spaces", () => {
    expect(normalizeText("  Dals-Ed,  Färgelanda! ")).toBe("dals ed fargelanda");
  });

  it("splits a query into distinct normalised tokens", () => {
    expect(queryTokens("Borås  borås BORAS")).toEqual(["boras"]);
    expect(queryTokens("   ")).toEqual([]);
  });

  it("finds a query typed without accents in text with them", () => {
    const text = normalizeText("Lärcenter Falköping Skaraborg");
    expect(matchesAllTokens(text, queryTokens("larcenter falkoping"))).toBe(true);
    expect(matchesAllTokens(text, queryTokens("lärcenter borås"))).toBe(false);
  });

  it("matches long tokens inside Swedish compounds but short ones only at a word's start", () => {
    const text = normalizeText("Vuxenutbildning Digital IT");
    expect(matchesAllTokens(text, ["utbildning"])).toBe(true);
    expect(matchesAllTokens(text, ["it"])).toBe(true);
    expect(matchesAllTokens(normalizeText("Digital"), ["it"])).toBe(false);
  });

  it("sorts Å, Ä and Ö after Z as Swedish does", () => {
    const names = ["Öckerö", "Ale", "Åmål", "Ärla", "Zeta"];
    expect([...names].sort(compareSwedish)).toEqual(["Ale", "Zeta", "Åmål", "Ärla", "Öckerö"]);
  });
});
