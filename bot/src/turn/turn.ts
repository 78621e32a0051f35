// One turn as routes see it: the validated activity, the conversation's record, its language,
// and what a route may do. Routes are plain data (select, handle) and know nothing of botbuilder.
import type { BotActivity } from "../connector/activity.js";
import type { ConversationRecord, Lang } from "../conversations.js";
import type { BotPorts, Person } from "../ports.js";
import type { Incoming } from "./incoming.js";

export interface Turn {
  activity: Incoming;
  ports: BotPorts;
  /** The record of this conversation, created or refreshed for messages and invokes. */
  conversation: ConversationRecord;
  lang: Lang;
  send(activity: BotActivity): Promise<void>;
  /** The user behind the activity, with the email Teams knows when it can tell. */
  user(): Promise<Person>;
}

export interface InvokeResponse {
  status: number;
  body?: unknown;
}

export interface BotRoute {
  name: string;
  select(activity: Incoming): boolean;
  handle(turn: Turn): Promise<InvokeResponse | void>;
}
