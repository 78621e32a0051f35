import { describe, expect, it } from "vitest";
import type { SubRegionId } from "../../contract/index.js";
import type { CourseRecord } from "./courseSchema.js";
import { participationReport } from "./participationReport.js";
import type { RegistrationRecord } from "./registrationRecord.js";

const names: Record<string, string> = { dacapo: "Dacapo Mariestad", falkoping: "Lärcenter Falköping", sotenas: "Vuxenutbildning Sotenäs", kungsbacka: "Lärcentrum Kungsbacka" };
const regions: Record<string, SubRegionId[]> = { dacapo: ["skaraborg"], falkoping: ["skaraborg"], sotenas: ["fyrbodal"], kungsbacka: ["halland", "goteborgsregionen"] };
const memberName = { name: (id: string) => names[id] ?? id, subRegions: (id: string) => regions[id] ?? [] };

function course(id: string, project: string | null, sessions: [string, string, number][]): CourseRecord {
  return {
    id,
    title: id,
    description: "",
    providerMemberId: "dacapo",
    providerName: "Dacapo Mariestad",
    providerSubRegions: ["skaraborg"],
    areas: [],
    format: "online",
    receivingSites: [],
    seats: null,
    audience: "",
    project: project as CourseRecord["project"],
    language: "sv",
    status: "published",
    registrationDeadline: "2030-01-01T00:00:00+01:00",
    sessions: sessions.map(([sid, start, hours]) => ({ id: sid, start, end: start, hours })),
    createdAt: "2030-01-01T00:00:00+01:00",
    updatedAt: "2030-01-01T00:00:00+01:00",
    sample: false,
  };
}
let next = 1;
function reg(courseId: string, person: string, memberId: string, status: RegistrationRecord["status"], attendance: Record<string, number> = {}): RegistrationRecord {
  return {
    id: String(next++).padStart(7, "0"),
    courseId,
    person: { id: person, name: person, email: `${person}@example.org`, memberId },
    status,
    createdAt: "2030-01-01T00:00:00+01:00",
    createdBy: "coordinator",
    memberSource: "coordinator",
    attendance,
  };
}

// WestKomp: s1 in March, s2 starting 00:30 on 1 April Stockholm time (still 31 March in UTC).
const westkomp = course("westkomp", "WestKomp 0.1", [
  ["s1", "2030-03-20T09:00:00+01:00", 3],
  ["s2", "2030-04-01T00:30:00+02:00", 2],
]);
const fika = course("fika", null, [["s1", "2030-04-10T15:00:00+02:00", 0.75]]);
const data = [
  {
    course: westkomp,
    registrations: [
      reg("westkomp", "alva", "dacapo", "registered", { s1: 3, s2: 2 }),
      reg("westkomp", "bertil", "falkoping", "cancelled", { s1: 1.25 }), // cancelled after attending: the hour stays
      reg("westkomp", "cissi", "falkoping", "registered"), // registered, never came
      reg("westkomp", "dan", "sotenas", "waitlisted"), // never had a seat
    ],
  },
  { course: fika, registrations: [reg("fika", "alva", "dacapo", "registered", { s1: 0.75 }), reg("fika", "cissi", "falkoping", "registered", { s1: 0.25 })] },
];

