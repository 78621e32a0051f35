// What a Bot Connector answer means for a delivery, following Microsoft's guidance for Teams
// bots: 429, 412, 502, 503 and 504 are transient (retry, honouring Retry-After); 403 (the user
// blocked or uninstalled the bot: MessageWritesBlocked / ConversationBlockedByUser, or the bot
// is no longer in the conversation) and 404 (the conversation is gone) are permanent for that
// recipient, who is then marked inactive; anything else is a failure not worth repeating.

export interface ConnectorAnswer {
  status: number;
  /** Retry-After in milliseconds, when the answer had one. */
  retryAfterMs?: number;
  /** The error code of the body ({ error: { code, message } }), when there was one. */
  code?: string;
  message?: string;
  /** The id the service gave the activity (2xx). */
  activityId?: string;
}

export type SendOutcome =
  | { kind: "sent"; activityId: string }
  | { kind: "retry"; afterMs?: number; error: string }
  | { kind: "inactive"; error: string }
  | { kind: "failed"; error: string };

const TRANSIENT = new Set([412, 429, 502, 503, 504]);

export function outcomeOf(answer: ConnectorAnswer, sentId: string): SendOutcome {
  const error = `${answer.status}${answer.code ? ` ${answer.code}` : ""}${answer.message ? `: ${answer.message}` : ""}`;
  if (answer.status >= 200 && answer.status < 300) return { kind: "sent", activityId: answer.activityId ?? sentId };
  if (TRANSIENT.has(answer.status)) return { kind: "retry", afterMs: answer.retryAfterMs, error };
  if (answer.status === 403 || answer.status === 404) return { kind: "inactive", error };
  return { kind: "failed", error };
}

/** A network error or timeout: the request may or may not have arrived; retry with the same id. */
export const networkOutcome = (error: unknown): SendOutcome => ({ kind: "retry", error: `network: ${String(error)}` });
