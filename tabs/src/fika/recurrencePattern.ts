// The recurrence picker's choices and the RRULE they stand for. The picker offers what a fika is
// planned as: a weekday in a given week of the month ("FREQ=MONTHLY;BYDAY=+1TU", the first
// Tuesday), or a weekday every week or every other week. Any other rule the API holds (set through
// the API, or by hand) is a "custom" pattern: shown as its text and saved exactly as it came.
export const WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const WEEKS_OF_MONTH = ["first", "second", "third", "fourth", "last"] as const;
export type WeekOfMonth = (typeof WEEKS_OF_MONTH)[number];

export type RecurrencePattern =
  | { kind: "monthly"; week: WeekOfMonth; weekday: Weekday }
  | { kind: "weekly"; weekday: Weekday }
  | { kind: "everyOtherWeek"; weekday: Weekday }
  | { kind: "custom"; rrule: string };

export type Frequency = RecurrencePattern["kind"];

/** RFC 5545 ordinals of BYDAY: +1 is the first such weekday of the month, -1 the last. */
const ORDINALS: Record<WeekOfMonth, string> = { first: "+1", second: "+2", third: "+3", fourth: "+4", last: "-1" };

export function ruleOfPattern(pattern: RecurrencePattern): string {
  switch (pattern.kind) {
    case "monthly":
      return `FREQ=MONTHLY;BYDAY=${ORDINALS[pattern.week]}${pattern.weekday}`;
    case "weekly":
      return `FREQ=WEEKLY;BYDAY=${pattern.weekday}`;
    case "everyOtherWeek":
      return `FREQ=WEEKLY;INTERVAL=2;BYDAY=${pattern.weekday}`;
    case "custom":
      return pattern.rrule;
  }
}

/**
 * The picker's reading of a rule. Written variants of the same rule are read too (an "RRULE:"
 * prefix, parts in another order, "1TU" for "+1TU", INTERVAL=1); anything with other parts
 * (COUNT, UNTIL, BYMONTH, several days, ...) is custom.
 */
export function patternOfRule(rrule: string): RecurrencePattern {
  const custom: RecurrencePattern = { kind: "custom", rrule };
  const parts = partsOf(rrule);
  if (!parts) return custom;
  const { FREQ: freq, INTERVAL: interval = "1", BYDAY: byDay = "", ...others } = parts;
  if (Object.keys(others).length > 0) return custom;

  const day = /^([+-]?\d)?(MO|TU|WE|TH|FR|SA|SU)$/.exec(byDay);
  if (!day) return custom;
  const [, ordinal, weekday] = day as unknown as [string, string | undefined, Weekday];
  if (freq === "MONTHLY" && interval === "1" && ordinal) {
    const week = WEEKS_OF_MONTH.find((w) => Number(ORDINALS[w]) === Number(ordinal));
    return week ? { kind: "monthly", week, weekday } : custom;
  }
  if (freq === "WEEKLY" && !ordinal && (interval === "1" || interval === "2")) {
    return interval === "1" ? { kind: "weekly", weekday } : { kind: "everyOtherWeek", weekday };
  }
  return custom;
}

/** NAME=value parts by name; null when a part is malformed or repeated. */
function partsOf(rrule: string): Record<string, string> | null {
  const parts: Record<string, string> = {};
  for (const part of rrule.trim().replace(/^RRULE:/i, "").split(";")) {
    const match = /^([A-Z]+)=([A-Z0-9,+-]+)$/i.exec(part);
    if (!match || match[1]!.toUpperCase() in parts) return null;
    parts[match[1]!.toUpperCase()] = match[2]!.toUpperCase();
  }
  return parts;
}

/**
 * The rule to send: the one the series had when the picker still says the same, so a rule is
 * never rewritten behind the coordinator's back, else the picker's.
 */
export function ruleToSave(original: string | null, pattern: RecurrencePattern): string {
  if (original !== null && samePattern(patternOfRule(original), pattern)) return original;
  return ruleOfPattern(pattern);
}

function samePattern(a: RecurrencePattern, b: RecurrencePattern): boolean {
  return a.kind === b.kind && ruleOfPattern(a) === ruleOfPattern(b);
}

/**
 * The pattern after the coordinator picks another frequency: the weekday is kept (Tuesday when
 * leaving a custom rule), the week of the month starts at the first. Back to "custom" (offered
 * only for a series whose own rule is custom) restores that rule.
 */
export function withFrequency(pattern: RecurrencePattern, frequency: Frequency, original: string | null): RecurrencePattern {
  if (frequency === pattern.kind) return pattern;
  if (frequency === "custom") return { kind: "custom", rrule: original ?? ruleOfPattern(pattern) };
  const weekday = pattern.kind === "custom" ? "TU" : pattern.weekday;
  return frequency === "monthly" ? { kind: "monthly", week: "first", weekday } : { kind: frequency, weekday };
}
