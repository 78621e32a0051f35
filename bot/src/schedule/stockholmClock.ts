// The app's one clock for Europe/Stockholm, with Intl only (no time-zone library): what day,
// hour and weekday an instant is in Stockholm, ISO text with the offset in force at an instant,
// and the instant of a Stockholm wall time. The bot's schedules and the API's catalogue both use
// it (the API imports "@campus-westum/bot/stockholmClock").
//
// Sweden moves its clocks 02:00 -> 03:00 on the last Sunday of March (that hour does not exist)
// and 03:00 -> 02:00 on the last Sunday of October (that hour exists twice). Text a person typed
// (parseStockholmTime) reports such a time as nonexistent or ambiguous, never guesses; a time a
// rule produces (stockholmInstant: a recurrence, a reminder) is resolved as calendars do: a
// skipped time one hour later, an ambiguous one at its first (summer-time) occurrence.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** Stockholm is UTC+2 in summer and UTC+1 in winter; summer first, so the first occurrence wins. */
const POSSIBLE_OFFSETS = [120, 60] as const;

// Made on first use: building a time-zone formatter costs tens of milliseconds, which an API
// instance's cold start need not pay.
let wallClockFormat: Intl.DateTimeFormat | undefined;
const wallClock = () =>
  (wallClockFormat ??= new Intl.DateTimeFormat("en-US", {
    timeZone: "Europe/Stockholm",
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    weekday: "short",
  }));

interface Wall {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

function wallOf(epochMs: number): Wall & { isoWeekday: number } {
  const parts = Object.fromEntries(wallClock().formatToParts(new Date(epochMs)).map((p) => [p.type, p.value]));
  const n = (name: string) => Number(parts[name]);
  return { year: n("year"), month: n("month"), day: n("day"), hour: n("hour"), minute: n("minute"), second: n("second"), isoWeekday: WEEKDAYS[parts.weekday!]! };
}

const wallAsUtc = (w: Wall) => Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
const pad = (n: number) => String(n).padStart(2, "0");
const dateOf = (w: Wall) => `${w.year}-${pad(w.month)}-${pad(w.day)}`;

export interface StockholmWall {
  /** "2026-03-29" */
  date: string;
  hour: number;
  minute: number;
  /** 1 Monday ... 7 Sunday (ISO). */
  isoWeekday: number;
}

/** The Stockholm day, hour, minute and weekday of an instant. */
export function stockholmWall(epochMs: number): StockholmWall {
  const w = wallOf(epochMs);
  return { date: dateOf(w), hour: w.hour, minute: w.minute, isoWeekday: w.isoWeekday };
}

/** Minutes Stockholm is ahead of UTC at an instant (60 or 120). */
export function stockholmOffsetMinutes(epochMs: number): number {
  const whole = Math.floor(epochMs / 1000) * 1000;
  return Math.round((wallAsUtc(wallOf(whole)) - whole) / MINUTE);
}

/** "2026-03-29T03:30:00+02:00" */
export function toStockholmIso(epochMs: number): string {
  const w = wallOf(epochMs);
  const offset = stockholmOffsetMinutes(epochMs);
  return `${dateOf(w)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}+${pad(Math.floor(offset / 60))}:${pad(offset % 60)}`;
}

/** The Stockholm day of an instant: "2026-10-25". */
export const stockholmDate = (epochMs: number): string => dateOf(wallOf(epochMs));

/** The Stockholm month of an instant: "2026-10". */
export const stockholmMonth = (epochMs: number): string => stockholmDate(epochMs).slice(0, 7);

/** The instants at which Stockholm's clocks show this wall time: none, one, or two (first first). */
function instantsOfWall(wall: Wall): number[] {
  const asUtc = wallAsUtc(wall);
  return POSSIBLE_OFFSETS.map((offset) => asUtc - offset * MINUTE).filter((epochMs) => stockholmOffsetMinutes(epochMs) * MINUTE === asUtc - epochMs);
}

export type ParsedTime =
  | { ok: true; epochMs: number }
  | { ok: false; reason: "invalid" | "nonexistent" | "ambiguous" };

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/**
 * An instant from ISO text. With an offset (or Z) the text is exact. Without one it is a
 * Stockholm wall time (a bare date is its midnight), which may not exist or may be ambiguous.
 */
export function parseStockholmTime(text: string): ParsedTime {
  const m = ISO.exec(text.trim());
  if (!m) return { ok: false, reason: "invalid" };
  const [, y, mo, d, h = "00", mi = "00", s = "00", zone] = m;
  const wall: Wall = { year: +y!, month: +mo!, day: +d!, hour: +h, minute: +mi, second: +s };
  const asUtc = wallAsUtc(wall);
  const back = new Date(asUtc);
  // Date.UTC rolls 2026-02-30 over to March: a changed day means the date does not exist.
  if (back.getUTCDate() !== wall.day || back.getUTCMonth() !== wall.month - 1 || wall.hour > 23 || wall.minute > 59 || wall.second > 59) {
    return { ok: false, reason: "invalid" };
  }
  if (zone) {
    const offset = zone === "Z" ? 0 : (zone[0] === "-" ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
    return { ok: true, epochMs: asUtc - offset * MINUTE };
  }
  const candidates = instantsOfWall(wall);
  if (candidates.length === 0) return { ok: false, reason: "nonexistent" };
  if (candidates.length > 1) return { ok: false, reason: "ambiguous" };
  return { ok: true, epochMs: candidates[0]! };
}

/** The instant of a Stockholm wall time ("2026-03-03", 14, 0) a rule produced; see the header for the clock changes. */
export function stockholmInstant(date: string, hour: number, minute = 0): number {
  const [year, month, day] = date.split("-").map(Number);
  const wall: Wall = { year: year!, month: month!, day: day!, hour, minute, second: 0 };
  // A time in the hour skipped in March has no instant: the same distance past 03:00 (winter offset).
  return instantsOfWall(wall)[0] ?? wallAsUtc(wall) - 1 * HOUR;
}

/** Midnight at the start of a Stockholm day ("2026-10-25"); Swedish clocks never skip midnight. */
export function startOfStockholmDay(date: string): number {
  const parsed = parseStockholmTime(date);
  if (!parsed.ok) throw new Error(`Not a date: ${date}`);
  return parsed.epochMs;
}

/** The Stockholm day `days` after a Stockholm day, calendar-wise (a day is 23, 24 or 25 hours). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split("-").map(Number);
  const shifted = new Date(Date.UTC(y!, m! - 1, d! + days));
  return `${shifted.getUTCFullYear()}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())}`;
}
