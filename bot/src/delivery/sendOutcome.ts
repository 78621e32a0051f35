// What a Bot Connector answer means for a delivery, following Teams' table "Status codes from
// bot conversational APIs" (msteams-docs, bots/build-conversational-capability):
// - 429, 412, 502, 503 and 504 are transient: retry (honouring Retry-After where given,
//   else exponential backoff with jitter; the docs do not promise the header).
// - The recipient is gone for good only where Teams says so for that one conversation:
//   403 with subCode MessageWritesBlocked (the user blocked or uninstalled the bot; "Send
//   proactive messages"), 403 ConversationBlockedByUser, 403 BotNotInConversationRoster (the
//   bot was removed; Teams sends installationUpdate when it is added again), and 404
//   ConversationNotFound. The recipient is then marked inactive.
// - Any other 403 (BotDisabledByAdmin: a tenant policy; NotEnoughPermissions;
//   ForbiddenOperationException; InvalidBotApiHost; a 403 without a code) may hold for the
//   whole tenant or be our own mistake: "refused", a failure that is reported and tried again
//   later, a bounded number of times, never a reason to unsubscribe anyone. The same for a
//   404 that does not say the conversation is gone.
// - Anything else is a failure not worth repeating.
import { REFUSED_PREFIX } from "./refusalWatch.js";

export interface ConnectorAnswer {
  status: number;
  /** Retry-After in milliseconds, when the answer had one that could be read. */
  retryAfterMs?: number;
  /** The error code of the body, when there was one. */
  code?: string;
  /** Teams' subCode (MessageWritesBlocked), when the body carried one. */
  subCode?: string;
  message?: string;
  /** The id the service gave the activity (2xx). */
  activityId?: string;
}

export type SendOutcome =
  | { kind: "sent"; activityId: string }
  | { kind: "retry"; afterMs?: number; throttled: boolean; error: string }
  | { kind: "inactive"; error: string }
  | { kind: "refused"; error: string }
  | { kind: "failed"; error: string };

const TRANSIENT = new Set([412, 429, 502, 503, 504]);
const RECIPIENT_GONE_403 = new Set(["ConversationBlockedByUser", "BotNotInConversationRoster"]);

export function outcomeOf(answer: ConnectorAnswer, sentId: string): SendOutcome {
  const code = [answer.code, answer.subCode].filter(Boolean).join("/");
  const error = `${answer.status}${code ? ` ${code}` : ""}${answer.message ? `: ${answer.message}` : ""}`;
  if (answer.status >= 200 && answer.status < 300) return { kind: "sent", activityId: answer.activityId ?? sentId };
  if (TRANSIENT.has(answer.status)) return { kind: "retry", afterMs: answer.retryAfterMs, throttled: answer.status === 429, error };
  if (answer.status === 403) {
    const gone = answer.subCode === "MessageWritesBlocked" || RECIPIENT_GONE_403.has(answer.code ?? "");
    return gone ? { kind: "inactive", error } : { kind: "refused", error: REFUSED_PREFIX + error };
  }
  if (answer.status === 404) return answer.code === "ConversationNotFound" ? { kind: "inactive", error } : { kind: "refused", error: REFUSED_PREFIX + error };
  return { kind: "failed", error };
}

/** A network error or timeout: the request may or may not have arrived; retry with the same id. */
export const networkOutcome = (error: unknown): SendOutcome => ({ kind: "retry", throttled: false, error: `network: ${String(error)}` });
