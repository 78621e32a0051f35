// The conversation's record from an activity: created on first contact (install or first
// message), refreshed on every message and invoke: the service URL can change, and a message
// from a conversation marked inactive shows it is reachable again. A channel's names come as
// Teams sends them (learn.microsoft.com/microsoftteams/platform/bots/how-to/conversations/
// subscribe-to-conversation-events): the bot's installation in a team carries channelData.team.name
// and the chosen channel's name in conversation.name; channelRenamed carries channelData.channel
// {id, name}; teamRenamed channelData.team {id, name}. Messages carry ids only: names are kept.
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
    teamName: kind === "channel" ? (activity.channelData?.team?.name ?? existing?.teamName) : undefined,
    channelName: kind === "channel" ? (activity.channelData?.channel?.name ?? channelNameOfInstall(activity) ?? existing?.channelName) : undefined,
    userId: kind === "personal" ? (activity.from.aadObjectId ?? activity.from.id) : existing?.userId,
    userName: kind === "personal" ? (activity.from.name ?? existing?.userName) : existing?.userName,
    botId: activity.recipient.id,
    lang: existing?.lang ?? langOfLocale(activity.locale, defaultLang),
    topics: existing?.topics ?? [],
    active: true,
    updatedAt: nowIso,
  };
}

/** At installation the conversation is the chosen channel itself, named in conversation.name (absent for a team's first channel). */
const channelNameOfInstall = (activity: Incoming) => (activity.channelData?.channel ? undefined : activity.conversation.name);

/** Loads the record and saves it again only when something a proactive send needs has changed. */
export async function refreshConversation(store: ConversationStore, activity: Incoming, defaultLang: Lang, nowIso: string): Promise<ConversationRecord> {
  const existing = await store.get(conversationIdOf(activity));
  const fresh = recordFromActivity(activity, existing, defaultLang, nowIso);
  const changed =
    !existing || existing.serviceUrl !== fresh.serviceUrl || !existing.active || existing.userName !== fresh.userName || existing.tenantId !== fresh.tenantId || existing.teamId !== fresh.teamId ||
    existing.teamName !== fresh.teamName || existing.channelName !== fresh.channelName;
  if (changed) await store.save(fresh);
  return existing && !changed ? existing : fresh;
}
