// How one SharePoint list's items become validated domain values. A mapping names the columns
// it reads (the delta asks for exactly these) and validates with zod; a failure carries a
// reason a coordinator can act on, and the sync reports it with the list and item id.
import type { z } from "zod";
import type { ListKey } from "../listDefinition.js";
import { describeIssue, type FieldIssue } from "./rejection.js";

/** A failure's reason is English (logs); its issues say per field what is wrong in sv and en. */
export type MapResult<T> = { ok: true; value: T } | { ok: false; reason: string; issues?: FieldIssue[] };

export interface ListMapping<T = unknown> {
  list: ListKey;
  /** The list's display name on the site (see infra/sharepoint/lists.ts). */
  displayName: string;
  /** Columns the mapping reads; Title is SharePoint's built-in column. */
  fields: string[];
  map(fields: Record<string, unknown>): MapResult<T>;
}

export function validated<T>(schema: z.ZodType<T>, value: unknown): MapResult<T> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issues = parsed.error.issues.map((i) => ({ field: i.path.join(".") || "row", ...describeIssue(i, value) }));
  return { ok: false, reason: parsed.error.issues.map((i) => `${i.path.join(".") || "row"}: ${i.message}`).join("; "), issues };
}

/** A choice label as coordinators see it ("Sjuhärad (Boråsregionen)") or the stable id ("sjuharad") -> the id. */
export function choiceId(list: readonly { id: string; sv: string; en: string }[], value: unknown): unknown {
  if (typeof value !== "string") return value;
  const found = list.find((e) => e.id === value || e.sv === value || e.en === value);
  return found ? found.id : value;
}

export const choiceIds = (list: readonly { id: string; sv: string; en: string }[], value: unknown): unknown =>
  Array.isArray(value) ? value.map((v) => choiceId(list, v)) : value === undefined ? [] : value;

/**
 * A column that became multi-choice: rows written while it was a single choice (or a site whose
 * column is not yet changed) give one text, a multi-choice column an array.
 */
export const oneOrMany = (value: unknown): unknown => (typeof value === "string" ? [value] : value);

/** Multi-choice values come as arrays; an absent one means none. */
export const strings = (value: unknown): unknown => (value === undefined || value === null ? [] : value);

/** SharePoint leaves empty columns out; an empty string means nothing too. */
export const optional = (value: unknown): unknown => (value === null || value === "" ? undefined : value);

/** A lookup arrives as <Column>LookupId, an item id as text or number. */
export const lookupId = (fields: Record<string, unknown>, column: string): string | undefined => {
  const value = fields[`${column}LookupId`];
  return value === undefined || value === null || value === "" ? undefined : String(value);
};
