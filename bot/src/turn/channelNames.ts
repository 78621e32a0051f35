// A channel's record that lacks its team's name gets the names from the Bot Connector's team
// endpoints, once: records made from a message (messages carry ids only) or stored before names
// were kept. GET /v3/teams/{teamId} answers the team's name; GET /v3/teams/{teamId}/conversations
// its channels, the General channel (whose id is the team's) with name null "to allow for
// localization" (learn.microsoft.com/microsoftteams/platform/bots/how-to/get-teams-context).
// A failed lookup leaves the record as it is: the turn goes on, and the next one tries again.
import type { ConversationRecord, ConversationStore } from "../conversations.js";

export interface TeamNames {
  name?: string;
  channels: { id: string; name?: string }[];
}

export type TeamLookup = (teamId: string) => Promise<TeamNames>;

export async function withChannelNames(store: ConversationStore, record: ConversationRecord, lookUp: TeamLookup): Promise<ConversationRecord> {
  if (record.kind !== "channel" || !record.teamId || record.teamName !== undefined) return record;
  const names = await lookUp(record.teamId).catch(() => undefined);
  if (!names?.name) return record;
  const channelName = names.channels.find((c) => c.id === record.conversationId)?.name ?? record.channelName;
  const named: ConversationRecord = { ...record, teamName: names.name, channelName: channelName || undefined };
  await store.save(named);
  return named;
}
