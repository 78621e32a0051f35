// The fika form's state: what the fields hold (text as typed), and the body it sends. The API
// judges what is valid; the tab checks only the Teams link, which the API takes for any https link.
import type { FikaSeries, FikaSeriesInput, InvalidFikaSeries } from "@campus-westum/api/contract";
import { patternOfRule, ruleToSave, type RecurrencePattern } from "./recurrencePattern";
import { isTeamsMeetingLink } from "./teamsMeetingLink";

export interface SeriesFormState {
  title: string;
  pattern: RecurrencePattern;
  firstDate: string;
  time: string;
  durationMinutes: string;
  joinUrl: string;
  active: boolean;
}

export type FieldErrors = { field: string; message: string }[];

/** A new series starts as the fika usually is: the first Tuesday of the month at 14:00, half an hour. */
export function initialSeriesForm(series: FikaSeries | null, defaults: { title: string; today: string }): SeriesFormState {
  if (!series) {
    return {
      title: defaults.title, pattern: { kind: "monthly", week: "first", weekday: "TU" }, firstDate: defaults.today, time: "14:00",
      durationMinutes: "30", joinUrl: "", active: true,
    };
  }
  return {
    title: series.title,
    pattern: patternOfRule(series.rrule),
    firstDate: series.firstDate,
    time: series.time,
    durationMinutes: String(series.durationMinutes),
    joinUrl: series.joinUrl,
    active: series.active,
  };
}

export function seriesInputOf(state: SeriesFormState, series: FikaSeries | null): FikaSeriesInput {
  return {
    title: state.title,
    rrule: ruleToSave(series?.rrule ?? null, state.pattern),
    firstDate: state.firstDate,
    time: state.time,
    // What is not a number goes as typed (null in JSON) so the API says why.
    durationMinutes: Number(state.durationMinutes.trim()),
    joinUrl: state.joinUrl.trim(),
    active: state.active,
  };
}

/** The tab's own check, before anything is sent. */
export function joinUrlProblem(state: SeriesFormState): "missing" | "notTeams" | null {
  if (state.joinUrl.trim() === "") return "missing";
  return isTeamsMeetingLink(state.joinUrl) ? null : "notTeams";
}

/**
 * A stored series that does not read as valid, as the form's starting point: what it stored, and
 * a new series' defaults where it stored nothing usable. Saving replaces it whole (PUT); the API
 * says at its field what is still wrong.
 */
export function seriesToCorrect(invalid: InvalidFikaSeries, defaults: { today: string }): FikaSeries {
  return {
    id: invalid.id,
    title: invalid.title,
    rrule: invalid.rrule,
    firstDate: invalid.stored.firstDate ?? defaults.today,
    time: invalid.stored.time ?? "14:00",
    durationMinutes: invalid.stored.durationMinutes ?? 30,
    joinUrl: invalid.stored.joinUrl ?? "",
    active: invalid.stored.active ?? true,
    updatedAt: "",
  };
}
