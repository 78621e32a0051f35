// The indexed search (bit sets, trigrams) must give exactly what the plain rule gives: every
// token in the member's text, every filter passed. fast-check tries random queries against a
// direct scan of the same texts.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CONTACT_ROLES, DIGITAL_SYSTEMS, EDUCATION_AREAS, type MemberDetail, type MemberFilters } from "../contract/index.js";
import { syntheticDirectory } from "../sample/syntheticDirectory.js";
import { MemberIndex, searchableText } from "./memberSearch.js";
import { compareSwedish, matchesAllTokens, normalizeText, queryTokens } from "./normalize.js";

const directory = syntheticDirectory(400, 3);
const index = MemberIndex.build(directory);

function reference(members: MemberDetail[], f: MemberFilters): string[] {
  const tokens = queryTokens(f.q ?? "");
  const any = (selected: string[] | undefined, values: string[]) => !selected?.length || values.some((v) => selected.includes(v));
  return members
    .filter((m) => tokens.length === 0 || matchesAllTokens(searchableText(m), tokens))
    .filter((m) => any(f.subRegion, m.subRegions) && any(f.area, m.areas) && any(f.system, m.systems))
    .filter((m) => f.techNetwork === undefined || m.techNetwork === f.techNetwork)
    .map((m) => m.id)
    .sort();
}

// Words from names, places, systems and people: text that the reference also indexes.
const words = [...new Set(directory.flatMap((m) => normalizeText(`${m.name} ${m.contacts[0]!.name}`).split(" ")))];
const token = fc.oneof(
  fc.constantFrom(...words),
  fc.constantFrom(...words).map((w) => w.slice(0, 2)),
  fc.constantFrom(...words).chain((w) => fc.integer({ min: 0, max: Math.max(0, w.length - 3) }).map((k) => w.slice(k, k + 3))),
);
const filters: fc.Arbitrary<MemberFilters> = fc.record(
  {
    q: fc.array(token, { maxLength: 2 }).map((t) => t.join(" ")),
    subRegion: fc.subarray(["fyrbodal", "skaraborg", "sjuharad", "goteborgsregionen", "halland"]),
    area: fc.subarray(EDUCATION_AREAS.map((a) => a.id), { maxLength: 2 }),
    system: fc.subarray([...DIGITAL_SYSTEMS], { maxLength: 2 }),
    techNetwork: fc.boolean(),
  },
  { requiredKeys: [] },
);

describe("indexed member search", () => {
  it("finds exactly the members a direct scan finds", () => {
    fc.assert(
      fc.property(filters, (f) => {
        const found = index.search(f, 1, 1000).items.map((m) => m.id).sort();
        expect(found).toEqual(reference(directory, f));
      }),
      { numRuns: 200 },
    );
    // Hundreds of searches: generous for a loaded CI machine (no timing is asserted).
  }, 30_000);

  it("counts each facet value as the number of members a search with it would find", () => {
    fc.assert(
      fc.property(filters, (f) => {
        const result = index.search(f, 1, 1);
        for (const { value, count } of result.facets.subRegion) {
          expect(index.search({ ...f, subRegion: [value] }, 1, 1).total).toBe(count);
        }
        for (const { value, count } of result.facets.area.slice(0, 3)) {
          expect(index.search({ ...f, area: [value] }, 1, 1).total).toBe(count);
        }
      }),
      { numRuns: 100 },
    );
  }, 30_000);

  it("keeps the Swedish name order within the results", () => {
    const names = index.search({ subRegion: ["halland"] }, 1, 1000).items.map((m) => m.name);
    expect(names).toEqual([...names].sort(compareSwedish));
  });

  it("answers the same from its filter-combination cache, and as JSON text, as a fresh computation", () => {
    // A few filter combinations, repeated in random order, through a cache small enough to evict.
    const anyFilters: fc.Arbitrary<MemberFilters> = fc.record(
      {
        subRegion: fc.array(fc.constantFrom("fyrbodal", "halland", "ingenstans"), { maxLength: 2 }),
        municipality: fc.array(fc.constantFrom(...new Set(directory.flatMap((m) => m.municipalities))), { maxLength: 2 }),
        area: fc.subarray(EDUCATION_AREAS.map((a) => a.id), { maxLength: 2 }),
        role: fc.subarray(CONTACT_ROLES.map((r) => r.id), { maxLength: 2 }),
        techNetwork: fc.boolean(),
      },
      { requiredKeys: [] },
    );
    const text = fc.array(token, { maxLength: 2 }).map((t) => t.join(" "));
    // Combinations that differ in one part only (the text, or the roles) as well as unrelated ones.
    const pools = fc
      .tuple(anyFilters, fc.array(text, { minLength: 1, maxLength: 3 }), fc.array(anyFilters.map((f) => f.role), { maxLength: 2 }), fc.array(anyFilters, { maxLength: 2 }))
      .map(([base, texts, roles, others]) => [...texts.map((q) => ({ ...base, q })), ...roles.map((role) => ({ ...base, role })), ...others]);
    const searches = pools
      .chain((pool) => fc.array(fc.tuple(fc.constantFrom(...pool), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 30 })), { maxLength: 25 }));
    const cached = MemberIndex.build(directory, { matchCacheSize: 3 });
    const fresh = MemberIndex.build(directory, { matchCacheSize: 0 });
    fc.assert(
      fc.property(searches, (sequence) => {
        for (const [f, page, pageSize] of sequence) {
          const expected = fresh.search(f, page, pageSize);
          expect(cached.search(f, page, pageSize)).toEqual(expected);
          expect(cached.searchJson(f, page, pageSize)).toBe(JSON.stringify(expected));
        }
      }),
      { numRuns: 60 },
    );
  }, 60_000);
});
