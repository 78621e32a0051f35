// Wall time in Europe/Stockholm, with Intl only: what day, hour and weekday an instant is in
// Stockholm, and the instant of a Stockholm wall time. The bot's own small copy of the
// catalogue's helper (api/src/domain/catalogue/stockholmTime.ts), because the bot imports
// nothing from the API. Clocks move 02:00 -> 03:00 on the last Sunday of March (that hour does
// not exist: a wall time in it is taken one hour later, as calendars do) and 03:00 -> 02:00 on
// the last Sunday of October (that hour exists twice: the first, summer-time one is taken).

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

const format = new Intl.DateTimeFormat("en-US", {
  timeZone: "Europe/Stockholm",
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  weekday: "short",
});

export interface StockholmWall {
  /** "2026-03-29" */
  date: string;
  hour: number;
  minute: number;
  /** 1 Monday ... 7 Sunday (ISO). */
  isoWeekday: number;
}

const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

export function stockholmWall(epochMs: number): StockholmWall {
  const p = Object.fromEntries(format.formatToParts(new Date(epochMs)).map((x) => [x.type, x.value]));
  return { date: `${p.year}-${p.month}-${p.day}`, hour: Number(p.hour), minute: Number(p.minute), isoWeekday: WEEKDAYS[p.weekday!]! };
}

/** The instant of a Stockholm wall time ("2026-03-03", 14, 0); see the header for the DST hours. */
export function stockholmInstant(date: string, hour: number, minute = 0): number {
  const [y, m, d] = date.split("-").map(Number);
  const asUtc = Date.UTC(y!, m! - 1, d!, hour, minute);
  // Stockholm is UTC+1 or UTC+2: try summer time first, so an ambiguous time is its first occurrence.
  for (const offsetHours of [2, 1]) {
    const candidate = asUtc - offsetHours * HOUR;
    const wall = stockholmWall(candidate);
    if (wall.date === date && wall.hour === hour && wall.minute === minute) return candidate;
  }
  // A time in the hour that is skipped in March: the same distance past 03:00.
  return asUtc - 1 * HOUR;
}

/** "2026-03-29" plus n calendar days. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split("-").map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! + days)).toISOString().slice(0, 10);
}

/** ISO text with Stockholm's offset at that instant: "2026-03-03T14:00:00+01:00". */
export function toStockholmIso(epochMs: number): string {
  const wall = stockholmWall(epochMs);
  const offsetMinutes = Math.round((Date.UTC(...dateParts(wall.date), wall.hour, wall.minute) - Math.floor(epochMs / MINUTE) * MINUTE) / MINUTE);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${wall.date}T${pad(wall.hour)}:${pad(wall.minute)}:00+${pad(Math.floor(offsetMinutes / 60))}:${pad(offsetMinutes % 60)}`;
}

function dateParts(date: string): [number, number, number] {
  const [y, m, d] = date.split("-").map(Number);
  return [y!, m! - 1, d!];
}
