// Member search over an in-memory snapshot of the directory: free text, filters, facet counts
// and paging. Pure: no I/O. Members are kept in Swedish name order, and every filter value,
// facet value and text match is a bit set over those positions, so a search of 10,000 members
// costs microseconds and its results come out already in name order. What a filter combination
// selects (its hits and facet counts) is kept for the snapshot's lifetime in a bounded cache, so
// paging, and the same search from many people, pays only for the page; the answer can be written
// as JSON text from parts serialised once (searchJson), the same bytes JSON.stringify would give.
import {
  CONTACT_ROLES,
  CONTACTS_ON_CARD,
  EDUCATION_AREAS,
  FACET_NAMES,
  SUB_REGIONS,
  type Contact,
  type FacetName,
  type FacetValue,
  type MemberDetail,
  type MemberFilters,
  type MemberSearchResult,
  type MemberSummary,
} from "../contract/index.js";
import { andInto, andNot, count, countAnd, emptyBits, forEachBit, fullBits, orInto, setBit, type Bits } from "./bitset.js";
import { BoundedCache } from "./boundedCache.js";
import { compareSwedish, normalizeText, queryTokens } from "./normalize.js";
import { TextIndex } from "./textIndex.js";

const label = (list: readonly { id: string; sv: string; en: string }[], id: string) => {
  const entry = list.find((e) => e.id === id);
  return entry ? `${entry.sv} ${entry.en}` : id;
};

/** Everything a person might type to find a member: names, places, areas, systems, contacts. */
export function searchableText(m: MemberDetail): string {
  return normalizeText(
    [
      m.name,
      ...m.municipalities,
      ...m.subRegions.map((r) => label(SUB_REGIONS, r)),
      ...m.areas.map((a) => label(EDUCATION_AREAS, a)),
      ...m.systems,
      ...m.projects,
      ...m.contacts.flatMap((c) => [c.name, label(CONTACT_ROLES, c.role)]),
    ].join(" "),
  );
}

function facetValuesOf(m: MemberDetail): Record<FacetName, readonly string[]> {
  return {
    subRegion: m.subRegions,
    municipality: m.municipalities,
    area: m.areas,
    system: m.systems,
    role: [...new Set(m.contacts.map((c) => c.role))],
    techNetwork: [String(m.techNetwork)],
  };
}

/** The contacts a result card shows: those with a role the search filters on first, then the rest. */
export function cardContacts(contacts: readonly Contact[], roles: readonly string[] = []): Contact[] {
  const wanted = contacts.filter((c) => roles.includes(c.role));
  return [...wanted, ...contacts.filter((c) => !roles.includes(c.role))].slice(0, CONTACTS_ON_CARD);
}

function toSummary(m: MemberDetail, roles: readonly string[]): MemberSummary {
  const { description: _d, address: _a, website: _w, projects: _p, contacts, ...profile } = m;
  return { ...profile, contacts: cardContacts(contacts, roles), contactCount: contacts.length };
}

function selectedValues(filters: MemberFilters, facet: FacetName): readonly string[] {
  if (facet === "techNetwork") return filters.techNetwork === undefined ? [] : [String(filters.techNetwork)];
  return filters[facet] ?? [];
}

/** What one filter combination selects: shared by every page and every caller, so read-only. */
interface Match {
  total: number;
  /** The hits in answer order: members whose name matches the text first, each group in name order. */
  groups: readonly Bits[];
  facets: Readonly<Record<FacetName, readonly FacetValue[]>>;
  /** The facets as JSON text, for searchJson. */
  facetsJson: string;
}

/**
 * Filter combinations kept per snapshot. A match holds two bit sets (1.25 KB each for 10,000
 * members) and its facets (about 4 KB of JSON), so the cache stays within a few megabytes.
 */
export const MATCH_CACHE_SIZE = 500;

export class MemberIndex {
  private readonly members: MemberDetail[];
  /** Each member's summary for a search without a role filter, made once. */
  private readonly summaries: MemberSummary[];
  private readonly byId: Map<string, MemberDetail>;
  private readonly text: TextIndex;
  private readonly names: TextIndex;
  /** Each such summary as JSON, made when first written. */
  private readonly summaryJson: (string | undefined)[];
  /** For each facet, the members having each value. */
  private readonly facets: Record<FacetName, Map<string, Bits>>;
  private readonly matches: BoundedCache<string, Match>;

  private constructor(members: MemberDetail[], matchCacheSize: number) {
    this.members = members;
    this.summaries = members.map((m) => toSummary(m, []));
    this.summaryJson = new Array<string | undefined>(members.length);
    this.matches = new BoundedCache(matchCacheSize);
    this.byId = new Map(members.map((m) => [m.id, m]));
    this.text = new TextIndex(members.map(searchableText));
    this.names = new TextIndex(members.map((m) => normalizeText(m.name)));
    this.facets = Object.fromEntries(FACET_NAMES.map((f) => [f, new Map<string, Bits>()])) as MemberIndex["facets"];
    members.forEach((m, i) => {
      const values = facetValuesOf(m);
      for (const facet of FACET_NAMES) {
        for (const value of values[facet]) {
          let bits = this.facets[facet].get(value);
          if (!bits) this.facets[facet].set(value, (bits = emptyBits(members.length)));
          setBit(bits, i);
        }
      }
    });
  }

