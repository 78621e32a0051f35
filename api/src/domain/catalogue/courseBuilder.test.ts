import { describe, expect, it } from "vitest";
import type { MemberDetail } from "../../contract/index.js";
import { sampleDirectory } from "../../sample/directory.js";
import { buildCourseRecord } from "./courseBuilder.js";
import { courseInputSchema, type CourseInputData, type CourseRecord } from "./courseSchema.js";

const members = new Map<string, MemberDetail>(sampleDirectory().map((m) => [m.id, m]));
const lookup = (id: string) => members.get(id);
const NOW = Date.parse("2030-01-15T10:00:00Z");
const fresh = { id: "kurs-1", createdAt: "2030-01-15T11:00:00+01:00" };

const input = (overrides: Partial<CourseInputData> = {}): CourseInputData =>
  courseInputSchema.parse({
    title: "Content Marketing",
    description: "",
    providerMemberId: "uddevalla-vuxenutbildning",
    areas: ["handel"],
    format: "live-broadcast",
    receivingSites: [
      { memberId: "dacapo-mariestad", room: "Sal 3", seats: 12 },
      { memberId: "larcenter-falkoping", room: "Aulan", seats: 15 },
    ],
    seats: null,
    audience: "",
    project: "DigiWestum",
    language: "sv",
    registrationDeadline: "2030-03-20T23:59",
    sessions: [
      { start: "2030-04-02T09:00", end: "2030-04-02T12:00" },
      { start: "2030-03-26T09:00", end: "2030-03-26T10:40" },
    ],
    ...overrides,
  });

function build(data: CourseInputData, previous: Parameters<typeof buildCourseRecord>[2] = fresh) {
  return buildCourseRecord(data, lookup, previous, NOW);
}
function built(data: CourseInputData, previous?: Parameters<typeof buildCourseRecord>[2]): CourseRecord {
  const result = build(data, previous);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.record;
}
const fieldsOf = (data: CourseInputData, previous?: Parameters<typeof buildCourseRecord>[2]) => {
  const result = build(data, previous);
  return result.ok ? [] : result.problems.map((p) => p.field);
};

