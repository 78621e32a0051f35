// A rejected row says which column is wrong and what is wrong with it, in Swedish and English.
import { describe, expect, it } from "vitest";
import { contactItems, memberItems } from "./directoryItems.js";
import { rejectionOf } from "./rejection.js";

const reject = (mapping: typeof memberItems | typeof contactItems, fields: Record<string, unknown>) => {
  const mapped = mapping.map(fields);
  if (mapped.ok) throw new Error("expected a rejection");
  return rejectionOf(mapping.list, mapping.fields, mapped.reason, mapped.issues);
};

const member = { Title: "Lärcentrum Väst", MemberKey: "lc-vast", SubRegion: ["Fyrbodal"], Municipalities: ["Uddevalla"], EducationAreas: [], DigitalSystems: [], Projects: [] };

describe("rejected rows for coordinators", () => {
  it("names the column a coordinator typed wrong, and the allowed values", () => {
    expect(reject(memberItems, { ...member, SubRegion: ["Atlantis"] })).toMatchObject({
      column: "SubRegion",
      // The choices as the list offers them (Swedish labels), not the app's ids.
      problem: { sv: expect.stringMatching(/^"Atlantis" är inte ett av de tillåtna värdena \(Fyrbodal, .*Sjuhärad \(Boråsregionen\), .*Halland\)\.$/), en: expect.stringMatching(/^"Atlantis" is not one of the allowed values \(Fyrbodal, /) },
    });
  });

  it("says a missing value is missing, in the key column for the id and Title for the name", () => {
    const { MemberKey: _key, Title: _title, ...without } = member;
    expect(reject(memberItems, without)).toMatchObject({
      column: "MemberKey, Title",
      problem: { sv: "Medlems-id: Värdet saknas. Rubrik: Värdet saknas.", en: "Member id: The value is missing. Title: The value is missing." },
    });
  });

  it("finds a lookup's column and explains a wrong format", () => {
    expect(reject(contactItems, { Title: "Eva", ContactKey: "eva", MemberLookupId: "x", Role: "Rektor", Email: "eva@example.org", TechNetwork: false })).toMatchObject({
      column: "Member",
      problem: { sv: "Fel format (a lookup to a member).", en: "Wrong format (a lookup to a member)." },
    });
    expect(reject(contactItems, { Title: "Eva", ContactKey: "eva", MemberLookupId: "3", Role: "Rektor", Email: "inte-en-adress", TechNetwork: false })).toMatchObject({
      column: "Email",
      problem: { sv: "Inte en giltig e-postadress.", en: "Not a valid e-mail address." },
    });
  });
});
