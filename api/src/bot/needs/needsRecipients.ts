// Who gets a needs round's card (issue 13): every contact with an e-mail, in one of the round's
// recipient roles, of the members asked; a person who is a contact of several members gets one
// card (she chooses the member in it). A directory contact is reached by her e-mail, which is her
// user principal name (audienceTargets.ts): in her personal chat, installed for when she has none.
// Pure: the caller loads the members.
import type { AudiencePerson } from "@campus-westum/bot";
import type { ContactRoleId, MemberDetail } from "../../contract/index.js";

const ADDRESS = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

export interface NeedsRecipients {
  /** The members with at least one recipient. */
  memberIds: string[];
  people: AudiencePerson[];
}

/** `roles` undefined: every contact (the question to the members that teach an area). */
export function needsRecipients(members: readonly MemberDetail[], roles: readonly ContactRoleId[] | undefined, only?: readonly string[]): NeedsRecipients {
  const people = new Map<string, AudiencePerson>();
  const memberIds: string[] = [];
  for (const member of members) {
    if (only && !only.includes(member.id)) continue;
    const addresses = member.contacts
      .filter((c) => !roles || roles.includes(c.role))
      .map((c) => c.email.trim().toLowerCase())
      .filter((a) => ADDRESS.test(a));
    if (addresses.length === 0) continue;
    memberIds.push(member.id);
    for (const address of addresses) people.set(address, { userId: address });
  }
  return { memberIds, people: [...people.values()] };
}