describe("buildCourseRecord", () => {
  it("names the provider and receiving members from the directory and starts as a draft", () => {
    const record = built(input());
    expect(record).toMatchObject({
      id: "kurs-1",
      providerName: "Uddevalla Vuxenutbildning",
      providerSubRegions: ["fyrbodal"],
      status: "draft",
      createdAt: fresh.createdAt,
      updatedAt: "2030-01-15T11:00:00+01:00",
      sample: false,
    });
    expect(record.receivingSites.map((s) => [s.memberId, s.memberName, s.seats])).toEqual([
      ["dacapo-mariestad", "Dacapo Mariestad", 12],
      ["larcenter-falkoping", "Lärcenter Falköping", 15],
    ]);
  });

  it("sorts sessions by time, numbers them, writes Stockholm offsets across the clock change, and gives default hours in whole quarters", () => {
    const record = built(input());
    expect(record.sessions).toEqual([
      // 26 March is winter time, 2 April summer time (clocks went forward on 31 March 2030).
      { id: "s2", start: "2030-03-26T09:00:00+01:00", end: "2030-03-26T10:40:00+01:00", hours: 1.5 },
      { id: "s1", start: "2030-04-02T09:00:00+02:00", end: "2030-04-02T12:00:00+02:00", hours: 3 },
    ]);
    expect(record.registrationDeadline).toBe("2030-03-20T23:59:00+01:00");
  });

  it("counts real elapsed hours over the night the clocks change", () => {
    // 01:00 to 04:00 on 31 March 2030 is two hours: 02:00-03:00 does not exist.
    const record = built(input({ sessions: [{ start: "2030-03-31T01:00", end: "2030-03-31T04:00" }], registrationDeadline: "2030-03-30T12:00" }));
    expect(record.sessions[0]).toMatchObject({ start: "2030-03-31T01:00:00+01:00", end: "2030-03-31T04:00:00+02:00", hours: 2 });
    expect(fieldsOf(input({ sessions: [{ start: "2030-03-31T01:00", end: "2030-03-31T04:00", hours: 2.25 }], registrationDeadline: "2030-03-30T12:00" }))).toEqual(["sessions.0.hours"]);
  });

  it("keeps session ids on edit, numbers new ones after the highest, and keeps status and reason", () => {
    const first = built(input());
    const previous: CourseRecord = { ...first, status: "published" };
    const edited = built(
      input({
        sessions: [
          { id: "s1", start: "2030-04-02T10:00", end: "2030-04-02T12:00", place: "Uddevalla, sal 4" },
          { start: "2030-04-09T09:00", end: "2030-04-09T11:00" },
        ],
      }),
      previous,
    );
    expect(edited.sessions.map((s) => [s.id, s.start, s.hours, s.place])).toEqual([
      ["s1", "2030-04-02T10:00:00+02:00", 2, "Uddevalla, sal 4"],
      ["s3", "2030-04-09T09:00:00+02:00", 2, undefined],
    ]);
    expect(edited).toMatchObject({ status: "published", createdAt: first.createdAt });
    const cancelled: CourseRecord = { ...first, status: "cancelled", cancellationReason: "För få" };
    expect(built(input(), cancelled)).toMatchObject({ status: "cancelled", cancellationReason: "För få" });
    expect(built(input(), { ...fresh, sample: true }).sample).toBe(true);
  });

  it("refuses unknown or repeated session ids", () => {
    const previous = built(input());
    expect(fieldsOf(input({ sessions: [{ id: "s9", start: "2030-04-02T09:00", end: "2030-04-02T10:00" }] }), previous)).toEqual(["sessions.0.id"]);
    const twice = { id: "s1", start: "2030-04-02T09:00", end: "2030-04-02T10:00" };
    expect(fieldsOf(input({ sessions: [twice, { ...twice, start: "2030-04-03T09:00", end: "2030-04-03T10:00" }] }), previous)).toEqual(["sessions.1.id"]);
    expect(fieldsOf(input({ sessions: [{ id: "s1", start: "2030-04-02T09:00", end: "2030-04-02T10:00" }] }))).toEqual(["sessions.0.id"]); // a new course has none
  });

  it("reports every problem with the field and a text in both languages", () => {
    const result = build(
      input({
        providerMemberId: "no-such-member",
        receivingSites: [
          { memberId: "dacapo-mariestad", room: "A", seats: 1 },
          { memberId: "dacapo-mariestad", room: "B", seats: 1 },
          { memberId: "nowhere", room: "C", seats: 1 },
        ],
        sessions: [
          { start: "2030-04-02T12:00", end: "2030-04-02T09:00" },
          { start: "2030-04-03T06:00", end: "2030-04-03T19:00" },
          { start: "2030-04-04T09:00", end: "2030-04-04T10:00", hours: 1.25 },
        ],
        registrationDeadline: "2030-04-05T00:00",
      }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.field)).toEqual([
      "providerMemberId",
      "receivingSites.1.memberId",
      "receivingSites.2.memberId",
      "sessions.0.end",
      "sessions.1.end",
      "sessions.2.hours",
      "registrationDeadline",
    ]);
    expect(result.problems[4]!.text).toEqual({ sv: "ett kurstillfälle får vara högst 12 timmar", en: "a session may last at most 12 hours" });
    expect(result.problems.every((p) => p.text.sv && p.text.en)).toBe(true);
  });

  it("matches receiving sites to the format", () => {
    expect(fieldsOf(input({ receivingSites: [] }))).toEqual(["receivingSites"]);
    expect(fieldsOf(input({ format: "online" }))).toEqual(["receivingSites"]);
    expect(fieldsOf(input({ format: "on-site" }))).toEqual(["receivingSites"]);
    expect(fieldsOf(input({ format: "hybrid" }))).toEqual([]);
    expect(fieldsOf(input({ format: "online", receivingSites: [], seats: 30 }))).toEqual([]);
  });

  it("allows a course without sessions yet (a draft), whatever its deadline", () => {
    expect(built(input({ sessions: [], registrationDeadline: "2031-01-01T00:00" })).sessions).toEqual([]);
  });
});
