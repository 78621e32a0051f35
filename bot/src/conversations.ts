// Where the bot can reach people: one record per installation (a personal chat, a channel of
// a team, a group chat), with the conversation reference proactive messages need, the
// language and the topics it subscribes to. In a channel the subscription is the channel's.
import * as z from "zod";

export type Lang = "sv" | "en";
export type ConversationKind = "personal" | "channel" | "groupChat";

/** Topics: every new training, new trainings of an area or sub-region, digital fika, the tech network. */
export const topicSchema = z.union([
  z.literal("trainings"),
  z.string().regex(/^area:[a-z-]+$/),
  z.string().regex(/^subregion:[a-z-]+$/),
  z.literal("fika"),
  z.literal("tech-network"),
]);
export type Topic = z.infer<typeof topicSchema>;

export interface ConversationRecord {
  /** The id proactive messages go to: the chat's id, or the channel's id (no ;messageid= part). */
  conversationId: string;
  serviceUrl: string;
  kind: ConversationKind;
  tenantId?: string;
  /** For channels: the team, so that the team's deletion removes its channels. */
  teamId?: string;
  /** For channels: the team's and the channel's names as Teams last sent them (coordinators choose a channel by them). */
  teamName?: string;
  channelName?: string;
  /** For personal chats: the user (AAD object id when Teams gives it). */
  userId?: string;
  userName?: string;
  botId?: string;
  lang: Lang;
  topics: Topic[];
  /** False after a 403/404: the user blocked or removed the bot, or the chat is gone. */
  active: boolean;
  inactiveReason?: string;
  updatedAt: string;
}

export interface ConversationStore {
  get(conversationId: string): Promise<ConversationRecord | undefined>;
  save(record: ConversationRecord): Promise<void>;
  remove(conversationId: string): Promise<void>;
  /** Removes every channel record of a team; returns how many. */
  removeTeam(teamId: string): Promise<number>;
  /** Gives every record of a team the team's new name (teamRenamed). */
  renameTeam(teamId: string, name: string): Promise<void>;
  markInactive(conversationId: string, reason: string): Promise<void>;
  /** Active conversations subscribed to any of the topics. */
  subscribersOf(topics: Topic[]): Promise<ConversationRecord[]>;
  /** Active personal chats, by user id. */
  personalChatsOf(userIds: string[]): Promise<ConversationRecord[]>;
}
