// Session reminders, 24 hours and 1 hour before each session of a published course, to the
// personal chats of the people registered on it (not the waitlisted: they have no seat).
// When they fall due is reminderWindow.ts's (quiet hours, missed runs made up).
import { sessionReminderAnnouncement, type QuietHours } from "@campus-westum/bot";
import type { Services } from "../services.js";
import { registeredChats } from "./audience/registeredChats.js";
import { botServicesOf } from "./botServices.js";
import { cataloguePort } from "./cataloguePort.js";
import { remindersDue } from "./reminderWindow.js";

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
      for (const hoursBefore of remindersDue(Date.parse(session.start), since, now, quiet)) due.push({ courseId: course.id, sessionId: session.id, hoursBefore });
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
  const people = registrations.filter((r) => r.status === "registered").map((r) => r.person);
  if (people.length === 0) return 0;
  const { chats } = await registeredChats(bot.conversations, people);
  const { recipients } = await bot.fanOut.announce(sessionReminderAnnouncement(course, session, hoursBefore), chats);
  return recipients;
}
