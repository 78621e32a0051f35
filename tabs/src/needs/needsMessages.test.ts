import { describe, expect, it } from "vitest";
import { compileMessage } from "@lingui/message-utils/compileMessage";
import sv from "../i18n/catalogues/needs/sv.json";
import en from "../i18n/catalogues/needs/en.json";
import core from "../i18n/catalogues/sv.json";
import { loadCatalogue, loadFeatureMessages, translatorFor } from "../i18n/messages";

describe("the needs inventory's messages", () => {
  it("have the same keys in Swedish and English, apart from the core's, and are valid ICU MessageFormat", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(sv).sort());
    expect(Object.keys(sv).filter((id) => id in core)).toEqual([]);
    for (const [id, message] of [...Object.entries(sv), ...Object.entries(en)]) expect(() => compileMessage(message), id).not.toThrow();
  });

  it("count people and members in each language", async () => {
    await loadCatalogue("en");
    await loadFeatureMessages("needs");
    expect(translatorFor("sv")("needs.results.reminded", { people: 1, members: 2 })).toBe("Påminnelsen skickades till 1 person hos 2 medlemmar.");
    expect(translatorFor("en")("needs.results.reminded", { people: 12, members: 1 })).toBe("The reminder went to 12 people at 1 member.");
    expect(translatorFor("sv")("needs.history.heading", { count: 1 })).toBe("Historik (1 ändring)");
  });
});
