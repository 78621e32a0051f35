// What the write-back puts in the needs inventory's lists (docs/decisions/0020): one item of
// Behovsinventeringar per round, one item of Behov per stated need. The app keeps the truth and
// never reads these back, so there is no read mapping; choices carry the Swedish labels
// coordinators see, times are UTC instants as Graph answers them, and lookups are item ids the
// caller found.
import { startOfStockholmDay } from "@campus-westum/bot/stockholmClock";
import { CONTACT_ROLES, COURSE_FORMATS, EDUCATION_AREAS, NEEDS_AUDIENCES, TERMS, type Need } from "../../contract/index.js";
import type { NeedsAnswerRecord } from "../../domain/needs/needsAnswer.js";
import type { NeedsRoundRecord } from "../../domain/needs/needsRound.js";
import { label, orNull, utcInstant } from "./courseListFields.js";

type Fields = Record<string, unknown>;

/**
 * The round's stored state, not its status: "closed" follows from the clock at the end of the
 * deadline day, when nothing is written, so the list shows the deadline beside "Skickad" instead.
 */
export const ROUND_LIST_STATUSES = { draft: "Utkast", sent: "Skickad" } as const;

/** A need's key column: one need per area and audience in an answer (needsSchemas.ts), so it stays the same across edits. */
export const needListKey = (roundId: string, memberId: string, need: Pick<Need, "area" | "audience">) => `${roundId}/${memberId}/${need.area}/${need.audience}`;

/** A date-only column holds the day's midnight in the site's time zone (Stockholm), as a UTC instant. */
const dayColumn = (day: string) => utcInstant(new Date(startOfStockholmDay(day)).toISOString());

export function roundListFields(round: NeedsRoundRecord): Fields {
  return {
    Title: round.title,
    RoundKey: round.id,
    Term: label(TERMS, round.period.term),
    Year: round.period.year,
    Deadline: dayColumn(round.deadline),
    Status: round.sentAt ? ROUND_LIST_STATUSES.sent : ROUND_LIST_STATUSES.draft,
    SentAt: round.sentAt ? utcInstant(round.sentAt) : null,
    RecipientRoles: round.recipientRoles.map((r) => label(CONTACT_ROLES, r)),
    "RecipientRoles@odata.type": "Collection(Edm.String)",
    EducationAreas: round.areas.map((a) => label(EDUCATION_AREAS, a)),
    "EducationAreas@odata.type": "Collection(Edm.String)",
  };
}

export function needListFields(answer: NeedsAnswerRecord, need: Need, lookups: { roundItemId: string; memberItemId: string }): Fields {
  return {
    Title: `${answer.memberName}: ${label(EDUCATION_AREAS, need.area)} (${label(NEEDS_AUDIENCES, need.audience).toLowerCase()})`.slice(0, 255),
    NeedKey: needListKey(answer.roundId, answer.memberId, need),
    RoundLookupId: lookups.roundItemId,
    MemberLookupId: lookups.memberItemId,
    EducationArea: label(EDUCATION_AREAS, need.area),
    Audience: label(NEEDS_AUDIENCES, need.audience),
    Format: label(COURSE_FORMATS, need.format),
    Participants: need.participants,
    Note: orNull(need.note),
    Comment: orNull(answer.comment),
  };
}
