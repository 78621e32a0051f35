// Who an audience choice reaches, from the directory and the bot's conversations: the chats to
// send to, and the people to reach in their personal chat, installed for when they have none.
// Directory contacts are known by e-mail, which is their user principal name: a contact whose
// personal chat is stored under that address (the app was installed for her by an earlier
// announcement) is reached in that chat, and one who removed or blocked the bot since is left
// out; the fan-out would not find her chat by address, and must not install the app again.
// Pure: the caller loads the members and the conversations.
import type { AudiencePerson, ConversationRecord, Topic } from "@campus-westum/bot";
import type { Audience, MemberDetail } from "../../contract/index.js";

export interface AudienceTargets {
  chats: ConversationRecord[];
  people: AudiencePerson[];
  /** Chosen contacts the directory has no e-mail address for. */
  withoutAddress: number;
}

export function audienceTargets(audience: Audience, members: readonly MemberDetail[], conversations: readonly ConversationRecord[], topics: readonly Topic[]): AudienceTargets {
  switch (audience.kind) {
    case "subscribers":
      return { chats: conversations.filter((r) => r.active && r.topics.some((t) => topics.includes(t))), people: [], withoutAddress: 0 };
    case "channel":
      return { chats: conversations.filter((r) => r.active && r.kind !== "personal" && r.conversationId === audience.conversationId), people: [], withoutAddress: 0 };
    default:
      return contactsOf(members.filter(chosenBy(audience)), personalChatsByUser(conversations));
  }
}

function chosenBy(audience: Extract<Audience, { kind: "members" | "subRegions" | "areas" }>): (m: MemberDetail) => boolean {
  switch (audience.kind) {
    case "members":
      return (m) => audience.memberIds.includes(m.id);
    case "subRegions":
      return (m) => m.subRegions.some((r) => audience.subRegions.includes(r));
    case "areas":
      return (m) => m.areas.some((a) => audience.areas.includes(a));
  }
}

function contactsOf(members: MemberDetail[], chatsByUser: Map<string, ConversationRecord>): AudienceTargets {
  const chats = new Map<string, ConversationRecord>();
  const people = new Map<string, AudiencePerson>();
  let withoutAddress = 0;
  for (const contact of members.flatMap((m) => m.contacts)) {
    const address = contact.email.trim().toLowerCase();
    const chat = chatsByUser.get(address);
    if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(address)) withoutAddress++;
    else if (!chat) people.set(address, { userId: address });
    else if (chat.active) chats.set(chat.conversationId, chat);
  }
  return { chats: [...chats.values()], people: [...people.values()], withoutAddress };
}

/** Personal chats by their user (in lower case); an active one before one the user left. */
export function personalChatsByUser(conversations: readonly ConversationRecord[]): Map<string, ConversationRecord> {
  const byUser = new Map<string, ConversationRecord>();
  for (const r of conversations) {
    const user = r.kind === "personal" ? r.userId?.toLowerCase() : undefined;
    if (user && !byUser.get(user)?.active) byUser.set(user, r);
  }
  return byUser;
}
