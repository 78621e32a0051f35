// Which reminders of one start fall due in a timer run's window: 24 hours and 1 hour before,
// moved by quiet hours (bot/src/schedule/quietHours.ts, decision 0009). A run sends those whose
// time fell in [the last run, now): a run that was missed (the host was down) is made up by the
// next, except a reminder already overtaken by a later one. Shared by course sessions and the
// tech network's events, so both are reminded alike.
import { planReminders, type QuietHours } from "@campus-westum/bot";

export const REMINDER_HOURS = [24, 1] as const;
const HOUR = 3_600_000;

/** The hours-before of the reminders of `startMs` due in [since, now). */
export function remindersDue(startMs: number, since: number, now: number, quiet?: QuietHours): number[] {
  // A reminder goes before its start, at most 24 hours before (quiet hours only delay).
  if (startMs <= since || startMs > now + REMINDER_HOURS[0] * HOUR) return [];
  const plan = planReminders(startMs, REMINDER_HOURS, quiet);
  return plan.flatMap((p, i) => {
    const overtaken = plan.slice(i + 1).some((later) => later.sendAt !== undefined && later.sendAt <= now);
    return p.sendAt !== undefined && p.sendAt >= since && p.sendAt < now && !overtaken ? [p.hoursBefore] : [];
  });
}
