// The monthly digital fika as coordinators manage it: recurring Teams meetings for the staff of
// every member, which the bot invites to (a week before) and reminds of (on the day).
//
// Recurrence: an RFC 5545 RRULE of parts only ("FREQ=MONTHLY;BYDAY=+1TU", the first Tuesday of
// each month), counted from `firstDate` (a Stockholm day) at `time` (Stockholm wall time, "14:00"),
// which stays 14:00 in summer and winter. DTSTART, TZID and a timed UNTIL are refused: the first
// date and the time are fields of their own (docs/decisions/0009).
//
// Routes and statuses (coordinators only, others get 403; errors are problem+json, see ProblemDetails):
//   GET  /api/fika/series        200 FikaSeriesList
//   POST /api/fika/series        201 FikaSeriesView; 400 invalid-input (errors[].field names the input field)
//   PUT  /api/fika/series/{id}   200 FikaSeriesView (the whole series is replaced); 400; 404

/** What a coordinator sends to create or change a series. */
export interface FikaSeriesInput {
  /** 1-120 characters. */
  title: string;
  rrule: string;
  /** The first day the series may fall on: "2026-01-06". */
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
}

export interface FikaSeriesList {
  series: FikaSeriesView[];
}
