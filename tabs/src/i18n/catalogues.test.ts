import { describe, expect, it } from "vitest";
import { compileMessage } from "@lingui/message-utils/compileMessage";
import sv from "./catalogues/sv.json";
import en from "./catalogues/en.json";
import { loadCatalogue, translatorFor } from "./messages";

describe("message catalogues", () => {
  it("have the same keys in Swedish and English", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(sv).sort());
  });

  it("are valid ICU MessageFormat", () => {
    for (const [id, message] of [...Object.entries(sv), ...Object.entries(en)]) {
      expect(() => compileMessage(message), id).not.toThrow();
    }
  });

  it("pluralise counts", async () => {
    await loadCatalogue("en");
    const [svT, enT] = [translatorFor("sv"), translatorFor("en")];
    expect([0, 1, 12].map((count) => svT("results.count", { count }))).toEqual(["Inga medlemmar", "1 medlem", "12 medlemmar"]);
    expect([0, 1, 12].map((count) => enT("results.count", { count }))).toEqual(["No members", "1 member", "12 members"]);
  });
});
