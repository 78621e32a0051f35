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

export interface AnnouncementPort {
  /** Records the announcement and enqueues one delivery per recipient; repeating it enqueues nothing new that was already sent. */
  announce(announcement: Announcement, recipients: ConversationRecord[]): Promise<{ recipients: number }>;
}
