// The Projekt list -> validated projects (domain/projectSchema.ts), which the sync projects into
// the project store (sync/projectProjection.ts).
import type { Project } from "../../contract/index.js";
import { projectSchema } from "../../domain/projectSchema.js";
import { stockholmDate } from "@campus-westum/bot/stockholmClock";
import { optional, validated, type ListMapping } from "./listMapping.js";
import { LIST_NAMES } from "../listNames.js";

/**
 * A date-only column's value as a Stockholm day. Graph sends it as an instant (the day's
 * midnight in the site's time zone, in UTC: "2020-12-31T23:00:00Z" for 1 January in Stockholm);
 * a plain "2021-01-01" is taken as it is.
 */
export function listDay(value: unknown): unknown {
  const text = optional(value);
  if (typeof text !== "string" || /^\d{4}-\d{2}-\d{2}$/.test(text)) return text;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? text : stockholmDate(ms);
}

export const projectItems: ListMapping<Project> = {
  list: "projects",
  displayName: LIST_NAMES.projects.label.sv,
  fields: ["Title", "ProjectKey", "Funder", "Start", "End", "Active"],
  map: (f) =>
    validated(projectSchema, {
      id: f.ProjectKey,
      name: f.Title,
      funder: f.Funder,
      start: listDay(f.Start),
      end: listDay(f.End),
      active: f.Active ?? false,
    }),
};
