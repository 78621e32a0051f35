// Hours are money here (grants are co-financed with participation hours), so they are kept in
// quarter hours: every value is a multiple of 0.25, sums are done in whole quarters so that
// floating point never drifts, and attended hours never exceed what the session gives.

const HOUR_MS = 3_600_000;
const QUARTERS_PER_HOUR = 4;

export const isQuarterHours = (hours: number): boolean => Number.isFinite(hours) && Number.isInteger(hours * QUARTERS_PER_HOUR);

/** Real elapsed hours between two instants (a session over a DST change is shorter or longer). */
export const elapsedHours = (startMs: number, endMs: number): number => (endMs - startMs) / HOUR_MS;

/** The hours a session gives when none are set: its length, rounded down to a quarter hour. */
export const defaultSessionHours = (startMs: number, endMs: number): number =>
  Math.floor(elapsedHours(startMs, endMs) * QUARTERS_PER_HOUR) / QUARTERS_PER_HOUR;

export type HoursProblem = "negative" | "not-quarter" | "exceeds-session";

/** Why a number of hours cannot be recorded for a session of `sessionHours`, or undefined. */
export function attendedHoursProblem(hours: number, sessionHours: number): HoursProblem | undefined {
  if (!Number.isFinite(hours) || hours < 0) return "negative";
  if (!isQuarterHours(hours)) return "not-quarter";
  if (hours > sessionHours) return "exceeds-session";
  return undefined;
}

/** Exact sum of quarter-hour values. */
export const sumHours = (values: readonly number[]): number =>
  values.reduce((quarters, h) => quarters + Math.round(h * QUARTERS_PER_HOUR), 0) / QUARTERS_PER_HOUR;
