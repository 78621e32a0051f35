import { describe, expect, it } from "vitest";
import { memberSchema } from "../domain/directorySchema.js";
import { sampleDirectory } from "./directory.js";
import { MUNICIPALITIES } from "./geography.js";

describe("sample directory", () => {
  const members = sampleDirectory();

  it("has the association's 41 members covering 46 municipalities", () => {
    expect(members).toHaveLength(41);
    expect(new Set(members.flatMap((m) => m.municipalities)).size).toBe(46);
  });

  it("covers every municipality of Fyrbodal, Skaraborg and Sjuhärad", () => {
    const covered = new Set(members.flatMap((m) => m.municipalities));
    for (const region of ["fyrbodal", "skaraborg", "sjuharad"] as const) {
      for (const municipality of MUNICIPALITIES[region]) expect(covered, municipality).toContain(municipality);
    }
  });

  it("puts every member's municipalities in its own sub-regions", () => {
    for (const m of members) for (const muni of m.municipalities) expect(m.subRegions.flatMap((r) => MUNICIPALITIES[r]), m.name).toContain(muni);
  });

  it("places the Kungsbacka member in both Halland and Göteborgsregionen", () => {
    const kungsbacka = members.find((m) => m.municipalities.includes("Kungsbacka"))!;
    expect(kungsbacka.subRegions).toEqual(["goteborgsregionen", "halland"]);
  });

  it("keeps the seven members named in the annual report and marks the rest as sample data", () => {
    const named = members.filter((m) => !m.sample).map((m) => m.name);
    expect(named).toEqual(
      expect.arrayContaining(["Uddevalla Vuxenutbildning", "Lärcenter Falköping", "Dacapo Mariestad", "Vuxenutbildningen i Borås Stad"]),
    );
    expect(named).toHaveLength(7);
    expect(members.filter((m) => m.sample)).toHaveLength(34);
  });

  it("is valid, with unique ids and fictional example.org contacts", () => {
    for (const m of members) expect(memberSchema.safeParse(m).success, m.name).toBe(true);
    expect(new Set(members.map((m) => m.id)).size).toBe(41);
    const emails = members.flatMap((m) => m.contacts.map((c) => c.email));
    expect(new Set(emails).size).toBe(emails.length);
    expect(emails.every((e) => e.endsWith("@example.org"))).toBe(true);
  });

  it("has tech-network members and is the same on every run", () => {
    const tech = members.filter((m) => m.techNetwork).length;
    expect(tech).toBeGreaterThanOrEqual(12);
    expect(tech).toBeLessThanOrEqual(20);
    expect(sampleDirectory()).toEqual(members);
  });
});
