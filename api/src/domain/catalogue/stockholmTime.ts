// Time in Europe/Stockholm, with Intl only (no time-zone library): instants become ISO text with
// the offset in force at that instant, and wall times become instants. Sweden moves its clocks
// at 02:00 -> 03:00 on the last Sunday of March (that hour does not exist) and 03:00 -> 02:00 on
// the last Sunday of October (that hour exists twice), so a wall time alone can be missing or
// ambiguous: those are reported, never guessed.

export const STOCKHOLM = "Europe/Stockholm";
const MINUTE = 60_000;
/** Stockholm is UTC+1 in winter and UTC+2 in summer. */
const POSSIBLE_OFFSETS = [60, 120] as const;

// Made on first use: building a time-zone formatter costs tens of milliseconds, which an API
// instance's cold start need not pay.
let wallClockFormat: Intl.DateTimeFormat | undefined;
const wallClock = () => (wallClockFormat ??= new Intl.DateTimeFormat("en-US", {
  timeZone: STOCKHOLM,
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
}));

interface Wall {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wallOf(epochMs: number): Wall {
  const parts = Object.fromEntries(wallClock().formatToParts(new Date(epochMs)).map((p) => [p.type, p.value]));
  const n = (name: string) => Number(parts[name]);
  return { year: n("year"), month: n("month"), day: n("day"), hour: n("hour"), minute: n("minute"), second: n("second") };
}

const wallAsUtc = (w: Wall) => Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);

/** Minutes Stockholm is ahead of UTC at an instant (60 or 120). */
export function stockholmOffsetMinutes(epochMs: number): number {
  const whole = Math.floor(epochMs / 1000) * 1000;
  return Math.round((wallAsUtc(wallOf(whole)) - whole) / MINUTE);
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** "2026-03-29T03:30:00+02:00" */
export function toStockholmIso(epochMs: number): string {
  const w = wallOf(epochMs);
  const offset = stockholmOffsetMinutes(epochMs);
  return `${w.year}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}+${pad(Math.floor(offset / 60))}:${pad(offset % 60)}`;
}

/** The Stockholm day of an instant: "2026-10-25". */
export function stockholmDate(epochMs: number): string {
  const w = wallOf(epochMs);
  return `${w.year}-${pad(w.month)}-${pad(w.day)}`;
}

/** The Stockholm month of an instant: "2026-10". */
export const stockholmMonth = (epochMs: number): string => stockholmDate(epochMs).slice(0, 7);

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
  const candidates = POSSIBLE_OFFSETS.map((offset) => asUtc - offset * MINUTE).filter(
    (epochMs) => stockholmOffsetMinutes(epochMs) * MINUTE === asUtc - epochMs,
  );
  if (candidates.length === 0) return { ok: false, reason: "nonexistent" };
  if (candidates.length > 1) return { ok: false, reason: "ambiguous" };
  return { ok: true, epochMs: candidates[0]! };
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
