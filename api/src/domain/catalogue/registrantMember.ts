// Whose registration it is and which member (learning centre) its hours count for. The person
// comes from the caller's token unless a coordinator registers someone else; the member is the
// one the directory knows the person by, declared by the person where the directory does not
// know her, or set by a coordinator. Pure: the handler and the bot both ask it.
import type { MemberSource } from "../../contract/index.js";

export interface Registrant {
  person: { id: string; name: string; email: string; memberId: string };
  memberSource: MemberSource;
}

export type RegistrantRefusal =
  /** Someone who is not a coordinator named a person in the body. */
  | "person-not-allowed"
  /** The directory knows the person by another member than the one asked for. */
  | "member-differs"
  /** Nobody said which member, and the directory does not know the person. */
  | "member-required";

export interface RegistrantRequest {
  caller: { id: string; name: string; email: string; coordinator: boolean };
  /** `person` and `memberId` of the request body. */
  person?: { id: string; name: string; email: string };
  memberId?: string;
  /** The member whose contact has this e-mail/UPN, if the directory knows one. */
  memberOf(email: string): string | undefined;
}

export function decideRegistrant(request: RegistrantRequest): { ok: true; registrant: Registrant } | { ok: false; reason: RegistrantRefusal; directoryMemberId?: string } {
  const { caller, memberId } = request;
  if (request.person && !caller.coordinator) return { ok: false, reason: "person-not-allowed" };
  const person = request.person ?? { id: caller.id, name: caller.name, email: caller.email };
  const known = person.email ? request.memberOf(person.email) : undefined;
  const decided = (id: string, memberSource: MemberSource) => ({ ok: true as const, registrant: { person: { ...person, memberId: id }, memberSource } });

  if (caller.coordinator && memberId) return decided(memberId, memberId === known ? "directory" : "coordinator");
  if (known) return !memberId || memberId === known ? decided(known, "directory") : { ok: false, reason: "member-differs", directoryMemberId: known };
  if (memberId) return decided(memberId, "declared");
  return { ok: false, reason: "member-required" };
}
