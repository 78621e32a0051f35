// An announcement: one message (a card per language) for a set of conversations. The delivery
// engine turns it into one queue message per recipient.
import type { BotActivity } from "./connector/activity.js";
import type { ConversationRecord, Lang } from "./conversations.js";

export interface Announcement {
  /** Deterministic for what it announces (e.g. the course event's id), so a repeated fan-out is the same announcement. */
  id: string;
  kind: string;
  title: string;
  activities: Record<Lang, BotActivity>;
}

/** A person in an audience, by her Entra object id: reached in her personal chat, installed for her when she has none. */
export interface AudiencePerson {
  userId: string;
  lang?: Lang;
}

export interface AnnouncementPort {
  /**
   * Records the announcement and enqueues one delivery per recipient; repeating it enqueues
   * nothing new that was already sent. `people` without a personal chat with the bot get one
   * delivery each that installs the app for them first (a person who blocked or removed the bot
   * is left out).
   */
  announce(announcement: Announcement, recipients: ConversationRecord[], people?: AudiencePerson[]): Promise<{ recipients: number }>;
}
