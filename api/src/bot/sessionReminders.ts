// Session reminders, 24 hours and 1 hour before each session of a published course, to the
// personal chats of the people registered on it (not the waitlisted: they have no seat).
// Quiet hours move them (bot/src/schedule/quietHours.ts). A run sends the reminders whose time
// fell in [the last run, now): a run that was missed (the host was down) is made up by the
// next, except reminders already overtaken by a later one.
import { planReminders, sessionReminderAnnouncement, type QuietHours } from "@campus-westum/bot";
import type { Services } from "../services.js";
import { botServicesOf } from "./botServices.js";
import { cataloguePort } from "./cataloguePort.js";

export const REMINDER_HOURS = [24, 1] as const;
const HOUR = 3_600_000;

export interface DueReminder {
  courseId: string;
  sessionId: string;
  hoursBefore: number;
}

/** Sends the reminders due in [since, now); returns what it sent. */
export async function sendSessionReminders(services: Services, since: number, now: number, quiet?: QuietHours): Promise<(DueReminder & { recipients: number })[]> {
  const { courses } = await services.catalogue.current();
  const due: DueReminder[] = [];
  for (const course of courses.values()) {
    if (course.status !== "published") continue;
    for (const session of course.sessions) {
      const start = Date.parse(session.start);
      // A reminder goes before its session, at most 24 hours before (quiet hours only delay).
      if (start <= since || start > now + REMINDER_HOURS[0] * HOUR) continue;
      const plan = planReminders(start, REMINDER_HOURS, quiet);
      plan.forEach((p, i) => {
        const overtaken = plan.slice(i + 1).some((later) => later.sendAt !== undefined && later.sendAt <= now);
        if (p.sendAt !== undefined && p.sendAt >= since && p.sendAt < now && !overtaken) due.push({ courseId: course.id, sessionId: session.id, hoursBefore: p.hoursBefore });
      });
    }
  }
  const sent: (DueReminder & { recipients: number })[] = [];
  for (const reminder of due) sent.push({ ...reminder, recipients: await sendReminder(services, reminder) });
  return sent;
}

async function sendReminder(services: Services, { courseId, sessionId, hoursBefore }: DueReminder): Promise<number> {
  const bot = botServicesOf(services);
  const course = await cataloguePort(services).course(courseId);
  const session = course?.sessions.find((s) => s.id === sessionId);
  if (!course || !session) return 0;
  const { registrations } = await services.registrations.list(courseId);
  const people = registrations.filter((r) => r.status === "registered").map((r) => r.person.id);
  if (people.length === 0) return 0;
  const chats = await bot.conversations.personalChatsOf(people);
  const { recipients } = await bot.fanOut.announce(sessionReminderAnnouncement(course, session, hoursBefore), chats);
  return recipients;
}
