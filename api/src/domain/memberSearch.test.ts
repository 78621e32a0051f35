import { describe, expect, it } from "vitest";
import type { Contact, MemberDetail } from "../contract/index.js";
import { MemberIndex } from "./memberSearch.js";

const contact = (memberId: string, role: Contact["role"], name = "Anna Andersson"): Contact => ({
  id: `${memberId}-${role}`,
  memberId,
  name,
  role,
  email: `${memberId}.${role}@example.org`,
  techNetwork: false,
});

const member = (id: string, name: string, overrides: Partial<MemberDetail> = {}): MemberDetail => ({
  id,
  name,
  subRegions: ["skaraborg"],
  municipalities: ["Skövde"],
  areas: ["sfi"],
  systems: ["Teams"],
  techNetwork: false,
  sample: true,
  projects: [],
  contacts: [contact(id, "rektor")],
  ...overrides,
});

const directory = MemberIndex.build([
  member("falkoping", "Lärcenter Falköping", { municipalities: ["Falköping"], areas: ["sfi", "it"], techNetwork: true }),
  member("boras", "Vuxenutbildningen i Borås Stad", { subRegions: ["sjuharad"], municipalities: ["Borås"], areas: ["vard-omsorg"], systems: ["Teams", "Canvas"] }),
  member("uddevalla", "Uddevalla Vuxenutbildning", { subRegions: ["fyrbodal"], municipalities: ["Uddevalla"], areas: ["it"], contacts: [contact("uddevalla", "it-tekniker", "Örjan Öberg")] }),
  member("amal", "Lärcentrum Åmål", { subRegions: ["fyrbodal"], municipalities: ["Åmål"], areas: ["handel"], techNetwork: true }),
  member("kvv", "Kunskapsförbundet Väst", { subRegions: ["fyrbodal"], municipalities: ["Trollhättan", "Vänersborg"], areas: ["it", "el"] }),
]);

const facet = (result: ReturnType<MemberIndex["search"]>, name: keyof typeof result.facets) =>
  Object.fromEntries(result.facets[name].map((f) => [f.value, f.count]));