  /** `matchCacheSize` 0 computes every search afresh (the tests' reference). */
  static build(members: readonly MemberDetail[], { matchCacheSize = MATCH_CACHE_SIZE } = {}): MemberIndex {
    return new MemberIndex([...members].sort((a, b) => compareSwedish(a.name, b.name)), matchCacheSize);
  }

  get size(): number {
    return this.members.length;
  }

  get(id: string): MemberDetail | undefined {
    return this.byId.get(id);
  }

  /** Every member, by name (the needs inventory counts them all). */
  all(): readonly MemberDetail[] {
    return this.members;
  }

  /** The member whose contact has this email (case-insensitive), if the directory knows one (the first by name). */
  memberOfEmail(email: string): string | undefined {
    return this.membersOfEmail(email)[0]?.id;
  }

  /** Every member whose contacts include this email (case-insensitive), by name. */
  membersOfEmail(email: string): MemberDetail[] {
    const wanted = email.trim().toLowerCase();
    if (!wanted) return [];
    return this.members.filter((m) => m.contacts.some((c) => c.email.trim().toLowerCase() === wanted));
  }

  search(filters: MemberFilters, page: number, pageSize: number): MemberSearchResult {
    const { total, facets, groups } = this.match(filters);
    const roles = filters.role ?? [];
    const items = this.page(groups, page, pageSize).map((i) => (roles.length > 0 ? toSummary(this.members[i]!, roles) : this.summaries[i]!));
    return { total, page, pageSize, items, facets: facets as MemberSearchResult["facets"] };
  }

  /** search()'s answer as JSON text, byte for byte what JSON.stringify(search(...)) gives, written from cached parts. */
  searchJson(filters: MemberFilters, page: number, pageSize: number): string {
    const { total, facetsJson, groups } = this.match(filters);
    const roles = filters.role ?? [];
    const items = this.page(groups, page, pageSize).map((i) =>
      roles.length > 0 ? JSON.stringify(toSummary(this.members[i]!, roles)) : (this.summaryJson[i] ??= JSON.stringify(this.summaries[i])),
    );
    return `{"total":${total},"page":${JSON.stringify(page)},"pageSize":${JSON.stringify(pageSize)},"items":[${items.join(",")}],"facets":${facetsJson}}`;
  }

  /** The filter combination's match, from the cache when this snapshot has computed it before. */
  private match(filters: MemberFilters): Match {
    const tokens = queryTokens(filters.q ?? "");
    // The text counts only through its tokens; filter values keep their order (it can decide ties).
    const key = JSON.stringify([tokens, ...FACET_NAMES.map((facet) => selectedValues(filters, facet))]);
    return this.matches.getOrAdd(key, () => this.computeMatch(tokens, filters));
  }

  /**
   * Facet counts are "disjunctive": a facet's counts are taken with every filter applied
   * except that facet's own, so choosing Skaraborg still shows how many members the other
   * sub-regions have. Members whose name matches the text come first, each group in name order.
   */
  private computeMatch(tokens: readonly string[], filters: MemberFilters): Match {
    const size = this.members.length;
    const textHits = tokens.length > 0 ? this.text.matchAll(tokens) : fullBits(size);
    const facetFilters = new Map<FacetName, Bits>();
    for (const facet of FACET_NAMES) {
      const selected = selectedValues(filters, facet);
      if (selected.length === 0) continue;
      const union = emptyBits(size);
      for (const value of selected) {
        const bits = this.facets[facet].get(value);
        if (bits) orInto(union, bits);
      }
      facetFilters.set(facet, union);
    }
    const withFiltersExcept = (except?: FacetName) => {
      const bits = Uint32Array.from(textHits);
      for (const [facet, filter] of facetFilters) if (facet !== except) andInto(bits, filter);
      return bits;
    };

    const hits = withFiltersExcept();
    const facets = {} as Record<FacetName, FacetValue[]>;
    for (const facet of FACET_NAMES) {
      const base = facetFilters.has(facet) ? withFiltersExcept(facet) : hits;
      const selected = selectedValues(filters, facet);
      const values: FacetValue[] = [];
      for (const [value, bits] of this.facets[facet]) {
        const n = countAnd(bits, base);
        if (n > 0 || selected.includes(value)) values.push({ value, count: n });
      }
      for (const value of selected) if (!this.facets[facet].has(value)) values.push({ value, count: 0 });
      facets[facet] = values.sort((a, b) => b.count - a.count || compareSwedish(a.value, b.value));
    }
    const groups = tokens.length > 0 ? this.nameFirst(hits, tokens) : [hits];
    return { total: count(hits), groups, facets: deepFreeze(facets), facetsJson: JSON.stringify(facets) };
  }

  private nameFirst(hits: Bits, tokens: readonly string[]): Bits[] {
    const byName = andInto(this.names.matchAll(tokens), hits);
    return [byName, andNot(hits, byName)];
  }

  /** The positions of one page of hits. */
  private page(groups: readonly Bits[], page: number, pageSize: number): number[] {
    const positions: number[] = [];
    let skip = (page - 1) * pageSize;
    for (const group of groups) {
      forEachBit(group, (i) => {
        if (skip > 0) skip--;
        else positions.push(i);
        return positions.length < pageSize;
      });
      if (positions.length >= pageSize) break;
    }
    return positions;
  }
}

/** Freezes the cached facets, so that a caller changing an answer cannot change the next one. */
function deepFreeze<T extends object>(facets: T): T {
  for (const values of Object.values(facets) as FacetValue[][]) {
    for (const value of values) Object.freeze(value);
    Object.freeze(values);
  }
  return Object.freeze(facets);
}
