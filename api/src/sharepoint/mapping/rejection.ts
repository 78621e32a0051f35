// Why a list row was rejected, as a coordinator can act on it: the SharePoint column at fault
// and what is wrong with it in Swedish and English. zod's issues name the domain field
// (subRegion); the column (SubRegion) is found by the rules in columnOf below.
import type * as z from "zod";
import { CONTACT_ROLES, COURSE_FORMATS, COURSE_STATUSES, EDUCATION_AREAS, SUB_REGIONS, type SyncRejectedRow } from "../../contract/index.js";
import type { ListKey } from "../listDefinition.js";
import { columnLabel, listLabel } from "../listNames.js";

/** One field that did not validate: its domain path and what is wrong. */
export interface FieldIssue {
  field: string;
  /** The column at fault when the rules of columnOf do not find it; null: none of this list (the text says where). */
  column?: string | null;
  sv: string;
  en: string;
}

/** A rejected row's explanation: `reason` (English) for logs, column and problem for people. */
export type Rejection = Pick<SyncRejectedRow, "reason" | "column" | "problem">;

/** Domain fields whose column has another name (the others: see columnOf). */
const RENAMED: Record<string, Record<string, string> | undefined> = {
  members: { name: "Title", subRegions: "SubRegion", areas: "EducationAreas", systems: "DigitalSystems" },
  contacts: { name: "Title" },
  projects: { name: "Title" },
  courses: { title: "Title", areas: "EducationAreas" },
  receivingSites: { room: "Title" },
  registrations: { name: "Title", email: "PersonEmail" },
  // A fika series (fikaProjection.ts) reads its rule from Recurrence and its first date and time from Start.
  events: { title: "Title", type: "EventType", rrule: "Recurrence", firstDate: "Start", time: "Start" },
};

/**
 * The column a domain field is read from: a renamed one above; else the column of the same name;
 * else for `<x>ItemId` the lookup column X (read as XLookupId); else for `id` the list's key
 * column (the one ending in Key). Undefined when none fits (the field's name is shown instead).
 */
export function columnOf(list: ListKey, columns: readonly string[], field: string): string | undefined {
  const top = field.split(".")[0]!;
  const renamed = RENAMED[list]?.[top];
  if (renamed) return renamed;
  const same = columns.find((c) => c.toLowerCase() === top.toLowerCase());
  if (same) return same;
  const lookup = /^(.+)ItemId$/.exec(top);
  if (lookup) return columns.find((c) => c.toLowerCase() === `${lookup[1]}LookupId`.toLowerCase())?.replace(/LookupId$/, "");
  if (top === "id") return columns.find((c) => c.endsWith("Key"));
  return undefined;
}

/** A zod issue in words a coordinator understands, Swedish and English. */
export function describeIssue(issue: z.core.$ZodIssue, input: unknown): Omit<FieldIssue, "field"> {
  const value = issue.path.reduce<unknown>((v, key) => (v && typeof v === "object" ? (v as Record<PropertyKey, unknown>)[key] : undefined), input);
  const missing = { sv: "Värdet saknas.", en: "The value is missing." };
  switch (issue.code) {
    case "invalid_type":
      if (value === undefined || value === null) return missing;
      return { sv: `Fel sorts värde: väntade ${KIND_SV[issue.expected] ?? issue.expected}.`, en: `Wrong kind of value: expected ${KIND_EN[issue.expected] ?? issue.expected}.` };
    case "too_small": {
      const min = Number(issue.minimum);
      if (issue.origin === "string") return min <= 1 ? missing : { sv: `Minst ${min} tecken.`, en: `At least ${min} characters.` };
      if (issue.origin === "array" || issue.origin === "set") return { sv: `Välj minst ${min}.`, en: `Choose at least ${min}.` };
      return { sv: `Minst ${min}.`, en: `At least ${min}.` };
    }
    case "too_big": {
      const max = Number(issue.maximum);
      if (issue.origin === "string") return { sv: `Högst ${max} tecken.`, en: `At most ${max} characters.` };
      if (issue.origin === "array" || issue.origin === "set") return { sv: `Välj högst ${max}.`, en: `Choose at most ${max}.` };
      return { sv: `Högst ${max}.`, en: `At most ${max}.` };
    }
    case "invalid_value": {
      const allowed = issue.values.map(choiceLabel).join(", ");
      return { sv: `"${String(value)}" är inte ett av de tillåtna värdena (${allowed}).`, en: `"${String(value)}" is not one of the allowed values (${allowed}).` };
    }
    case "invalid_format":
      if (issue.format === "email") return { sv: "Inte en giltig e-postadress.", en: "Not a valid e-mail address." };
      if (issue.format === "url") return { sv: "Inte en giltig webbadress.", en: "Not a valid web address." };
      if (issue.format === "datetime" || issue.format === "date") return { sv: "Inte ett giltigt datum.", en: "Not a valid date." };
      // A pattern's message is the schema's own (English): said as such in Swedish.
      return { sv: `Fel format (${issue.message}).`, en: `Wrong format (${issue.message}).` };
    default:
      return { sv: `Ogiltigt värde (${issue.message}).`, en: `Invalid value (${issue.message}).` };
  }
}

