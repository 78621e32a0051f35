import { describe, expect, it } from "vitest";
import { compileMessage } from "@lingui/message-utils/compileMessage";
import sv from "./catalogues/sv.json";
import en from "./catalogues/en.json";
import { loadCatalogue, loadFeatureMessages, translatorFor } from "./messages";

type Catalogue = Record<string, string>;
/** Every feature's catalogues (catalogues/<feature>/<locale>.json), by feature. */
const features = new Map<string, { sv: Catalogue; en: Catalogue }>();
for (const [path, catalogue] of Object.entries(import.meta.glob<Catalogue>("./catalogues/*/*.json", { eager: true, import: "default" }))) {
  const [, feature, locale] = /\/catalogues\/([^/]+)\/(sv|en)\.json$/.exec(path)!;
  features.set(feature!, { ...(features.get(feature!) ?? ({} as { sv: Catalogue; en: Catalogue })), [locale!]: catalogue });
}

describe("message catalogues", () => {
  it("have the same keys in Swedish and English", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(sv).sort());
    expect(features.size).toBeGreaterThan(5);
    for (const [feature, { sv: featureSv, en: featureEn }] of features) expect(Object.keys(featureEn).sort(), feature).toEqual(Object.keys(featureSv).sort());
  });

  it("keep a feature's keys apart from the core's and from other features'", () => {
    const owner = new Map(Object.keys(sv).map((id) => [id, "core"]));
    for (const [feature, catalogues] of features) {
      for (const id of Object.keys(catalogues.sv)) {
        expect(owner.get(id), `${feature}: ${id}`).toBeUndefined();
        owner.set(id, feature);
      }
    }
  });

  it("are valid ICU MessageFormat", () => {
    const all = [sv, en, ...[...features.values()].flatMap((f) => [f.sv, f.en])];
    for (const [id, message] of all.flatMap((catalogue) => Object.entries(catalogue))) {
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