describe("participationReport", () => {
  const report = participationReport({ from: "2030-01-01", to: "2030-12-31" }, data, memberName);

  it("sums each participant's hours over courses and sessions", () => {
    expect(report.participants.map((p) => [p.personId, p.memberName, p.courses, p.sessions, p.hours])).toEqual([
      ["alva", "Dacapo Mariestad", 2, 3, 5.75],
      ["bertil", "Lärcenter Falköping", 1, 1, 1.25],
      ["cissi", "Lärcenter Falköping", 2, 1, 0.25],
    ]);
  });

  it("groups by member, project (none as null) and Stockholm month", () => {
    expect(report.members).toEqual([
      { memberId: "dacapo", memberName: "Dacapo Mariestad", participants: 1, hours: 5.75 },
      { memberId: "falkoping", memberName: "Lärcenter Falköping", participants: 2, hours: 1.5 },
    ]);
    expect(report.projects).toEqual([
      { project: "WestKomp 0.1", participants: 2, hours: 6.25 },
      { project: null, participants: 2, hours: 1 },
    ]);
    expect(report.months).toEqual([
      { month: "2030-03", participants: 2, hours: 4.25 },
      { month: "2030-04", participants: 2, hours: 3 },
    ]);
  });

  it("gives the totals a grant report needs", () => {
    expect(report.totals).toEqual({ courses: 2, registered: 2, attended: 3, hours: 7.25, averageHoursPerAttendee: 2.42, maxHoursOfOneParticipant: 5.75 });
    const sum = (rows: { hours: number }[]) => rows.reduce((s, r) => s + r.hours, 0);
    for (const rows of [report.participants, report.members, report.projects, report.months]) expect(sum(rows)).toBe(report.totals.hours);
  });

  it("counts sessions by the Stockholm day they start", () => {
    const april = participationReport({ from: "2030-04-01", to: "2030-04-30" }, data, memberName);
    expect(april.totals).toMatchObject({ courses: 2, hours: 3, attended: 2 });
    const march = participationReport({ from: "2030-03-01", to: "2030-03-31" }, data, memberName);
    expect(march.totals).toMatchObject({ courses: 1, hours: 4.25 });
    expect(participationReport({ from: "2031-01-01", to: "2031-12-31" }, data, memberName).totals).toEqual({
      courses: 0, registered: 0, attended: 0, hours: 0, averageHoursPerAttendee: 0, maxHoursOfOneParticipant: 0,
    });
  });

  it("narrows to a project or a member, and says so", () => {
    const westKomp = participationReport({ from: "2030-01-01", to: "2030-12-31", project: "WestKomp 0.1" }, data, memberName);
    expect(westKomp).toMatchObject({ project: "WestKomp 0.1", totals: { courses: 1, hours: 6.25 } });
    const falkoping = participationReport({ from: "2030-01-01", to: "2030-12-31", member: "falkoping" }, data, memberName);
    expect(falkoping).toMatchObject({ member: "falkoping", totals: { hours: 1.5, attended: 2, registered: 1 } });
    expect(falkoping.members.map((m) => m.memberId)).toEqual(["falkoping"]);
  });

  it("groups by sub-region, counting a member of two sub-regions in each", () => {
    const withKungsbacka = [...data, { course: fika, registrations: [reg("fika", "greta", "kungsbacka", "registered", { s1: 0.5 })] }];
    const r = participationReport({ from: "2030-01-01", to: "2030-12-31" }, withKungsbacka, memberName);
    expect(r.subRegions).toEqual([
      { subRegion: "skaraborg", participants: 3, hours: 7.25 },
      { subRegion: "goteborgsregionen", participants: 1, hours: 0.5 },
      { subRegion: "halland", participants: 1, hours: 0.5 },
    ]);
    // Greta's half hour is in both rows, once in the total.
    expect(r.totals.hours).toBe(7.75);
  });

  it("keeps the project a course was given, whatever became of the project since", () => {
    // The report reads the name from the course: no list of current projects is asked.
    const old = course("old", "Rustad i West", [["s1", "2030-06-01T09:00:00+02:00", 2]]);
    const r = participationReport({ from: "2030-01-01", to: "2030-12-31" }, [{ course: old, registrations: [reg("old", "hugo", "dacapo", "registered", { s1: 2 })] }], memberName);
    expect(r.projects).toEqual([{ project: "Rustad i West", participants: 1, hours: 2 }]);
  });

  it("adds many quarter hours exactly", () => {
    const long = course("long", null, Array.from({ length: 40 }, (_, i): [string, string, number] => [`s${i + 1}`, `2030-05-${String((i % 28) + 1).padStart(2, "0")}T09:00:00+02:00`, 0.25]));
    const attendance = Object.fromEntries(long.sessions.map((s) => [s.id, 0.1 + 0.15])); // 0.25 as floating point sums it
    const r = participationReport({ from: "2030-05-01", to: "2030-05-31" }, [{ course: long, registrations: [reg("long", "eva", "dacapo", "registered", attendance)] }], memberName);
    expect(r.totals.hours).toBe(10);
    expect(r.participants[0]!.hours).toBe(10);
  });
});
