// Member search over an in-memory snapshot of the directory: free text, filters, facet counts
// and paging. Pure: no I/O, so it is unit-tested directly and runs per keystroke in well under a
// millisecond per thousand members.
import {
  CONTACT_ROLES,
  EDUCATION_AREAS,
  FACET_NAMES,
  SUB_REGIONS,
  type FacetName,
  type FacetValue,
  type MemberDetail,
  type MemberFilters,
  type MemberSearchResult,
  type MemberSummary,
} from "../contract/index.js";
import { compareSwedish, matchesAllTokens, normalizeText, queryTokens } from "./normalize.js";

interface IndexedMember {
  detail: MemberDetail;
  summary: MemberSummary;
  /** Everything a person might type to find this member, normalised. */
  text: string;
  name: string;
  /** The member's values per facet, e.g. area: ["it", "sfi"]. */
  facetValues: Record<FacetName, readonly string[]>;
}

type FacetFilter = (values: readonly string[]) => boolean;

const label = (list: readonly { id: string; sv: string; en: string }[], id: string) => {
  const entry = list.find((e) => e.id === id);
  return entry ? `${entry.sv} ${entry.en}` : id;
};

function indexMember(detail: MemberDetail): IndexedMember {
  const { description: _description, address: _address, website: _website, projects: _projects, ...summary } = detail;
  const roles = [...new Set(detail.contacts.map((c) => c.role))];
  const searchable = [
    detail.name,
    ...detail.municipalities,
    label(SUB_REGIONS, detail.subRegion),
    ...detail.areas.map((a) => label(EDUCATION_AREAS, a)),
    ...detail.systems,
    ...detail.projects,
    ...detail.contacts.flatMap((c) => [c.name, label(CONTACT_ROLES, c.role)]),
  ];
  return {
    detail,
    summary,
    text: normalizeText(searchable.join(" ")),
    name: normalizeText(detail.name),
    facetValues: {
      subRegion: [detail.subRegion],
      municipality: detail.municipalities,
      area: detail.areas,
      system: detail.systems,
      role: roles,
      techNetwork: [String(detail.techNetwork)],
    },
  };
}

/** The filter of one facet, or undefined when the facet is not filtered. */
function facetFilter(filters: MemberFilters, facet: FacetName): FacetFilter | undefined {
  if (facet === "techNetwork") {
    if (filters.techNetwork === undefined) return undefined;
    const wanted = String(filters.techNetwork);
    return (values) => values.includes(wanted);
  }
  const selected = filters[facet];
  if (!selected || selected.length === 0) return undefined;
  const wanted = new Set(selected);
  return (values) => values.some((v) => wanted.has(v));
}

export class MemberIndex {
  private readonly members: IndexedMember[];
  private readonly byId: Map<string, IndexedMember>;

  private constructor(members: IndexedMember[]) {
    this.members = members;
    this.byId = new Map(members.map((m) => [m.detail.id, m]));
  }

  static build(members: readonly MemberDetail[]): MemberIndex {
    const indexed = members.map(indexMember);
    indexed.sort((a, b) => compareSwedish(a.detail.name, b.detail.name));
    return new MemberIndex(indexed);
  }

  get size(): number {
    return this.members.length;
  }

  get(id: string): MemberDetail | undefined {
    return this.byId.get(id)?.detail;
  }

  /**
   * Facet counts are "disjunctive": the counts of a facet are taken with every filter applied
   * except that facet's own, so choosing Skaraborg still shows how many members the other
   * sub-regions have. One pass: a member failing exactly one facet filter counts for that facet.
   */
  search(filters: MemberFilters, page: number, pageSize: number): MemberSearchResult {
    const tokens = queryTokens(filters.q ?? "");
    const active = FACET_NAMES.flatMap((facet) => {
      const test = facetFilter(filters, facet);
      return test ? [{ facet, test }] : [];
    });
    const counts = Object.fromEntries(FACET_NAMES.map((f) => [f, new Map<string, number>()])) as Record<
      FacetName,
      Map<string, number>
    >;
    const hits: IndexedMember[] = [];

    for (const member of this.members) {
      if (tokens.length > 0 && !matchesAllTokens(member.text, tokens)) continue;
      let failedFacet: FacetName | undefined;
      let failures = 0;
      for (const { facet, test } of active) {
        if (!test(member.facetValues[facet])) {
          failedFacet = facet;
          if (++failures > 1) break;
        }
      }
      if (failures > 1) continue;
      const facetsToCount = failures === 0 ? FACET_NAMES : [failedFacet!];
      for (const facet of facetsToCount) {
        const facetCounts = counts[facet];
        for (const value of member.facetValues[facet]) facetCounts.set(value, (facetCounts.get(value) ?? 0) + 1);
      }
      if (failures === 0) hits.push(member);
    }

    // Members whose own name matches come first; both groups keep the Swedish name order.
    const ranked =
      tokens.length === 0
        ? hits
        : [...hits.filter((m) => matchesAllTokens(m.name, tokens)), ...hits.filter((m) => !matchesAllTokens(m.name, tokens))];
    const start = (page - 1) * pageSize;
    return {
      total: ranked.length,
      page,
      pageSize,
      items: ranked.slice(start, start + pageSize).map((m) => m.summary),
      facets: Object.fromEntries(
        FACET_NAMES.map((facet) => [facet, facetList(counts[facet], selectedValues(filters, facet))]),
      ) as Record<FacetName, FacetValue[]>,
    };
  }
}

function selectedValues(filters: MemberFilters, facet: FacetName): readonly string[] {
  if (facet === "techNetwork") return filters.techNetwork === undefined ? [] : [String(filters.techNetwork)];
  return filters[facet] ?? [];
}

/** Values by count, most first; a selected value stays listed even at zero so it can be cleared. */
function facetList(counts: Map<string, number>, selected: readonly string[]): FacetValue[] {
  for (const value of selected) if (!counts.has(value)) counts.set(value, 0);
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || compareSwedish(a.value, b.value));
}
