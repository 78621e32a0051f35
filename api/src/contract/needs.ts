// The needs inventory (behovsinventering, issue 13): once a term coordinators ask every member
// what it needs next term, for its students and its staff, and the answers become a basis for the
// courses members share. Until now it ran in a separate survey tool.
//
// A round is a coordinator's question to the network: a title, the term it concerns, an answer
// deadline (a Stockholm day; answers are accepted until the end of that day) and the form, built
// from the app's own vocabulary: a need is an education area, for students or staff, in a course
// format, with the expected number of participants and a short note. Each member has at most one
// answer per round; every contact of the member may edit it until the deadline, and the answer's
// history says who changed what. Staff see their own member's answers only; coordinators see all.
//
// Routes (errors problem+json in sv/en after Accept-Language; `type` ends in the slug):
//   GET  /api/needs/rounds                          200 NeedsRoundList (staff: sent rounds only)
//   POST /api/needs/rounds                          201 NeedsRound (coordinator; created as draft); 400; 403
//   PUT  /api/needs/rounds/{id}                     200 NeedsRound (coordinator); 400; 404;
//                                                   409 round-sent (only the deadline and reminder may change once sent)
//   POST /api/needs/rounds/{id}/send                200 NeedsRound (coordinator): the bot sends the answer card to
//                                                   every contact of every member with one of `recipientRoles`;
//                                                   409 round-closed (past its deadline)
//   POST /api/needs/rounds/{id}/remind              200 NeedsReminderResult (coordinator): the card again, to the
//                                                   recipients of members that have not answered
//   GET  /api/needs/rounds/{id}/answers/mine        200 MyNeedsAnswers: the answers of the members the caller is a
//                                                   contact of (an empty answer for a member without one yet)
//   PUT  /api/needs/rounds/{id}/answers/{memberId}  200 NeedsAnswer (a contact of that member, or a coordinator;
//                                                   body NeedsAnswerInput); 400 invalid-input; 403 not-your-member;
//                                                   404; 409 answer-changed (`version` is not the stored one: someone
//                                                   else saved first; nothing is stored), 409 round-closed (after the
//                                                   deadline or before it is sent)
//   GET  /api/needs/rounds/{id}/results[?format=csv|xlsx]   200 NeedsResults (coordinator); the export has every table
//   GET  /api/needs/rounds/{id}/matches             200 NeedsMatches (coordinator)
//   POST /api/needs/rounds/{id}/matches/{area}/draft-course      201 Course (coordinator): a draft course for that
//                                                   area, its description drawn from the needs stated for it
//   POST /api/needs/rounds/{id}/matches/{area}/ask-providers     200 NeedsProviderRequest (coordinator): a card to the
//                                                   contacts of the members that teach the area, asking who can give it;
//                                                   asked once per round and area: again, 200 with the first request and alreadyAsked
// Answers come in from the tab (PUT above) and from the bot's card (Universal Actions, same rules).
import type { CourseFormat } from "./catalogue.js";
import type { ContactRoleId, EducationAreaId, SubRegionId } from "./directory.js";

export const NEEDS_AUDIENCES = [
  { id: "students", sv: "Studerande", en: "Students" },
  { id: "staff", sv: "Personal", en: "Staff" },
] as const;
export type NeedsAudience = (typeof NEEDS_AUDIENCES)[number]["id"];

export const TERMS = [
  { id: "spring", sv: "Vårterminen", en: "Spring term" },
  { id: "autumn", sv: "Höstterminen", en: "Autumn term" },
] as const;
export type Term = (typeof TERMS)[number]["id"];

/** Needs in one answer: one per area and audience at most. */
export const MAX_NEEDS_PER_ANSWER = 20;
/** Expected participants of one need. */
export const MAX_NEED_PARTICIPANTS = 1000;
/** Rounds a network keeps (every list reads them all). */
export const MAX_NEEDS_ROUNDS = 100;

export type NeedsRoundStatus = "draft" | "open" | "closed";

export interface NeedsRoundInput {
  /** 1-120 characters, one line: "Behovsinventering våren 2027". */
  title: string;
  /** The term the needs concern. */
  period: { term: Term; year: number };
  /** The last Stockholm day answers are accepted: "2027-01-31". */
  deadline: string;
  /** Days before the deadline the bot reminds those who have not answered; 0 = no reminder. 0-14, default 3. */
  reminderDaysBefore?: number;
  /** Contact roles that get the card (at least one). */
  recipientRoles: ContactRoleId[];
  /** The areas the form offers (at least one; default every area). */
  areas: EducationAreaId[];
  /** A short introduction above the form, 0-1000 characters each. English falls back to Swedish. */
  intro: { sv: string; en?: string };
}

