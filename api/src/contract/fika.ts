// The monthly digital fika as coordinators manage it: recurring Teams meetings for the staff of
// every member, which the bot invites to (a week before) and reminds of (on the day).
//
// Recurrence: an RFC 5545 RRULE of parts only ("FREQ=MONTHLY;BYDAY=+1TU", the first Tuesday of
// each month), counted from `firstDate` (a Stockholm day) at `time` (Stockholm wall time, "14:00"),
// which stays 14:00 in summer and winter. DTSTART, TZID and a timed UNTIL are refused: the first
// date and the time are fields of their own (docs/decisions/0009). Only weekly and monthly rules
// are accepted, with the parts FREQ, INTERVAL (1-12), BYDAY, BYMONTHDAY, BYSETPOS, BYMONTH, COUNT
// (1-500) and UNTIL (a date), and the rule must give a date within two years of `firstDate`
// (docs/decisions/0014). A series is checked whole before it is saved: a 400 stores nothing.
//
// Routes and statuses (coordinators only, others get 403; errors are problem+json, see ProblemDetails):
//   GET  /api/fika/series        200 FikaSeriesList
//   POST /api/fika/series        201 FikaSeriesView; 400 invalid-input (errors[].field names the input field);
//                                409 too-many-series (at most MAX_FIKA_SERIES)
//   PUT  /api/fika/series/{id}   200 FikaSeriesView (the whole series is replaced, an invalid one too); 400; 404
// The body of POST and PUT is a FikaSeriesRequest: the series and, optionally, who hears of it.
import type { Audience } from "./audience.js";
import type { SharePointConflict } from "./catalogue.js";

/** Series a network keeps at once: every list and timer run reads them all. */
export const MAX_FIKA_SERIES = 50;

/** What a coordinator sends to create or change a series. */
export interface FikaSeriesInput {
  /** 1-120 characters, one line. */
  title: string;
  /** At most 200 characters. */
  rrule: string;
  /** The first day the series may fall on: "2026-01-06", years 2000-2100. */
  firstDate: string;
  /** Stockholm wall time: "14:00". */
  time: string;
  /** 5-480. */
  durationMinutes: number;
  /** The Teams meeting everyone joins (https). */
  joinUrl: string;
  /** false pauses the series: no invitations or reminders. Default true. */
  active?: boolean;
}

/**
 * The body of POST and PUT: the series, and who its invitations and reminders reach (issue 11.2;
 * audience.ts). Without `audience` a new series goes to the fika's subscribers and a changed one
 * keeps its choice. The pairing cards always go to those who opted in to pairing.
 */
export interface FikaSeriesRequest extends FikaSeriesInput {
  audience?: Audience;
}

export interface FikaSeries extends Required<FikaSeriesInput> {
  /** "fika-" and eight hex digits. */
  id: string;
  /** When it was last saved (ISO, Stockholm offset). */
  updatedAt: string;
}

/** Answers to one occurrence's invitation: "Jag kommer" (yes) and "Jag kan inte" (no). */
export interface FikaRsvpCounts {
  yes: number;
  no: number;
}

export interface UpcomingFika {
  /** ISO start with the Stockholm offset of that day: "2026-03-03T14:00:00+01:00". */
  start: string;
  rsvps: FikaRsvpCounts;
}

/** A series with its next occurrences (at most three, within a year), paused or not. */
export interface FikaSeriesView extends FikaSeries {
  upcoming: UpcomingFika[];
  /** Who its invitations and reminders reach (the fika's subscribers when none was chosen). */
  audience: Audience;
  /**
   * The last change of the series the events list (Händelser) refused because it had changed
   * there since (decision 0017): the list's version is applied, the refused values kept here until
   * the next save of the series reaches the list. Absent without SharePoint.
   */
  sharepointConflict?: SharePointConflict;
}

/**
 * A stored series that does not read as valid any more (saved before the rules were strict, e.g.
 * FREQ=MINUTELY): it has no dates and sends nothing until a coordinator corrects it with PUT.
 */
export interface InvalidFikaSeries {
  id: string;
  title: string;
  rrule: string;
  /** The field that does not read as valid: "rrule", "firstDate", ... */
  field: string;
  /** What is wrong with it, in the caller's language: "FREQ=WEEKLY or FREQ=MONTHLY: ...". */
  problem: string;
  /** The series' other stored fields, those of the right kind (a correction starts from them). */
  stored: Partial<Pick<FikaSeriesInput, "firstDate" | "time" | "durationMinutes" | "joinUrl" | "active">>;
}

export interface FikaSeriesList {
  series: FikaSeriesView[];
  invalid: InvalidFikaSeries[];
}
