// Needs meet offers, and a need turned into a draft course. Two members asked for IT (Dacapo: 10
// students live-broadcast and 4 staff online; Kungsbacka: 6 students live-broadcast), one for SFI.
import { describe, expect, it } from "vitest";
import type { EducationAreaId, Need, NeedsAnswer, NeedsRound } from "../../contract/index.js";
import type { CourseRecord } from "../catalogue/courseSchema.js";
import { courseInputSchema } from "../catalogue/courseSchema.js";
import { draftCourseInput } from "./draftCourse.js";
import { needsMatches, peopleReached } from "./needsMatches.js";
import { needsResults, type ResultsMember } from "./needsResults.js";

const round = {
  id: "needs-00000001",
  title: "Behovsinventering våren 2027",
  period: { term: "spring", year: 2027 },
  recipientRoles: ["rektor"],
  areas: ["sfi", "it"],
} as NeedsRound;
const NOW = Date.parse("2027-02-01T12:00:00+01:00");

const member = (id: string, name: string, areas: EducationAreaId[], emails: string[]): ResultsMember & { areas: EducationAreaId[] } => ({
  id,
  name,
  subRegions: ["skaraborg"],
  areas,
  contacts: emails.map((email) => ({ role: "rektor", email })),
});
const directory = [
  member("dacapo", "Dacapo Mariestad", ["it", "sfi"], ["a@x.se", "b@x.se"]),
  member("kungsbacka", "Lärcentrum Kungsbacka", [], ["c@x.se"]),
  member("alvis", "Alvis lärcentrum", ["it"], ["d@x.se", "D@x.se", ""]),
];
const need = (area: EducationAreaId, audience: Need["audience"], format: Need["format"], participants: number, note?: string): Need => ({ area, audience, format, participants, ...(note ? { note } : {}) });
const answer = (memberId: string, needs: Need[]): NeedsAnswer => ({ roundId: round.id, memberId, memberName: memberId, needs, version: 1, history: [] });
const results = needsResults(
  round,
  [
    answer("dacapo", [need("it", "students", "live-broadcast", 10, "Excel för nybörjare"), need("it", "staff", "online", 4)]),
    answer("kungsbacka", [need("it", "students", "live-broadcast", 6), need("sfi", "students", "on-site", 30)]),
  ],
  directory,
);

function course(id: string, areas: EducationAreaId[], status: CourseRecord["status"], sessions: [string, string][]): CourseRecord {
  return {
    id, title: id, description: "", providerMemberId: "dacapo", providerName: "Dacapo Mariestad", providerSubRegions: ["skaraborg"], areas, format: "online",
    receivingSites: [], seats: null, audience: "", project: null, language: "sv", status, registrationDeadline: "2027-01-01T00:00:00+01:00",
    sessions: sessions.map(([start, end], i) => ({ id: `s${i + 1}`, start, end, hours: 1 })), createdAt: "", updatedAt: "", sample: false,
  };
}
const catalogue = [
  course("excel-later", ["it"], "published", [["2027-03-10T09:00:00+01:00", "2027-03-10T12:00:00+01:00"]]),
  course("excel-soon", ["it", "ekonomi"], "draft", [["2027-01-20T09:00:00+01:00", "2027-02-20T12:00:00+01:00"]]),
  course("it-planned", ["it"], "draft", []),
  course("it-ended", ["it"], "published", [["2027-01-10T09:00:00+01:00", "2027-01-10T12:00:00+01:00"]]),
  course("it-cancelled", ["it"], "cancelled", [["2027-03-10T09:00:00+01:00", "2027-03-10T12:00:00+01:00"]]),
  course("sfi-course", ["sfi"], "published", []),
];

