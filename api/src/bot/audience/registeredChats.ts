// The personal chats of people registered on a course. A registration knows her object id and
// her e-mail (her user principal name); the bot stores her chat under the object id when she
// opened the bot, and under the address when an announcement installed the app for her (until
// Teams' own message for it arrives). So her chat is looked up by both, and she is reached once.
import type { AudiencePerson, ConversationRecord } from "@campus-westum/bot";
import type { TablesConversationStore } from "../conversationStore.js";
import { personalChatsByUser } from "./audienceTargets.js";

export interface RegisteredReach {
  /** One active chat per person who has one. */
  chats: ConversationRecord[];
  /** The others, by object id: the fan-out installs the app for them (and leaves out who removed it). */
  people: AudiencePerson[];
}

export async function registeredChats(conversations: TablesConversationStore, persons: readonly { id: string; email: string }[]): Promise<RegisteredReach> {
  if (persons.length === 0) return { chats: [], people: [] };
  const addressOf = (p: { email: string }) => p.email.trim().toLowerCase();
  const known = personalChatsByUser(await conversations.personalChatsOf(persons.flatMap((p) => [p.id, addressOf(p)])));
  const chats = new Map<string, ConversationRecord>();
  const people: AudiencePerson[] = [];
  for (const person of persons) {
    const chat = known.get(person.id.toLowerCase()) ?? known.get(addressOf(person));
    if (chat) chats.set(chat.conversationId, chat);
    else people.push({ userId: person.id });
  }
  return { chats: [...chats.values()], people };
}
