// Needs meet offers (issue 13): for each area someone asked for in a round, the courses of the
// catalogue that cover it and the members that teach it. Pure: the round's results, the catalogue's
// courses and the directory's members come in.
//
// - A course covers an area when the area is one of its areas. Published and draft courses count
//   (a draft shows a coordinator that someone is already planning it); cancelled ones do not, nor
//   courses whose last session has ended. A course without sessions yet has not ended.
// - A member teaches an area when the directory lists the area among the member's areas. `contacts`
//   is how many people the ask-providers card would reach: its contacts' distinct e-mails.
import type { Contact, EducationAreaId, NeedsMatch, NeedsMatches, NeedsResults, ProvidersAsked } from "../../contract/index.js";
import type { CourseRecord } from "../catalogue/courseSchema.js";
import { epochOf } from "../catalogue/courseView.js";
import { compareSwedish } from "../normalize.js";

export interface ProviderMember {
  id: string;
  name: string;
  areas: readonly EducationAreaId[];
  contacts: readonly Pick<Contact, "email">[];
}

/** The people a card to these members reaches: their contacts' distinct e-mails (a contact of two members is one person). */
export function peopleReached(members: readonly Pick<ProviderMember, "contacts">[]): number {
  return new Set(members.flatMap((m) => m.contacts.map((c) => c.email.trim().toLowerCase())).filter((e) => e !== "")).size;
}

/** The people a card to this member reaches: its contacts' distinct e-mails. */
export function contactCount(member: Pick<ProviderMember, "contacts">): number {
  return peopleReached([member]);
}

function hasEnded(course: CourseRecord, nowMs: number): boolean {
  return course.sessions.length > 0 && Math.max(...course.sessions.map((s) => epochOf(s.end))) < nowMs;
}

/** The catalogue's live courses (published or draft, not ended) in the area, soonest first. */
export function coursesInArea(area: EducationAreaId, courses: Iterable<CourseRecord>, nowMs: number): NeedsMatch["courses"] {
  const live = [...courses].filter((c) => c.areas.includes(area) && c.status !== "cancelled" && !hasEnded(c, nowMs));
  return live
    .map((c) => ({ id: c.id, title: c.title, status: c.status, provider: c.providerName, ...(c.sessions[0] ? { firstStart: c.sessions[0].start } : {}) }))
    .sort((a, b) => (a.firstStart ?? "\uffff").localeCompare(b.firstStart ?? "\uffff") || compareSwedish(a.title, b.title));
}

/** The members that teach the area, by name. */
export function providersOf(area: EducationAreaId, members: Iterable<ProviderMember>): NeedsMatch["providers"] {
  return [...members]
    .filter((m) => m.areas.includes(area))
    .map((m) => ({ memberId: m.id, memberName: m.name, contacts: contactCount(m) }))
    .sort((a, b) => compareSwedish(a.memberName, b.memberName));
}

export function needsMatches(results: NeedsResults, courses: Iterable<CourseRecord>, members: readonly ProviderMember[], nowMs: number, asked: ReadonlyMap<string, ProvidersAsked> = new Map()): NeedsMatches {
  const catalogue = [...courses];
  const areas = results.byArea.filter((a) => a.total.members > 0);
  // Most members first; then most participants; then the areas' own order (byArea's order, kept by a stable sort).
  areas.sort((a, b) => b.total.members - a.total.members || b.total.participants - a.total.participants);
  return {
    round: results.round,
    matches: areas.map(({ area, total }) => {
      const providersAsked = asked.get(area);
      const people = peopleReached(members.filter((m) => m.areas.includes(area)));
      return { area, asked: total, courses: coursesInArea(area, catalogue, nowMs), providers: providersOf(area, members), people, ...(providersAsked ? { providersAsked } : {}) };
    }),
  };
}
