// The digital fika's announcements: the invitation a week before (with RSVP buttons), the
// reminder on the day (with the join link) and each pairing group's card. Ids are deterministic
// per series, occurrence and group, so a repeated timer run sends nobody anything twice.
import type { Announcement } from "../announcements.js";
import { fikaInvitationCard, fikaPairCard, fikaReminderCard } from "../cards/fikaCards.js";
import { cardActivity } from "../connector/activity.js";
import type { Lang } from "../conversations.js";
import { messages } from "../i18n/messages.js";
import type { FikaOccurrence, RsvpCounts } from "../ports.js";

const both = (build: (lang: Lang) => ReturnType<typeof cardActivity>): Announcement["activities"] => ({ sv: build("sv"), en: build("en") });
const occurrenceKey = (fika: FikaOccurrence) => `${fika.seriesId}-${Date.parse(fika.start)}`;

export function fikaInvitationAnnouncement(fika: FikaOccurrence, counts: RsvpCounts): Announcement {
  return {
    id: `fika-invite-${occurrenceKey(fika)}`,
    kind: "fika-invitation",
    title: fika.title,
    activities: both((lang) => cardActivity(fikaInvitationCard(fika, counts, lang), messages[lang].fikaTitle(fika.title))),
  };
}

export function fikaReminderAnnouncement(fika: FikaOccurrence): Announcement {
  return {
    id: `fika-reminder-${occurrenceKey(fika)}`,
    kind: "fika-reminder",
    title: fika.title,
    activities: both((lang) => cardActivity(fikaReminderCard(fika, lang), messages[lang].fikaReminder)),
  };
}

export function fikaPairAnnouncement(fika: FikaOccurrence, groupIndex: number, partners: { name: string; email: string }[]): Announcement {
  return {
    id: `fika-pair-${occurrenceKey(fika)}-${groupIndex}`,
    kind: "fika-pair",
    title: `${fika.title}: ${partners.map((p) => p.name).join(", ")}`,
    activities: both((lang) => cardActivity(fikaPairCard(partners, lang), messages[lang].pairTitle)),
  };
}
