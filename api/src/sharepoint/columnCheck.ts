// Whether a column on the site is the column its definition describes: the same type, and every
// setting the definition states has the stated value (settings it leaves out are the service's
// to choose). Choices the site has beyond the definition's are not a difference: coordinators
// may add choices, and the sync reports values it does not know.
import type { GraphColumn } from "./siteLists.js";

export interface ColumnDifference {
  /** "type", "indexed", "text.textType", "choice.choices", ... */
  property: string;
  actual: unknown;
  wanted: unknown;
}

const TYPE_FACETS = ["text", "choice", "boolean", "number", "dateTime", "lookup", "hyperlinkOrPicture", "personOrGroup", "currency", "calculated", "term"] as const;
const COLUMN_SETTINGS = ["required", "indexed", "enforceUniqueValues"] as const;

export const typeOf = (column: object): string => TYPE_FACETS.find((facet) => facet in column) ?? "unknown";

export function columnDifferences(wanted: GraphColumn, actual: GraphColumn): ColumnDifference[] {
  const type = typeOf(wanted);
  if (typeOf(actual) !== type) return [{ property: "type", actual: typeOf(actual), wanted: type }];
  const differences: ColumnDifference[] = [];
  for (const setting of COLUMN_SETTINGS) {
    if (wanted[setting] !== undefined && (actual[setting] ?? false) !== wanted[setting]) differences.push({ property: setting, actual: actual[setting] ?? false, wanted: wanted[setting] });
  }
  const wantedFacet = (wanted[type] ?? {}) as Record<string, unknown>;
  const actualFacet = (actual[type] ?? {}) as Record<string, unknown>;
  for (const [key, value] of Object.entries(wantedFacet)) {
    const property = `${type}.${key}`;
    if (key === "choices") {
      const have = (actualFacet.choices ?? []) as string[];
      const missing = (value as string[]).filter((choice) => !have.includes(choice));
      if (missing.length > 0) differences.push({ property, actual: have, wanted: value });
    } else if (JSON.stringify(actualFacet[key]) !== JSON.stringify(value)) {
      differences.push({ property, actual: actualFacet[key], wanted: value });
    }
  }
  return differences;
}

export function describeDifference(d: ColumnDifference): string {
  if (d.property === "choice.choices") {
    const missing = (d.wanted as string[]).filter((c) => !(d.actual as string[]).includes(c));
    return `lacks the choices ${missing.join(", ")}`;
  }
  return `${d.property} is ${JSON.stringify(d.actual) ?? "not set"}, the definition says ${JSON.stringify(d.wanted)}`;
}
