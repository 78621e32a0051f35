// What a valid project is, for every source (the Projekt list, the store, the sample data).
import * as z from "zod";
import { calendarDate } from "./timeSchemas.js";
import { singleLine } from "./textSchemas.js";

export const projectSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, "lower-case letters, digits and hyphens"),
    name: singleLine(100).min(1),
    funder: singleLine(100).min(1),
    start: calendarDate.optional(),
    end: calendarDate.optional(),
    active: z.boolean(),
  })
  .refine((p) => !p.start || !p.end || p.start <= p.end, { path: ["end"], message: "the end must not come before the start" });

/** Active projects first, then by name (Swedish order). */
export const byActiveThenName = (a: { active: boolean; name: string }, b: { active: boolean; name: string }) =>
  Number(b.active) - Number(a.active) || a.name.localeCompare(b.name, "sv");
