import { describe, expect, it } from "vitest";
import { compileMessage } from "@lingui/message-utils/compileMessage";
import sv from "./catalogues/sv.json";
import en from "./catalogues/en.json";
import catalogueSv from "./catalogues/catalogue/sv.json";
import catalogueEn from "./catalogues/catalogue/en.json";
import { loadCatalogue, loadFeatureMessages, translatorFor } from "./messages";

describe("message catalogues", () => {
  it("have the same keys in Swedish and English", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(sv).sort());
    expect(Object.keys(catalogueEn).sort()).toEqual(Object.keys(catalogueSv).sort());
  });

  it("keep a feature's keys apart from the core's", () => {
    expect(Object.keys(catalogueSv).filter((id) => id in sv)).toEqual([]);
  });

  it("are valid ICU MessageFormat", () => {
    for (const [id, message] of [sv, en, catalogueSv, catalogueEn].flatMap((catalogue) => Object.entries(catalogue))) {
      expect(() => compileMessage(message), id).not.toThrow();
    }
  });

  it("pluralise counts", async () => {
    await loadCatalogue("en");
    const [svT, enT] = [translatorFor("sv"), translatorFor("en")];
    expect([0, 1, 12].map((count) => svT("results.count", { count }))).toEqual(["Inga medlemmar", "1 medlem", "12 medlemmar"]);
    expect([0, 1, 12].map((count) => enT("results.count", { count }))).toEqual(["No members", "1 member", "12 members"]);
  });

  it("adds a feature's messages in every loaded language", async () => {
    await loadCatalogue("en");
    await loadFeatureMessages("catalogue");
    expect(translatorFor("sv")("courses.count", { count: 2 })).toBe("2 kurser");
    expect(translatorFor("en")("courses.count", { count: 1 })).toBe("1 course");
  });
});
