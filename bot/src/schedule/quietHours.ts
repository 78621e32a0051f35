// Quiet hours: the bot sends no reminders at night or at weekends (Stockholm time). A reminder
// that falls due then waits for the next allowed moment, unless it is a reminder on the day of
// its session (a 1-hour reminder before an 08:00 start, or a Saturday session's), which goes at
// once. A reminder that would only arrive with or after the next one is dropped: the later
// reminder says the same, and closer to the time.
import { addDays, stockholmInstant, stockholmWall } from "./stockholmClock.js";

export interface QuietHours {
  /** Quiet from this hour in the evening ... */
  fromHour: number;
  /** ... until this hour in the morning. */
  toHour: number;
  weekends: boolean;
}

export const DEFAULT_QUIET_HOURS: QuietHours = { fromHour: 20, toHour: 7, weekends: true };

const HOUR = 3_600_000;

export function isQuiet(epochMs: number, quiet: QuietHours = DEFAULT_QUIET_HOURS): boolean {
  const wall = stockholmWall(epochMs);
  if (quiet.weekends && wall.isoWeekday >= 6) return true;
  return wall.hour >= quiet.fromHour || wall.hour < quiet.toHour;
}

/** The first instant at or after `epochMs` outside the quiet hours. */
export function nextAllowed(epochMs: number, quiet: QuietHours = DEFAULT_QUIET_HOURS): number {
  if (!isQuiet(epochMs, quiet)) return epochMs;
  let date = stockholmWall(epochMs).date;
  // The end of tonight's quiet hours is this morning's toHour, or tomorrow's; weekends push it on.
  for (let day = 0; day < 8; day++) {
    const morning = stockholmInstant(addDays(date, day), quiet.toHour);
    if (morning >= epochMs && !isQuiet(morning, quiet)) return morning;
  }
  throw new Error("quiet hours leave no time to send");
}

export interface ReminderPlan {
  /** Hours before the start the reminder is meant for (24, 1). */
  hoursBefore: number;
  /** When it goes, after quiet hours; undefined: not sent (it would arrive with or after the next one). */
  sendAt: number | undefined;
}

/**
 * When each reminder of a session goes. `hoursBefore` from the earliest to the latest (24, 1).
 * A reminder is exempt from quiet hours when it falls due on the session's own Stockholm day.
 */
export function planReminders(startMs: number, hoursBefore: readonly number[], quiet: QuietHours = DEFAULT_QUIET_HOURS): ReminderPlan[] {
  const due = hoursBefore.map((h) => startMs - h * HOUR);
  const startDay = stockholmWall(startMs).date;
  return hoursBefore.map((h, i) => {
    const sameDay = stockholmWall(due[i]!).date === startDay;
    const sendAt = sameDay ? due[i]! : nextAllowed(due[i]!, quiet);
    const nextDue = i + 1 < due.length ? due[i + 1]! : startMs;
    return { hoursBefore: h, sendAt: sendAt < nextDue ? sendAt : undefined };
  });
}