/** The lists offer a choice by its Swedish label (infra/sharepoint/lists.ts); zod names its id. */
const CHOICES: readonly { id: string; sv: string }[] = [...SUB_REGIONS, ...EDUCATION_AREAS, ...CONTACT_ROLES, ...COURSE_FORMATS, ...COURSE_STATUSES];
const choiceLabel = (value: unknown) => CHOICES.find((c) => c.id === value)?.sv ?? String(value);

const KIND_SV: Record<string, string> = { string: "text", number: "ett tal", boolean: "ja eller nej", array: "en lista av val", object: "ett objekt", date: "ett datum" };
const KIND_EN: Record<string, string> = { string: "text", number: "a number", boolean: "yes or no", array: "a list of choices", object: "an object", date: "a date" };

/** The rejection of a row whose fields did not validate, with the columns at fault (named as on the site when several). */
export function rejectionOf(list: ListKey, columns: readonly string[], reason: string, issues: readonly FieldIssue[] | undefined): Rejection {
  if (!issues || issues.length === 0) return { reason };
  const named = issues.map((i) => ({ ...i, column: i.column === null ? undefined : (i.column ?? columnOf(list, columns, i.field) ?? i.field) }));
  const column = [...new Set(named.flatMap((i) => (i.column ? [i.column] : [])))].join(", ");
  const one = named.length === 1;
  const text = (i: (typeof named)[number], lang: "sv" | "en") => (one || !i.column ? i[lang] : `${columnLabel(list, i.column)[lang]}: ${i[lang]}`);
  return {
    reason,
    ...(column ? { column } : {}),
    problem: { sv: named.map((i) => text(i, "sv")).join(" "), en: named.map((i) => text(i, "en")).join(" ") },
  };
}

/** A row a zod schema refused: every issue, our own refinements' sv and en (their params), zod's described. */
export function schemaRejection(list: ListKey, columns: readonly string[], issues: readonly z.core.$ZodIssue[], input: unknown): Rejection {
  const where = (issue: z.core.$ZodIssue) => issue.path.join(".") || "row";
  const fieldIssues = issues.map((issue) => ({ field: where(issue), ...bilingual(issue, input) }));
  return rejectionOf(list, columns, issues.map((i) => `${where(i)}: ${i.message}`).join("; "), fieldIssues);
}

/** Our own refinements carry their sv and en in params; zod's built-in issues are described. */
function bilingual(issue: z.core.$ZodIssue, input: unknown): { sv: string; en: string } {
  const params = (issue as { params?: { sv?: unknown; en?: unknown } }).params;
  return typeof params?.sv === "string" && typeof params.en === "string" ? asSentence({ sv: params.sv, en: params.en }) : describeIssue(issue, input);
}

/** The domain's texts are phrases ("slutet måste komma efter starten"); a rejection says sentences. */
export function asSentence(text: { sv: string; en: string }): { sv: string; en: string } {
  const sentence = (t: string) => `${t.charAt(0).toUpperCase()}${t.slice(1)}${/[.!?]$/.test(t) ? "" : "."}`;
  return { sv: sentence(text.sv), en: sentence(text.en) };
}

/** Adds what happens to the row meanwhile (or what to do) after what is wrong. */
export function withNote(rejection: Rejection, note: { sv: string; en: string }): Rejection {
  const problem = rejection.problem ?? { sv: "", en: "" };
  return { ...rejection, problem: { sv: `${problem.sv} ${note.sv}`.trim(), en: `${problem.en} ${note.en}`.trim() } };
}

/** A key column's value that an earlier row (by item id) has already: the later row is rejected. */
export function keyUsedTwice(list: ListKey, column: string, key: string, firstItemId: string, own: { sv: string; en: string }): Required<Omit<Rejection, "reason">> {
  const label = columnLabel(list, column);
  return {
    column,
    problem: {
      sv: `${label.sv} "${key}" används redan av rad ${firstItemId}. Ge ${own.sv} ett eget id.`,
      en: `${label.en} "${key}" is already used by item ${firstItemId}. Give ${own.en} an id of its own.`,
    },
  };
}

/** A lookup column pointing at a row of another list that is missing or was itself rejected. */
export function brokenLookup(list: ListKey, column: string, target: ListKey, targetItemId: string, valid: { sv: string; en: string }): Required<Omit<Rejection, "reason">> {
  const { sv } = listLabel(target);
  return {
    column,
    problem: {
      sv: `Kopplingen ${columnLabel(list, column).sv} pekar på rad ${targetItemId} i ${sv}, som inte är ${valid.sv}. Rätta rad ${targetItemId} i ${sv} eller välj en annan.`,
      en: `The ${columnLabel(list, column).en} lookup points to item ${targetItemId} in ${sv}, which is not ${valid.en}. Correct item ${targetItemId} there or choose another.`,
    },
  };
}