export interface NeedsRound extends Required<NeedsRoundInput> {
  /** "needs-" and eight hex digits. */
  id: string;
  /** draft until sent; open until the end of the deadline day; closed after it. */
  status: NeedsRoundStatus;
  /** When it was sent (ISO, Stockholm offset). */
  sentAt?: string;
  /** The announcement that carried the cards: its delivery report is in "Utskick". */
  announcementId?: string;
  updatedAt: string;
  /** Members that have answered / members with at least one recipient. */
  answered: number;
  members: number;
  /** People the card goes to: the contacts (with an e-mail) of those members with one of `recipientRoles`.
   *  The tab names it before "Skicka". Optional: added after the first contract, the tab copes without it. */
  people?: number;
}

export interface NeedsRoundList {
  rounds: NeedsRound[];
}

/** One stated need. */
export interface Need {
  area: EducationAreaId;
  audience: NeedsAudience;
  format: CourseFormat;
  /** 1-MAX_NEED_PARTICIPANTS. */
  participants: number;
  /** 0-500 characters. */
  note?: string;
}

export interface NeedsAnswerInput {
  /** At most MAX_NEEDS_PER_ANSWER; one per (area, audience); only the round's areas. Empty = "no needs this term". */
  needs: Need[];
  /** 0-2000 characters. */
  comment?: string;
  /** The version the editor started from: 0 for a member's first answer. */
  version: number;
}

export interface NeedsAnswerChange {
  at: string;
  /** From the token: who saved. */
  by: { name: string; email?: string };
  via: "tab" | "card";
  /** What changed, in words of the caller's language: "La till IT (personal)". */
  summary: string;
}

export interface NeedsAnswer {
  roundId: string;
  memberId: string;
  memberName: string;
  needs: Need[];
  comment?: string;
  /** 0 while nobody has answered; +1 on every save. */
  version: number;
  answeredAt?: string;
  /** Newest first. */
  history: NeedsAnswerChange[];
}

export interface MyNeedsAnswers {
  round: NeedsRound;
  /** One per member the caller is a contact of; empty when she is nobody's contact. */
  answers: NeedsAnswer[];
}

export interface NeedsReminderResult {
  /** Members without an answer whose recipients got the card again. */
  members: number;
  people: number;
  announcementId?: string;
}

/** Members and expected participants that asked for something. */
export interface NeedsTally {
  members: number;
  participants: number;
}

export interface NeedsResults {
  round: NeedsRound;
  /** Every area of the round, in EDUCATION_AREAS order, also those nobody asked for. */
  byArea: Array<{ area: EducationAreaId; students: NeedsTally; staff: NeedsTally; total: NeedsTally }>;
  /** A member in several sub-regions counts in each (rows may add up to more than the total). */
  bySubRegion: Array<{ subRegion: SubRegionId; answered: number; members: number; total: NeedsTally }>;
  byMember: Array<{ memberId: string; memberName: string; subRegions: SubRegionId[]; answeredAt?: string; needs: Need[]; comment?: string }>;
  notAnswered: Array<{ memberId: string; memberName: string; recipients: number }>;
  total: NeedsTally;
}

/** Needs meet offers: per area that someone asked for, what the network already has. */
export interface NeedsMatch {
  area: EducationAreaId;
  asked: NeedsTally;
  /** Published or draft courses of the catalogue in the area that have not ended. */
  courses: Array<{ id: string; title: string; status: string; provider: string; firstStart?: string }>;
  /** Members that teach the area (the directory), with how many contacts would get the ask-providers card. */
  providers: Array<{ memberId: string; memberName: string; contacts: number }>;
  /** Distinct people (e-mails, case-insensitive) the ask-providers card would reach: a contact of two providers counts once. */
  people: number;
  /** Set once a coordinator asked the area's providers in the round (ask-providers answers it again rather than asking twice). */
  providersAsked?: ProvidersAsked;
}

/** Who asked the members that teach an area, when, and how many members and distinct people it reached. */
export interface ProvidersAsked {
  at: string;
  by: string;
  members: number;
  people: number;
}

export interface NeedsMatches {
  round: NeedsRound;
  /** Areas with at least one need, most members first. */
  matches: NeedsMatch[];
}

export interface NeedsProviderRequest {
  area: EducationAreaId;
  members: number;
  /** Distinct people (e-mail addresses, case-insensitive) the card goes to. */
  people: number;
  announcementId?: string;
  /** When and by whom the request was made; with `alreadyAsked`, this answer is the earlier request's and nothing new was sent. */
  at?: string;
  by?: string;
  alreadyAsked?: boolean;
}

/** On a course (catalogue): how many members asked for one of its areas in the round open now or last closed. */
export interface CourseNeedsDemand {
  roundId: string;
  roundTitle: string;
  members: number;
}
