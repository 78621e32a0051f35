// Announcements and their delivery, as coordinators see them in the catalogue's "Utskick" view.
//   GET  /api/announcements               200 AnnouncementList (coordinator): the latest announcements
//                                         of the last ANNOUNCEMENT_LIST_DAYS days, newest first
//   GET  /api/announcements/{id}/report   200 DeliveryReportView (coordinator); 404
//   POST /api/announcements/{id}/retry    202 DeliveryRetryResult (coordinator): the failed deliveries go
//                                         back to the delivery queue (docs/decisions/0006: never a second
//                                         send to a delivered recipient); 404; 409 nothing-to-retry

/** How far back the list reaches, and how many it lists at most. */
export const ANNOUNCEMENT_LIST_DAYS = 30;
export const ANNOUNCEMENT_LIST_MAX = 50;

export interface AnnouncementSummaryView {
  id: string;
  /** What it announces: course-published, course-changed, course-cancelled, registration-promoted, session-reminder, fika-invite, fika-reminder, fika-pairing, ... */
  kind: string;
  /** The announcement's own title (a course's or a fika series'). */
  title: string;
  /** ISO time, UTC. */
  createdAt: string;
  recipients: number;
}

export interface AnnouncementList {
  announcements: AnnouncementSummaryView[];
}

/**
 * Why deliveries did not arrive, as codes the tab says in words:
 * blocked: blocked-bot (the person blocked or removed the app), bot-removed (the app left the chat
 * or channel), chat-gone; unreachable: not-installed (proactive installation is not set up),
 * unknown-user, no-licence-or-policy, cannot-install; failed: teams-unavailable (no answer after
 * every attempt), refused-repeatedly, rejected (Teams did not take the message), uncertain (an
 * attempt was cut short and may have arrived), no-result, announcement-missing, other; refused
 * (tried again later): refused, paused.
 */
export type DeliveryReasonCode =
  | "blocked-bot"
  | "bot-removed"
  | "chat-gone"
  | "not-installed"
  | "unknown-user"
  | "no-licence-or-policy"
  | "cannot-install"
  | "teams-unavailable"
  | "refused-repeatedly"
  | "rejected"
  | "uncertain"
  | "no-result"
  | "announcement-missing"
  | "refused"
  | "paused"
  | "waiting"
  | "other";

export interface DeliveryReasonGroup {
  state: "failed" | "blocked" | "unreachable" | "refused";
  code: DeliveryReasonCode;
  count: number;
  /** One recorded error of the group as the service gave it (English), for an administrator. */
  example: string;
}

export interface DeliveryReportView {
  announcementId: string;
  kind: string;
  title: string;
  createdAt: string;
  recipients: number;
  /** Delivered. */
  sent: number;
  failed: number;
  blocked: number;
  /** People without a chat with the bot whom the app could not be installed for. */
  unreachable?: number;
  /** Queued, in flight, or waiting for a retry. */
  pending: number;
  /** Refused for now and tried again later (pending), or refused to the end (counted in failed too). */
  refused: number;
  /** Refusals are a large share of the answers: likely a setting for an administrator, not the recipients. */
  alarm: boolean;
  reasons: DeliveryReasonGroup[];
}

export interface DeliveryRetryResult {
  /** Failed deliveries put back on the queue. */
  requeued: number;
  /** Failed deliveries that cannot be tried again: their chat is gone or was left. */
  notRetryable: number;
  report: DeliveryReportView;
}
