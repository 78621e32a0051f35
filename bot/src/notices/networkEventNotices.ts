// The announcements about the tech network's events: a new event, a change of its time or join
// link, a cancellation (each from one change record of the events list, whose id makes the
// announcement's), and the reminders before each occurrence (the occurrence's start and the
// hours before it make the id, so a moved meeting gets reminders for its new time).
import type { Announcement } from "../announcements.js";
import { networkEventCancelledCard, networkEventCard, networkEventChangedCard, networkEventReminderCard, type NetworkEventBefore } from "../cards/networkEventCards.js";
import type { AdaptiveCard } from "../cards/adaptiveCard.js";
import { cardActivity } from "../connector/activity.js";
import type { Lang } from "../conversations.js";
import { messages } from "../i18n/messages.js";
import type { NetworkEventView } from "../networkEvents.js";

export type NetworkEventNotice =
  | { kind: "network-event-published"; changeId: string; event: NetworkEventView }
  | { kind: "network-event-changed"; changeId: string; event: NetworkEventView; before?: NetworkEventBefore }
  | { kind: "network-event-cancelled"; changeId: string; event: NetworkEventView; reason?: string };

/** Ids keep to what the delivery queue accepts: letters, digits, _ and -. */
const safe = (text: string) => text.replace(/[^A-Za-z0-9_-]/g, "-");

function both(build: (lang: Lang) => AdaptiveCard, summary: (lang: Lang) => string): Announcement["activities"] {
  return { sv: cardActivity(build("sv"), summary("sv")), en: cardActivity(build("en"), summary("en")) };
}

export function networkEventAnnouncement(notice: NetworkEventNotice, calendarUrl: string | undefined): Announcement {
  const { event } = notice;
  const base = { id: safe(`network-${notice.changeId}`), kind: notice.kind, title: event.title };
  switch (notice.kind) {
    case "network-event-published":
      return { ...base, activities: both((lang) => networkEventCard(event, lang, calendarUrl), (lang) => `${messages[lang].networkPublished}: ${event.title}`) };
    case "network-event-changed":
      return { ...base, activities: both((lang) => networkEventChangedCard(event, notice.before, lang, calendarUrl), (lang) => `${messages[lang].networkChanged}: ${event.title}`) };
    case "network-event-cancelled":
      return { ...base, activities: both((lang) => networkEventCancelledCard(event, lang, notice.reason), (lang) => `${messages[lang].networkCancelled}: ${event.title}`) };
  }
}

export function networkEventReminderAnnouncement(event: NetworkEventView, hoursBefore: number, calendarUrl: string | undefined): Announcement {
  return {
    id: safe(`network-reminder-${event.id}-${Date.parse(event.start)}-${hoursBefore}h`),
    kind: "network-event-reminder",
    title: event.title,
    activities: both((lang) => networkEventReminderCard(event, hoursBefore, lang, calendarUrl), (lang) => `${messages[lang].reminderTitle(hoursBefore)}: ${event.title}`),
  };
}
