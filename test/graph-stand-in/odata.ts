// The slice of OData that SharePoint list items via Graph use: expand=fields(select=...),
// $filter on fields/<Name> with eq/ne/gt/ge/lt/le joined by "and", $top.
import type { Fields } from "./model.js";

/** Fields asked for by expand=fields(select=A,B); null: fields not expanded; "all": expanded without select. */
export function fieldsSelection(expand: string | null): string[] | "all" | null {
  if (!expand) return null;
  const match = /(?:^|,)\s*fields(?:\((.*)\))?\s*(?:,|$)/.exec(expand);
  if (!match) return null;
  const select = /(?:\$?select)=([^;)]*)/.exec(match[1] ?? "");
  return select ? select[1]!.split(",").map((s) => s.trim()).filter(Boolean) : "all";
}

export interface Comparison {
  field: string;
  op: "eq" | "ne" | "gt" | "ge" | "lt" | "le";
  value: string | number | boolean;
}

export class ODataError extends Error {}

export function parseFilter(filter: string): Comparison[] {
  return filter.split(/\s+and\s+/i).map((part) => {
    const m = /^\s*fields\/(\w+)\s+(eq|ne|gt|ge|lt|le)\s+(.+?)\s*$/i.exec(part);
    if (!m) throw new ODataError(`Unsupported filter clause: ${part}`);
    const raw = m[3]!;
    const value = /^'.*'$/.test(raw) ? raw.slice(1, -1).replace(/''/g, "'") : raw === "true" ? true : raw === "false" ? false : Number(raw);
    if (typeof value === "number" && Number.isNaN(value)) throw new ODataError(`Unsupported value: ${raw}`);
    return { field: m[1]!, op: m[2]!.toLowerCase() as Comparison["op"], value };
  });
}

export function matches(fields: Fields, clauses: Comparison[]): boolean {
  return clauses.every(({ field, op, value }) => {
    const actual = fields[field] as string | number | boolean | undefined;
    if (actual === undefined) return op === "ne";
    const a = typeof value === "number" ? Number(actual) : actual;
    switch (op) {
      case "eq": return a === value;
      case "ne": return a !== value;
      case "gt": return a > value;
      case "ge": return a >= value;
      case "lt": return a < value;
      case "le": return a <= value;
    }
  });
}