describe("needsMatches", () => {
  const { matches } = needsMatches(results, catalogue, directory, NOW);

  it("lists the areas asked for, most members first", () => {
    expect(matches.map((m) => [m.area, m.asked])).toEqual([
      ["it", { members: 2, participants: 20 }],
      ["sfi", { members: 1, participants: 30 }],
    ]);
  });

  it("offers the live courses of the area, soonest first, and leaves out the ended and the cancelled", () => {
    expect(matches[0]!.courses).toEqual([
      { id: "excel-soon", title: "excel-soon", status: "draft", provider: "Dacapo Mariestad", firstStart: "2027-01-20T09:00:00+01:00" },
      { id: "excel-later", title: "excel-later", status: "published", provider: "Dacapo Mariestad", firstStart: "2027-03-10T09:00:00+01:00" },
      { id: "it-planned", title: "it-planned", status: "draft", provider: "Dacapo Mariestad" },
    ]);
  });

  it("names the members that teach the area with the people a card would reach", () => {
    expect(matches[0]!.providers).toEqual([
      { memberId: "alvis", memberName: "Alvis lärcentrum", contacts: 1 },
      { memberId: "dacapo", memberName: "Dacapo Mariestad", contacts: 2 },
    ]);
    expect(matches[1]!.providers.map((p) => p.memberId)).toEqual(["dacapo"]);
  });

  it("counts a person who is a contact of two members once, whatever the case of her address", () => {
    const shared = [member("a", "A", ["it"], ["Eva@Skola.example", "bo@a.example"]), member("b", "B", ["it"], ["eva@skola.example ", ""])];
    expect(peopleReached(shared)).toBe(2);
  });
});

describe("draftCourseInput", () => {
  const inDirectory = (id: string) => directory.some((m) => m.id === id);

  it("drafts a valid course from the area's needs in the coordinator's language", () => {
    const input = draftCourseInput(results, "it", { providerMemberId: "alvis", project: "Campus Westum", inDirectory }, "sv")!;
    expect(courseInputSchema.parse(input)).toEqual(input);
    expect(input).toMatchObject({
      title: "IT – behov vårterminen 2027",
      areas: ["it"],
      // Both askers want the students' course as a live broadcast: the asking members receive it.
      format: "live-broadcast",
      receivingSites: [
        { memberId: "dacapo", room: "Lokal bestäms senare", seats: 14 },
        { memberId: "kungsbacka", room: "Lokal bestäms senare", seats: 6 },
      ],
      audience: "Studerande och personal",
      project: "Campus Westum",
      language: "sv",
      registrationDeadline: "2027-01-15T12:00",
      sessions: [],
    });
    expect(input.description.split("\n")).toEqual([
      'Utkast från behovsinventeringen "Behovsinventering våren 2027": 2 medlemmar vill ha IT vårterminen 2027, för 20 deltagare i allt.',
      "",
      "Behov som medlemmarna angav:",
      "- Dacapo Mariestad: studerande, livesändning till mottagande lärcentra, 10 deltagare (Excel för nybörjare); personal, digitalt, var du vill, 4 deltagare",
      "- Lärcentrum Kungsbacka: studerande, livesändning till mottagande lärcentra, 6 deltagare",
    ]);
  });

  it("writes English for an English-speaking coordinator, and makes a broadcast online when only the provider asked", () => {
    const input = draftCourseInput(results, "it", { providerMemberId: "dacapo", project: null, inDirectory: (id) => id === "dacapo" }, "en")!;
    expect(input.title).toBe("IT – needs, spring term 2027");
    expect(input.format).toBe("online");
    expect(input.receivingSites).toEqual([]);
    expect(input.description).toMatch(/^Draft from the needs inventory "Behovsinventering våren 2027": 2 members want IT in the spring term 2027, for 20 participants in all\./);
  });

  it("has nothing to draft for an area nobody asked for", () => {
    expect(draftCourseInput(results, "bygg", { providerMemberId: "dacapo", project: null, inDirectory }, "sv")).toBeUndefined();
  });

  it("keeps a long description within the course's limit and says how many members it left out", () => {
    const many = Array.from({ length: 60 }, (_, i) => answer(`m${String(i).padStart(2, "0")}`, [need("it", "staff", "online", 5, "x".repeat(480))]));
    const input = draftCourseInput(needsResults(round, many, []), "it", { providerMemberId: "dacapo", project: null, inDirectory }, "sv")!;
    expect(() => courseInputSchema.parse(input)).not.toThrow();
    expect(input.description).toMatch(/… och \d+ medlemmar till \(se resultatet\)\.$/);
  });
});
