// The conversation's record from an activity: created on first contact (install or first
// message), refreshed on every message and invoke: the service URL can change, and a message
// from a conversation marked inactive shows it is reachable again.
import type { ConversationRecord, ConversationStore, Lang } from "../conversations.js";
import { conversationIdOf, kindOf, langOfLocale, type Incoming } from "./incoming.js";

export function recordFromActivity(activity: Incoming, existing: ConversationRecord | undefined, defaultLang: Lang, nowIso: string): ConversationRecord {
  const kind = kindOf(activity);
  return {
    conversationId: conversationIdOf(activity),
    serviceUrl: activity.serviceUrl,
    kind,
    tenantId: activity.conversation.tenantId ?? activity.channelData?.tenant?.id ?? existing?.tenantId,
    teamId: activity.channelData?.team?.id ?? existing?.teamId,
    userId: kind === "personal" ? (activity.from.aadObjectId ?? activity.from.id) : existing?.userId,
    userName: kind === "personal" ? (activity.from.name ?? existing?.userName) : existing?.userName,
    botId: activity.recipient.id,
    lang: existing?.lang ?? langOfLocale(activity.locale, defaultLang),
    topics: existing?.topics ?? [],
    active: true,
    updatedAt: nowIso,
  };
}

/** Loads the record and saves it again only when something a proactive send needs has changed. */
export async function refreshConversation(store: ConversationStore, activity: Incoming, defaultLang: Lang, nowIso: string): Promise<ConversationRecord> {
  const existing = await store.get(conversationIdOf(activity));
  const fresh = recordFromActivity(activity, existing, defaultLang, nowIso);
  const changed =
    !existing || existing.serviceUrl !== fresh.serviceUrl || !existing.active || existing.userName !== fresh.userName || existing.tenantId !== fresh.tenantId || existing.teamId !== fresh.teamId;
  if (changed) await store.save(fresh);
  return existing && !changed ? existing : fresh;
}
