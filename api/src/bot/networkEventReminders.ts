// Reminders of the tech network's events, as for course sessions: 24 hours and 1 hour before
// each occurrence of an active event, quiet hours respected (reminderWindow.ts, decision 0009),
// to the subscribers of its topics (chats and channels; the Westumkonferensen's also reach the
// subscribers of "trainings"). A run sends what fell due in [the last run, now); ids hold the
// occurrence's start and the hours before it, so a repeated run sends nobody anything twice and
// a moved meeting is reminded at its new time.
import { networkEventReminderAnnouncement, topicsOfNetworkEvent, type QuietHours } from "@campus-westum/bot";
import type { Services } from "../services.js";
import { botServicesOf } from "./botServices.js";
import { networkEventsOf, viewOf } from "./networkEventSource.js";
import { REMINDER_HOURS, remindersDue } from "./reminderWindow.js";

const HOUR = 3_600_000;

export interface SentNetworkReminder {
  id: string;
  hoursBefore: number;
  recipients: number;
}

export async function sendNetworkEventReminders(services: Services, since: number, now: number, quiet?: QuietHours): Promise<SentNetworkReminder[]> {
  const bot = botServicesOf(services);
  const source = networkEventsOf(services);
  const sent: SentNetworkReminder[] = [];
  for (const event of (await source.all()).filter((e) => e.active)) {
    // Occurrences whose reminders can fall in this window: starting after `since`, at most 24 h after now.
    for (const occurrence of source.occurrences(event, since, now + REMINDER_HOURS[0] * HOUR)) {
      for (const hoursBefore of remindersDue(Date.parse(occurrence.start), since, now, quiet)) {
        const announcement = networkEventReminderAnnouncement(viewOf(event, occurrence), hoursBefore, source.calendarUrl(event.id));
        const { recipients } = await bot.fanOut.announce(announcement, await bot.conversations.subscribersOf(topicsOfNetworkEvent(event)));
        sent.push({ id: announcement.id, hoursBefore, recipients });
      }
    }
  }
  return sent;
}
