// What the needs round routes share (issue 13): the round named in the path (400 for an id that
// cannot be one, 404 for one that does not exist, also for staff asking for a draft) and the round
// as the contract shows it, with the counts of its members, people and answers from the directory.
import type { HttpRequest } from "@azure/functions";
import type { NeedsRound } from "../../contract/index.js";
import type { Principal } from "../../auth/principal.js";
import { NEEDS_ROUND_ID, roundStatus, type NeedsRoundRecord } from "../../domain/needs/needsRound.js";
import { recipientCount } from "../../domain/needs/needsResults.js";
import { problems } from "../../http/problem.js";
import type { Services } from "../../services.js";
import type { StoredNeedsRound } from "../../store/needsStore.js";

export function roundIdOf(request: HttpRequest): string {
  const id = request.params.id ?? "";
  if (!NEEDS_ROUND_ID.test(id)) {
    throw problems.invalidInput([{ field: "id", message: "needs- and eight hex digits" }], {
      sv: `"${id.slice(0, 80)}" är inget giltigt id för en behovsinventering. Öppna den från listan i fliken.`,
      en: `"${id.slice(0, 80)}" is not a valid needs round id. Open the round from the list in the tab.`,
    });
  }
  return id;
}

export const roundNotFound = (id: string) =>
  problems.notFound({
    sv: `Behovsinventeringen "${id}" finns inte. Öppna listan igen.`,
    en: `There is no needs round "${id}". Open the list again.`,
  });

/** The round in the path. Staff see sent rounds only: a draft is "not found" to them. */
export async function loadRound(services: Services, request: HttpRequest, caller: Principal): Promise<StoredNeedsRound> {
  const id = roundIdOf(request);
  const stored = await services.needs.getRound(id);
  if (!stored || (caller.role !== "coordinator" && !stored.record.sentAt)) throw roundNotFound(id);
  return stored;
}

/** Per member with at least one recipient (a contact with an e-mail in one of the roles): how many people get the card. */
export async function recipientsOf(services: Services, record: Pick<NeedsRoundRecord, "recipientRoles">): Promise<Map<string, number>> {
  const members = (await services.directory.current()).all();
  const recipients = new Map<string, number>();
  for (const member of members) {
    const people = recipientCount(member, record.recipientRoles);
    if (people > 0) recipients.set(member.id, people);
  }
  return recipients;
}

/**
 * The round as the contract shows it. Its members are those with a recipient and any that
 * answered (a member may lose its contacts after answering), as the results count them.
 */
export async function roundView(services: Services, record: NeedsRoundRecord, answeredMemberIds: readonly string[]): Promise<NeedsRound> {
  const { remindedAt: _remindedAt, ...round } = record;
  const recipients = await recipientsOf(services, record);
  const people = [...recipients.values()].reduce((sum, n) => sum + n, 0);
  const members = new Set([...recipients.keys(), ...answeredMemberIds]).size;
  return { ...round, status: roundStatus(record, services.now()), answered: answeredMemberIds.length, members, people };
}

/** The view of one round, its answers read. */
export async function roundViewOf(services: Services, record: NeedsRoundRecord): Promise<NeedsRound> {
  const answers = await services.needs.listAnswerRecords(record.id);
  return roundView(services, record, answers.filter((a) => a.version > 0).map((a) => a.memberId));
}
