// The results of a needs round (issue 13): what the answers add up to per education area, per
// sub-region and per member, and who has not answered yet. Pure: the round, its answers and the
// directory's members come in, the contract's NeedsResults goes out.
//
// Who counts:
// - The round's members are those with at least one recipient (a contact with an e-mail in one of
//   the round's recipient roles), as the bot sends the card to them, plus any member that answered
//   (a member may lose its contacts after answering; its answer still counts).
// - A member has answered once its answer was saved (version 1 or more), also with no needs.
// - A tally's `members` counts each member once (a member asking for IT for its students and its
//   staff is one member under IT), `participants` adds up the expected participants.
// - A member in several sub-regions counts in each: the sub-region rows may add up to more than
//   the total (the same rule as the participation report, decision 0018).
import {
  EDUCATION_AREAS,
  SUB_REGIONS,
  type ContactRoleId,
  type EducationAreaId,
  type Need,
  type NeedsAnswer,
  type NeedsAudience,
  type NeedsResults,
  type NeedsRound,
  type NeedsTally,
  type SubRegionId,
} from "../../contract/index.js";
import { compareSwedish } from "../normalize.js";

/** What the results need of a directory member. */
export interface ResultsMember {
  id: string;
  name: string;
  subRegions: readonly SubRegionId[];
  contacts: readonly { role: ContactRoleId; email: string }[];
}

/** How many people of the member get the round's card: distinct e-mails of contacts in one of the roles. */
export function recipientCount(member: Pick<ResultsMember, "contacts">, roles: readonly ContactRoleId[]): number {
  const emails = member.contacts.filter((c) => roles.includes(c.role) && c.email.trim() !== "").map((c) => c.email.trim().toLowerCase());
  return new Set(emails).size;
}

export const hasAnswered = (answer: Pick<NeedsAnswer, "version">): boolean => answer.version > 0;

/** Members and participants of the needs that pass `include`, each member counted once. */
export function tally(answers: readonly Pick<NeedsAnswer, "memberId" | "needs">[], include: (need: Need) => boolean = () => true): NeedsTally {
  const members = new Set<string>();
  let participants = 0;
  for (const answer of answers) {
    for (const need of answer.needs) {
      if (!include(need)) continue;
      members.add(answer.memberId);
      participants += need.participants;
    }
  }
  return { members: members.size, participants };
}

const inArea = (area: EducationAreaId, audience?: NeedsAudience) => (need: Need) => need.area === area && (audience === undefined || need.audience === audience);

export function needsResults(round: NeedsRound, answers: readonly NeedsAnswer[], directory: readonly ResultsMember[]): NeedsResults {
  const answered = answers.filter(hasAnswered);
  const answeredIds = new Set(answered.map((a) => a.memberId));
  const byId = new Map(directory.map((m) => [m.id, m]));
  const recipients = directory.filter((m) => recipientCount(m, round.recipientRoles) > 0);
  const subRegionsOf = (memberId: string) => byId.get(memberId)?.subRegions ?? [];
  // The round's members: every recipient member, and whoever answered.
  const population = new Set([...recipients.map((m) => m.id), ...answeredIds]);

  // The round's areas and any other area someone asked for, so that the rows add up to the total.
  const asked = new Set(answered.flatMap((a) => a.needs.map((n) => n.area)));
  const areas = EDUCATION_AREAS.map((a) => a.id).filter((id) => round.areas.includes(id) || asked.has(id));

  const byName = <T extends { memberName: string; memberId: string }>(a: T, b: T) => compareSwedish(a.memberName, b.memberName) || a.memberId.localeCompare(b.memberId);

  return {
    round,
    byArea: areas.map((area) => ({
      area,
      students: tally(answered, inArea(area, "students")),
      staff: tally(answered, inArea(area, "staff")),
      total: tally(answered, inArea(area)),
    })),
    bySubRegion: SUB_REGIONS.map(({ id }) => {
      const inRegion = (memberId: string) => subRegionsOf(memberId).includes(id);
      const answers = answered.filter((a) => inRegion(a.memberId));
      return { subRegion: id, answered: answers.length, members: [...population].filter(inRegion).length, total: tally(answers) };
    }),
    byMember: answered
      .map((a) => ({
        memberId: a.memberId,
        memberName: byId.get(a.memberId)?.name ?? a.memberName,
        subRegions: [...subRegionsOf(a.memberId)],
        ...(a.answeredAt ? { answeredAt: a.answeredAt } : {}),
        needs: a.needs,
        ...(a.comment ? { comment: a.comment } : {}),
      }))
      .sort(byName),
    notAnswered: recipients
      .filter((m) => !answeredIds.has(m.id))
      .map((m) => ({ memberId: m.id, memberName: m.name, recipients: recipientCount(m, round.recipientRoles) }))
      .sort(byName),
    total: tally(answered),
  };
}