describe("member search", () => {
  it("lists everyone in Swedish name order when nothing is asked", () => {
    const result = directory.search({}, 1, 20);
    expect(result.total).toBe(5);
    expect(result.items.map((m) => m.name)).toEqual([
      "Kunskapsförbundet Väst",
      "Lärcenter Falköping",
      "Lärcentrum Åmål",
      "Uddevalla Vuxenutbildning",
      "Vuxenutbildningen i Borås Stad",
    ]);
  });

  it("finds a member typed without accents and in any case", () => {
    expect(directory.search({ q: "larcenter falkoping" }, 1, 20).items.map((m) => m.id)).toEqual(["falkoping"]);
    expect(directory.search({ q: "AMAL" }, 1, 20).items.map((m) => m.id)).toEqual(["amal"]);
  });

  it("finds members by municipality, contact person and area label", () => {
    expect(directory.search({ q: "vanersborg" }, 1, 20).items.map((m) => m.id)).toEqual(["kvv"]);
    expect(directory.search({ q: "orjan" }, 1, 20).items.map((m) => m.id)).toEqual(["uddevalla"]);
    expect(directory.search({ q: "vård och omsorg" }, 1, 20).items.map((m) => m.id)).toEqual(["boras"]);
  });

  it("puts members whose name matches before those that match elsewhere", () => {
    const ids = directory.search({ q: "vuxenutbildning" }, 1, 20).items.map((m) => m.id);
    expect(ids.slice(0, 2).sort()).toEqual(["boras", "uddevalla"]);
  });

  it("combines values of one filter with OR and different filters with AND", () => {
    expect(directory.search({ subRegion: ["fyrbodal", "sjuharad"] }, 1, 20).total).toBe(4);
    expect(directory.search({ subRegion: ["fyrbodal"], area: ["it"] }, 1, 20).items.map((m) => m.id).sort()).toEqual(["kvv", "uddevalla"]);
    expect(directory.search({ techNetwork: true, subRegion: ["fyrbodal"] }, 1, 20).items.map((m) => m.id)).toEqual(["amal"]);
    expect(directory.search({ role: ["it-tekniker"] }, 1, 20).items.map((m) => m.id)).toEqual(["uddevalla"]);
    expect(directory.search({ system: ["Canvas"] }, 1, 20).items.map((m) => m.id)).toEqual(["boras"]);
  });

  it("counts each facet with every other filter applied, but not its own", () => {
    const result = directory.search({ subRegion: ["fyrbodal"], area: ["it"] }, 1, 20);
    // Sub-region counts: members with area IT, in any sub-region.
    expect(facet(result, "subRegion")).toEqual({ fyrbodal: 2, skaraborg: 1 });
    // Area counts: members in Fyrbodal, with any area.
    expect(facet(result, "area")).toEqual({ it: 2, el: 1, handel: 1 });
    // Other facets: the two members that pass both filters.
    expect(facet(result, "municipality")).toEqual({ Uddevalla: 1, Trollhättan: 1, Vänersborg: 1 });
    expect(facet(result, "techNetwork")).toEqual({ false: 2 });
  });

  it("keeps a selected value in its facet even when nothing matches it", () => {
    const result = directory.search({ q: "falkoping", subRegion: ["halland"] }, 1, 20);
    expect(result.total).toBe(0);
    expect(facet(result, "subRegion")).toEqual({ skaraborg: 1, halland: 0 });
  });

  it("orders facet values by count, then by name", () => {
    const values = directory.search({}, 1, 20).facets.subRegion.map((f) => f.value);
    expect(values).toEqual(["fyrbodal", "sjuharad", "skaraborg"]);
  });

  it("pages through the results", () => {
    const first = directory.search({}, 1, 2);
    const third = directory.search({}, 3, 2);
    expect(first.items.map((m) => m.id)).toEqual(["kvv", "falkoping"]);
    expect(third.items.map((m) => m.id)).toEqual(["boras"]);
    expect(third.total).toBe(5);
    expect(directory.search({}, 4, 2).items).toEqual([]);
  });

  it("sends the card's contacts only, those with a searched-for role first, and how many there are", () => {
    const roles: Contact["role"][] = ["rektor", "larare", "it-tekniker", "samordnare"];
    const big = MemberIndex.build([member("stor", "Stora Lärcentret", { contacts: roles.map((r) => contact("stor", r)) })]);
    const plain = big.search({}, 1, 10).items[0]!;
    expect(plain.contacts.map((c) => c.role)).toEqual(["rektor", "larare"]);
    expect(plain.contactCount).toBe(4);
    const technicians = big.search({ role: ["it-tekniker"] }, 1, 10).items[0]!;
    expect(technicians.contacts.map((c) => c.role)).toEqual(["it-tekniker", "rektor"]);
    expect(technicians.contactCount).toBe(4);
    expect(big.get("stor")?.contacts).toHaveLength(4);
  });

  it("finds a member of two sub-regions under either, and counts it once in each", () => {
    const index = MemberIndex.build([
      member("kungsbacka", "Lärcentrum Kungsbacka", { subRegions: ["halland", "goteborgsregionen"], municipalities: ["Kungsbacka"] }),
      member("varberg", "Lärcentrum Varberg", { subRegions: ["halland"], municipalities: ["Varberg"] }),
      member("ale", "Lärcentrum Ale", { subRegions: ["goteborgsregionen"], municipalities: ["Ale"] }),
    ]);
    const ids = (subRegion: string[]) => index.search({ subRegion }, 1, 20).items.map((m) => m.id);
    expect(ids(["halland"])).toEqual(["kungsbacka", "varberg"]);
    expect(ids(["goteborgsregionen"])).toEqual(["ale", "kungsbacka"]);
    // Both chosen: still one hit for the member, not two.
    expect(index.search({ subRegion: ["halland", "goteborgsregionen"] }, 1, 20).total).toBe(3);
    expect(facet(index.search({}, 1, 20), "subRegion")).toEqual({ goteborgsregionen: 2, halland: 2 });
    // With Halland chosen, the other values count the Halland members: Kungsbacka is in Göteborgsregionen too.
    expect(facet(index.search({ subRegion: ["halland"], municipality: ["Kungsbacka"] }, 1, 20), "subRegion")).toEqual({ goteborgsregionen: 1, halland: 1 });
    expect(index.search({ q: "göteborgsregionen" }, 1, 20).items.map((m) => m.id)).toEqual(["ale", "kungsbacka"]);
  });

  it("returns a member's detail with every contact, and nothing for an unknown id", () => {
    expect(directory.get("uddevalla")?.contacts.map((c) => c.name)).toEqual(["Örjan Öberg"]);
    expect(directory.get("nope")).toBeUndefined();
  });

  it("finds every member a contact's e-mail belongs to, by name, in any case and spacing", () => {
    const shared = { ...contact("x", "larare"), email: "Delad@Example.org " };
    const both = MemberIndex.build([member("ulricehamn", "Ulricehamns lärcenter", { contacts: [shared] }), member("alingsas", "Alingsås vuxenutbildning", { contacts: [shared] }), member("boras", "Borås")]);
    expect(both.membersOfEmail(" delad@example.ORG").map((m) => m.id)).toEqual(["alingsas", "ulricehamn"]);
    expect(both.memberOfEmail("delad@example.org")).toBe("alingsas");
    expect(both.membersOfEmail("")).toEqual([]);
    expect(both.memberOfEmail("ingen@example.org")).toBeUndefined();
  });
});
