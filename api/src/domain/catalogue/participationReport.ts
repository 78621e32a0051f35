// Participation hours for grant reports, per participant, member, sub-region, project and month.
// Hours are counted for the sessions that start within [from, to] (Stockholm days), whatever
// became of the registration later: an hour attended stays attended. A course keeps the project
// name it was given, so a project deactivated or removed since still has its row. A member in
// two sub-regions (Kungsbacka) counts in each: the sub-region rows may add up to more than the
// total. Pure.
import type { ParticipationReport, SubRegionId } from "../../contract/index.js";
import type { CourseRecord } from "./courseSchema.js";
import { epochOf } from "./courseView.js";
import { sumHours } from "./hours.js";
import type { RegistrationRecord } from "./registrationRecord.js";
import { stockholmDate, stockholmMonth } from "@campus-westum/bot/stockholmClock";

export interface ReportQuery {
  from: string;
  to: string;
  project?: string;
  member?: string;
}

/** What the report needs of the directory: a member's name and sub-regions (none when unknown). */
export interface ReportMembers {
  name(id: string): string;
  subRegions(id: string): readonly SubRegionId[];
}

interface Line {
  personId: string;
  memberId: string;
  project: string | null;
  month: string;
  hours: number;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

export function participationReport(
  query: ReportQuery,
  courses: readonly { course: CourseRecord; registrations: readonly RegistrationRecord[] }[],
  directory: ReportMembers,
): ParticipationReport {
  const memberName = (id: string) => directory.name(id);
  const lines: Line[] = [];
  const registeredPeople = new Set<string>();
  const people = new Map<string, { name: string; email: string; memberId: string; courses: Set<string>; sessions: number }>();
  let courseCount = 0;
  for (const { course, registrations } of courses) {
    if (query.project && course.project !== query.project) continue;
    const sessions = course.sessions.filter((s) => {
      const day = stockholmDate(epochOf(s.start));
      return day >= query.from && day <= query.to;
    });
    if (sessions.length === 0) continue;
    courseCount++;
    for (const r of registrations) {
      if (query.member && r.person.memberId !== query.member) continue;
      const attended = sessions.filter((s) => (r.attendance[s.id] ?? 0) > 0);
      if (r.status === "registered") registeredPeople.add(r.person.id);
      if (r.status !== "registered" && attended.length === 0) continue;
      const person = people.get(r.person.id) ?? { ...r.person, courses: new Set<string>(), sessions: 0 };
      person.courses.add(course.id);
      person.sessions += attended.length;
      people.set(r.person.id, person);
      for (const s of attended) {
        lines.push({ personId: r.person.id, memberId: r.person.memberId, project: course.project, month: stockholmMonth(epochOf(s.start)), hours: r.attendance[s.id]! });
      }
    }
  }

  /** Lines grouped under each of their keys: a line with two keys counts in both groups. */
  const groupUnder = <K>(keys: (l: Line) => readonly K[]) => {
    const groups = new Map<K, { people: Set<string>; hours: number[] }>();
    for (const line of lines) {
      for (const key of keys(line)) {
        const g = groups.get(key) ?? { people: new Set<string>(), hours: [] };
        g.people.add(line.personId);
        g.hours.push(line.hours);
        groups.set(key, g);
      }
    }
    return [...groups].map(([k, g]) => ({ key: k, participants: g.people.size, hours: sumHours(g.hours) }));
  };
  const group = <K>(key: (l: Line) => K) => groupUnder((l) => [key(l)]);
  const hoursByPerson = new Map(group((l) => l.personId).map((g) => [g.key, g.hours]));
  const participants = [...people]
    .map(([personId, p]) => ({
      personId,
      name: p.name,
      email: p.email,
      memberId: p.memberId,
      memberName: memberName(p.memberId),
      courses: p.courses.size,
      sessions: p.sessions,
      hours: hoursByPerson.get(personId) ?? 0,
    }))
    .sort((a, b) => b.hours - a.hours || a.name.localeCompare(b.name, "sv"));
  const totalHours = sumHours(lines.map((l) => l.hours));
  const attended = hoursByPerson.size;
  return {
    from: query.from,
    to: query.to,
    ...(query.project ? { project: query.project } : {}),
    ...(query.member ? { member: query.member } : {}),
    participants,
    members: group((l) => l.memberId)
      .map((g) => ({ memberId: g.key, memberName: memberName(g.key), participants: g.participants, hours: g.hours }))
      .sort((a, b) => b.hours - a.hours || a.memberName.localeCompare(b.memberName, "sv")),
    subRegions: groupUnder((l) => directory.subRegions(l.memberId))
      .map((g) => ({ subRegion: g.key, participants: g.participants, hours: g.hours }))
      .sort((a, b) => b.hours - a.hours || a.subRegion.localeCompare(b.subRegion)),
    projects: group((l) => l.project).map((g) => ({ project: g.key, participants: g.participants, hours: g.hours })).sort((a, b) => b.hours - a.hours),
    months: group((l) => l.month).map((g) => ({ month: g.key, participants: g.participants, hours: g.hours })).sort((a, b) => a.month.localeCompare(b.month)),
    totals: {
      courses: courseCount,
      registered: registeredPeople.size,
      attended,
      hours: totalHours,
      averageHoursPerAttendee: attended === 0 ? 0 : round2(totalHours / attended),
      maxHoursOfOneParticipant: Math.max(0, ...hoursByPerson.values()),
    },
  };
}
