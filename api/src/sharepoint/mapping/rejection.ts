// Why a list row was rejected, as a coordinator can act on it: the SharePoint column at fault
// and what is wrong with it in Swedish and English. zod's issues name the domain field
// (subRegion); the column (SubRegion) is found by the rules in columnOf below.
import type * as z from "zod";
import { CONTACT_ROLES, COURSE_FORMATS, COURSE_STATUSES, EDUCATION_AREAS, SUB_REGIONS, type SyncRejectedRow } from "../../contract/index.js";
import type { ListKey } from "../listDefinition.js";
import { columnLabel } from "../listNames.js";

/** One field that did not validate: its domain path and what is wrong. */
export interface FieldIssue {
  field: string;
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
  events: { title: "Title", type: "EventType" },
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
  const named = issues.map((i) => ({ ...i, column: columnOf(list, columns, i.field) ?? i.field }));
  const column = [...new Set(named.map((i) => i.column))].join(", ");
  const one = named.length === 1;
  return {
    reason,
    column,
    problem: {
      sv: named.map((i) => (one ? i.sv : `${columnLabel(list, i.column).sv}: ${i.sv}`)).join(" "),
      en: named.map((i) => (one ? i.en : `${columnLabel(list, i.column).en}: ${i.en}`)).join(" "),
    },
  };
}
