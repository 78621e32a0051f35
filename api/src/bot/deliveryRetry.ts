// A coordinator's "Försök igen" on an announcement: its failed deliveries go back to the delivery
// queue. Delivered, blocked, unreachable and pending ones are never touched, and a failed one is
// reopened in the ledger (at the ETag it was read with) before its message is queued, so the
// worker's claim decides as for any delivery: a recipient is sent to at most once more, never
// twice for one retry (docs/decisions/0006). A failed delivery whose chat is gone or was left
// cannot be retried: it is recorded as blocked instead, with that reason.
// A retry that stops between the ledger and the queue leaves rows "retrying" with RETRY_REQUESTED;
// a retry an hour later or more queues them again (a second message for a row is settled by the
// ledger unsent). Fresher ones are left to the messages already queued for them, so a second
// press, or two coordinators at once, queue nothing twice.
import { userDeliveryKey, type ConversationRecord, type DeliveryMessage } from "@campus-westum/bot";
import type { Services } from "../services.js";
import { TEAMS_GLOBAL_SERVICE_URL } from "./botConfig.js";
import { botServicesOf } from "./botServices.js";

export const RETRY_REQUESTED = "retry requested by a coordinator";
/** After this long a row an earlier retry reopened and nobody took is taken for one whose message was never queued. */
const REOPENED_STALE_MS = 60 * 60_000;
const USER_KEY = /^user:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

export interface RetryOutcome {
  requeued: number;
  notRetryable: number;
}

/** undefined: no such announcement. */
export async function retryFailedDeliveries(services: Services, announcementId: string): Promise<RetryOutcome | undefined> {
  const bot = botServicesOf(services);
  if (!(await bot.announcements.summary(announcementId))) return undefined;
  const records = await bot.ledger.records(announcementId);
  const retryable = records.filter((r) => r.state === "failed" || (r.state === "retrying" && r.error === RETRY_REQUESTED));
  if (retryable.length === 0) return { requeued: 0, notRetryable: 0 };

  const chats = await bot.conversations.all();
  const byId = new Map(chats.map((c) => [c.conversationId, c]));
  const personal = new Map(chats.filter((c) => c.kind === "personal" && c.userId).map((c) => [userDeliveryKey(c.userId!), c]));
  const installServiceUrl = services.config.bot.install?.serviceUrl ?? TEAMS_GLOBAL_SERVICE_URL;
  const messages = new Map<string, DeliveryMessage>();
  const changes = new Map<string, { state: "retrying" | "blocked"; error: string }>();
  for (const { conversationId } of retryable) {
    const userId = USER_KEY.exec(conversationId)?.[1];
    const chat = userId ? personal.get(conversationId) : byId.get(conversationId);
    const gone = goneReason(chat, Boolean(userId));
    if (gone) {
      changes.set(conversationId, { state: "blocked", error: gone });
      continue;
    }
    changes.set(conversationId, { state: "retrying", error: RETRY_REQUESTED });
    messages.set(
      conversationId,
      userId
        ? // A person reached through installation: the worker finds (or makes) her chat again.
          { a: announcementId, c: conversationId, s: chat?.serviceUrl ?? installServiceUrl, l: chat?.lang ?? "sv", u: userId }
        : { a: announcementId, c: conversationId, s: chat!.serviceUrl, l: chat!.lang },
    );
  }
  const changed = await bot.ledger.reopenFailed(announcementId, changes, RETRY_REQUESTED, new Date(services.now() - REOPENED_STALE_MS));
  const queued = [...changed].flatMap((id) => messages.get(id) ?? []);
  await bot.queue.enqueue(queued);
  return { requeued: queued.length, notRetryable: [...changed].length - queued.length };
}

/** Why a delivery cannot be tried again, worded as the report's reasons read it; undefined when it can. */
function goneReason(chat: ConversationRecord | undefined, person: boolean): string | undefined {
  if (!chat) return person ? undefined : "ConversationNotFound: the chat or channel is no longer stored";
  if (!chat.active) return `MessageWritesBlocked: the chat was left (${chat.inactiveReason ?? "inactive"})`;
  return undefined;
}
