// Sample needs rounds for local mode (issue 13), so `npm start` shows the inventory at work: an
// open round sent a week ago that several members have answered (results, not answered, the
// reminder), and last term's closed round. Seeded once, when there is no round; the needs are
// picked from each member's own areas, so the results and the matches look like a network's.
import { addDays, stockholmDate, toStockholmIso } from "@campus-westum/bot/stockholmClock";
import { COURSE_FORMATS, EDUCATION_AREAS, NEEDS_AUDIENCES, type MemberDetail, type Need } from "../contract/index.js";
import { emptyAnswer, savedAnswer } from "../domain/needs/needsAnswer.js";
import { changeSummary } from "../domain/needs/needsChangeSummary.js";
import type { NeedsRoundRecord } from "../domain/needs/needsRound.js";
import type { Services } from "../services.js";

const DAY = 86_400_000;

function sampleNeeds(member: MemberDetail, index: number, areas: readonly string[]): Need[] {
  const own = member.areas.filter((a) => areas.includes(a));
  return own.slice(0, 1 + (index % 3)).map((area, i) => ({
    area,
    audience: NEEDS_AUDIENCES[(index + i) % 2]!.id,
    format: COURSE_FORMATS[(index + i) % COURSE_FORMATS.length]!.id,
    participants: 5 + ((index * 7 + i * 11) % 40),
    ...(i === 0 ? { note: "Gärna på eftermiddagstid." } : {}),
  }));
}

async function seedRound(services: Services, record: NeedsRoundRecord, members: readonly MemberDetail[], answering: number, nowMs: number): Promise<void> {
  await services.needs.createRound(record);
  for (const [index, member] of members.slice(0, answering).entries()) {
    const contact = member.contacts.find((c) => c.email);
    if (!contact) continue;
    const before = emptyAnswer(record.id, member);
    const needs = sampleNeeds(member, index, record.areas);
    const after = { needs, ...(index % 4 === 3 ? { comment: "Vi vill gärna samarbeta med grannkommunerna." } : {}) };
    const at = toStockholmIso(nowMs - (index + 1) * 3_600_000);
    await services.needs.saveAnswer(undefined, savedAnswer(before, { ...after, memberName: member.name }, { at, by: { name: contact.name, email: contact.email }, via: index % 2 ? "card" : "tab", summary: changeSummary(before, after, true) }));
  }
}

/** Seeds the two sample rounds unless there is a round already. */
export async function seedNeedsIfEmpty(services: Services, members: readonly MemberDetail[]): Promise<void> {
  if ((await services.needs.listRounds()).length > 0) return;
  const nowMs = services.now();
  const today = stockholmDate(nowMs);
  const allAreas = EDUCATION_AREAS.map((a) => a.id);
  const year = Number(today.slice(0, 4));
  const common = { reminderDaysBefore: 3, recipientRoles: ["rektor", "samordnare", "kompetensmaklare"] as NeedsRoundRecord["recipientRoles"], areas: allAreas };
  await seedRound(services, {
    id: "needs-0000a001",
    title: `Behovsinventering ${year + 1}`,
    period: { term: "spring", year: year + 1 },
    deadline: addDays(today, 21),
    intro: { sv: "Vilka utbildningar behöver ni nästa termin, för studerande och för personal?", en: "Which courses do you need next term, for students and for staff?" },
    sentAt: toStockholmIso(nowMs - 7 * DAY),
    updatedAt: toStockholmIso(nowMs - 7 * DAY),
    ...common,
  }, members, Math.ceil(members.length / 3), nowMs);
  await seedRound(services, {
    id: "needs-0000a000",
    title: `Behovsinventering hösten ${year}`,
    period: { term: "autumn", year },
    deadline: addDays(today, -120),
    intro: { sv: "Förra terminens inventering." },
    sentAt: toStockholmIso(nowMs - 150 * DAY),
    updatedAt: toStockholmIso(nowMs - 150 * DAY),
    ...common,
  }, members.slice(5), 8, nowMs - 125 * DAY);
}
