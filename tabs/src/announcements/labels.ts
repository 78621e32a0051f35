// What an announcement is and why a delivery did not arrive, in the reader's language: the API's
// codes (api/src/contract/announcements.ts) mapped to messages. Typed complete for the reasons, so
// a code the API adds fails the typecheck here; an announcement kind the tab does not know reads
// as "Utskick" (messages.test.ts reads the bot's notices, so a kind it adds fails there).
import type { DeliveryReasonCode } from "@campus-westum/api/contract";
import type { MessageId } from "../i18n";

const REASONS: Record<DeliveryReasonCode, MessageId> = {
  "blocked-bot": "delivery.reason.blocked-bot",
  "bot-removed": "delivery.reason.bot-removed",
  "chat-gone": "delivery.reason.chat-gone",
  "not-installed": "delivery.reason.not-installed",
  "unknown-user": "delivery.reason.unknown-user",
  "no-licence-or-policy": "delivery.reason.no-licence-or-policy",
  "cannot-install": "delivery.reason.cannot-install",
  "teams-unavailable": "delivery.reason.teams-unavailable",
  "refused-repeatedly": "delivery.reason.refused-repeatedly",
  rejected: "delivery.reason.rejected",
  uncertain: "delivery.reason.uncertain",
  "no-result": "delivery.reason.no-result",
  "announcement-missing": "delivery.reason.announcement-missing",
  refused: "delivery.reason.refused",
  paused: "delivery.reason.paused",
  waiting: "delivery.reason.waiting",
  other: "delivery.reason.other",
};

const KINDS: Record<string, MessageId> = {
  "course-published": "announcements.kind.course-published",
  "course-changed": "announcements.kind.course-changed",
  "course-cancelled": "announcements.kind.course-cancelled",
  "registration-promoted": "announcements.kind.registration-promoted",
  "session-reminder": "announcements.kind.session-reminder",
  "fika-invitation": "announcements.kind.fika-invitation",
  "fika-reminder": "announcements.kind.fika-reminder",
  "fika-pair": "announcements.kind.fika-pair",
  "network-event-published": "announcements.kind.network-event-published",
  "network-event-changed": "announcements.kind.network-event-changed",
  "network-event-cancelled": "announcements.kind.network-event-cancelled",
  "network-event-reminder": "announcements.kind.network-event-reminder",
  "needs-round": "announcements.kind.needs-round",
  "needs-reminder": "announcements.kind.needs-reminder",
  "needs-provider-request": "announcements.kind.needs-provider-request",
};

export const reasonMessage = (code: DeliveryReasonCode): MessageId => REASONS[code] ?? "delivery.reason.other";
export const kindMessage = (kind: string): MessageId => KINDS[kind] ?? "announcements.kind.other";
