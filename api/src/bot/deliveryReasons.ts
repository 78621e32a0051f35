// Why deliveries did not arrive, in words a coordinator can act on: each recorded error (the
// worker's and the installer's, docs/decisions/0006 and 0016) maps to a reason code that the tab
// says in Swedish or English. The raw error goes along for whoever has to look further (an admin).
// Teams' codes are those of "Status codes from bot conversational APIs" (sendOutcome.ts).
import { ALARM_PAUSE_ERROR, isRefusalError } from "@campus-westum/bot";
import type { DeliveryReasonCode, DeliveryReasonGroup } from "../contract/index.js";

/** The reason code of one delivery's recorded error, for the states a report explains. */
export function reasonOf(state: string, error: string | undefined): DeliveryReasonCode {
  const text = error ?? "";
  if (state === "blocked") {
    if (/ConversationNotFound/.test(text)) return "chat-gone";
    if (/BotNotInConversationRoster/.test(text)) return "bot-removed";
    return "blocked-bot";
  }
  if (state === "unreachable") {
    if (/proactive installation is not configured/.test(text)) return "not-installed";
    if (/^blocked or removed the bot/.test(text)) return "blocked-bot";
    if (/^unknown user/.test(text)) return "unknown-user";
    if (/^no Teams licence/.test(text)) return "no-licence-or-policy";
    return "cannot-install";
  }
  if (text === ALARM_PAUSE_ERROR) return "paused";
  if (state === "retrying") return isRefusalError(text) ? "refused" : "waiting";
  // Failed: given up, or never worth another try.
  if (/^gave up after \d+ attempts: refused: /.test(text)) return "refused-repeatedly";
  if (/^gave up after \d+ attempts: /.test(text)) return "teams-unavailable";
  if (text === "announcement not found") return "announcement-missing";
  if (/^handed out \d+ times without a result/.test(text)) return "no-result";
  if (/^a previous send ended without a result/.test(text)) return "uncertain";
  if (/^4\d\d\b/.test(text)) return "rejected";
  return "other";
}

/** Deliveries that failed, were blocked, unreachable or refused, grouped by state and reason; largest groups first. */
export function reasonGroups(records: { state: string; error?: string }[], max = 20): DeliveryReasonGroup[] {
  const groups = new Map<string, DeliveryReasonGroup>();
  for (const { state, error } of records) {
    const shown = state === "failed" || state === "blocked" || state === "unreachable" || (state === "retrying" && isRefusalError(error));
    if (!shown) continue;
    const code = reasonOf(state, error);
    const key = `${state} ${code}`;
    const group = groups.get(key) ?? { state: state === "retrying" ? "refused" : (state as DeliveryReasonGroup["state"]), code, count: 0, example: (error ?? "").slice(0, 300) };
    group.count++;
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => b.count - a.count).slice(0, max);
}
