// Who an audience choice reaches, from the directory and the bot's conversations: the chats to
// send to, and the people (by object id or, for directory contacts, their e-mail, which is
// their user principal name) to reach in their personal chat, installed for when they have
// none. Pure: the caller loads the members and the conversations.
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
      return contactsOf(members.filter(chosenBy(audience)));
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

function contactsOf(members: MemberDetail[]): AudienceTargets {
  const people = new Map<string, AudiencePerson>();
  let withoutAddress = 0;
  for (const contact of members.flatMap((m) => m.contacts)) {
    const address = contact.email.trim().toLowerCase();
    if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(address)) withoutAddress++;
    else people.set(address, { userId: address });
  }
  return { chats: [], people: [...people.values()], withoutAddress };
}
