// The results of a needs round, hand-counted. The round asks principals and teachers about SFI, IT
// and health care. Directory and answers:
//   Dacapo (Skaraborg; principal, teacher, IT technician)  2 recipients; IT students 10, IT staff 4, SFI students 20
//   Falköping (Skaraborg; one principal twice, two cases)  1 recipient; not answered (its answer never saved)
//   Kungsbacka (Halland and Göteborgsregionen)              2 recipients; IT staff 3, building students 5
//   Alingsås (Göteborgsregionen; a principal without e-mail) 1 recipient; answered "no needs"
//   Sotenäs (Fyrbodal; only an IT technician)               0 recipients, but answered: IT students 7
// Total: 3 members with needs, 10 + 4 + 20 + 3 + 5 + 7 = 49 participants.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ContactRoleId, EducationAreaId, Need, NeedsAnswer, NeedsRound, SubRegionId } from "../../contract/index.js";
import { needsResults, recipientCount, type ResultsMember } from "./needsResults.js";

const round: NeedsRound = {
  id: "needs-0000abcd",
  title: "Behovsinventering våren 2027",
  period: { term: "spring", year: 2027 },
  deadline: "2027-01-31",
  reminderDaysBefore: 3,
  recipientRoles: ["rektor", "larare"],
  areas: ["sfi", "it", "vard-omsorg"],
  intro: { sv: "Vad behöver ni?", en: "What do you need?" },
  status: "open",
  updatedAt: "2027-01-02T10:00:00+01:00",
  answered: 4,
  members: 5,
};

const contact = (role: ContactRoleId, email: string) => ({ role, email });
const directory: ResultsMember[] = [
  { id: "dacapo", name: "Dacapo Mariestad", subRegions: ["skaraborg"], contacts: [contact("rektor", "a@x.se"), contact("larare", "b@x.se"), contact("it-tekniker", "c@x.se")] },
  { id: "falkoping", name: "Lärcenter Falköping", subRegions: ["skaraborg"], contacts: [contact("rektor", "d@x.se"), contact("rektor", "D@X.se")] },
  { id: "kungsbacka", name: "Lärcentrum Kungsbacka", subRegions: ["halland", "goteborgsregionen"], contacts: [contact("rektor", "e@x.se"), contact("larare", "f@x.se")] },
  { id: "alingsas", name: "Alingsås lärcentrum", subRegions: ["goteborgsregionen"], contacts: [contact("larare", "h@x.se"), contact("rektor", "")] },
  { id: "sotenas", name: "Vuxenutbildning Sotenäs", subRegions: ["fyrbodal"], contacts: [contact("it-tekniker", "g@x.se")] },
];

const need = (area: EducationAreaId, audience: Need["audience"], participants: number): Need => ({ area, audience, format: "online", participants });
const answer = (memberId: string, version: number, needs: Need[], comment?: string): NeedsAnswer => ({
  roundId: round.id,
  memberId,
  memberName: `${memberId} (stored)`,
  needs,
  ...(comment ? { comment } : {}),
  version,
  ...(version > 0 ? { answeredAt: "2027-01-10T09:00:00+01:00" } : {}),
  history: [],
});
const answers = [
  answer("dacapo", 2, [need("it", "students", 10), need("it", "staff", 4), need("sfi", "students", 20)]),
  answer("falkoping", 0, []),
  answer("kungsbacka", 1, [need("it", "staff", 3), need("bygg", "students", 5)]),
  answer("alingsas", 1, [], "Inga behov i vår"),
  answer("sotenas", 1, [need("it", "students", 7)]),
];

const tallyOf = (members: number, participants: number) => ({ members, participants });

describe("needsResults", () => {
  const results = needsResults(round, answers, directory);

  it("counts each area for students, staff and in all, the round's areas and any other asked for, in the areas' order", () => {
    expect(results.byArea).toEqual([
      { area: "sfi", students: tallyOf(1, 20), staff: tallyOf(0, 0), total: tallyOf(1, 20) },
      { area: "vard-omsorg", students: tallyOf(0, 0), staff: tallyOf(0, 0), total: tallyOf(0, 0) },
      { area: "bygg", students: tallyOf(1, 5), staff: tallyOf(0, 0), total: tallyOf(1, 5) },
      // Dacapo asked for both audiences and is one member under IT.
      { area: "it", students: tallyOf(2, 17), staff: tallyOf(2, 7), total: tallyOf(3, 24) },
    ]);
    expect(results.total).toEqual(tallyOf(3, 49));
  });

  it("counts every sub-region, a member in two in each", () => {
    expect(results.bySubRegion).toEqual([
      { subRegion: "fyrbodal", answered: 1, members: 1, total: tallyOf(1, 7) },
      { subRegion: "skaraborg", answered: 1, members: 2, total: tallyOf(1, 34) },
      { subRegion: "sjuharad", answered: 0, members: 0, total: tallyOf(0, 0) },
      { subRegion: "goteborgsregionen", answered: 2, members: 2, total: tallyOf(1, 8) },
      { subRegion: "halland", answered: 1, members: 1, total: tallyOf(1, 8) },
    ]);
  });

  it("lists the members that answered by name, with the directory's name, and those that have not with their recipients", () => {
    expect(results.byMember.map((m) => [m.memberId, m.memberName, m.subRegions, m.needs.length, m.comment])).toEqual([
      ["alingsas", "Alingsås lärcentrum", ["goteborgsregionen"], 0, "Inga behov i vår"],
      ["dacapo", "Dacapo Mariestad", ["skaraborg"], 3, undefined],
      ["kungsbacka", "Lärcentrum Kungsbacka", ["halland", "goteborgsregionen"], 2, undefined],
      ["sotenas", "Vuxenutbildning Sotenäs", ["fyrbodal"], 1, undefined],
    ]);
    expect(results.byMember[0]!.answeredAt).toBe("2027-01-10T09:00:00+01:00");
    expect(results.notAnswered).toEqual([{ memberId: "falkoping", memberName: "Lärcenter Falköping", recipients: 1 }]);
  });

  it("keeps the answer of a member the directory no longer has, under the name it was stored with", () => {
    const gone = needsResults(round, answers, directory.filter((m) => m.id !== "dacapo"));
    expect(gone.byMember.find((m) => m.memberId === "dacapo")).toMatchObject({ memberName: "dacapo (stored)", subRegions: [] });
    expect(gone.total).toEqual(tallyOf(3, 49));
  });

  it("counts recipients by distinct e-mail in the round's roles", () => {
    expect(directory.map((m) => recipientCount(m, round.recipientRoles))).toEqual([2, 1, 2, 1, 0]);
  });
});

const AREAS: EducationAreaId[] = ["sfi", "it", "bygg", "vard-omsorg", "el"];
const REGIONS: SubRegionId[] = ["fyrbodal", "skaraborg", "halland"];
const members = fc.uniqueArray(
  fc.record({
    id: fc.constantFrom("m1", "m2", "m3", "m4", "m5", "m6", "m7", "m8"),
    subRegions: fc.uniqueArray(fc.constantFrom(...REGIONS), { maxLength: 2 }),
    roles: fc.array(fc.constantFrom<ContactRoleId>("rektor", "larare", "it-tekniker"), { maxLength: 3 }),
    version: fc.nat({ max: 3 }),
    needs: fc.uniqueArray(
      fc.record({ area: fc.constantFrom(...AREAS), audience: fc.constantFrom<Need["audience"]>("students", "staff"), format: fc.constant<Need["format"]>("online"), participants: fc.integer({ min: 1, max: 1000 }) }),
      { selector: (n) => `${n.area}/${n.audience}`, maxLength: 10 },
    ),
  }),
  { selector: (m) => m.id },
);

describe("needsResults for any answers", () => {
  it("has totals that are the sum of the members, and every member of the round answered or not answered once", () => {
    fc.assert(
      fc.property(members, (shapes) => {
        const dir: ResultsMember[] = shapes.map((s) => ({ id: s.id, name: s.id, subRegions: s.subRegions, contacts: s.roles.map((role, i) => contact(role, `${s.id}-${i}@x.se`)) }));
        const stored = shapes.map((s) => answer(s.id, s.version, s.version > 0 ? s.needs : []));
        const r = needsResults(round, stored, dir);
        const sum = (ns: number[]) => ns.reduce((a, b) => a + b, 0);
        const stated = r.byMember.flatMap((m) => m.needs);
        expect(r.total.participants).toBe(sum(stated.map((n) => n.participants)));
        expect(r.total.members).toBe(r.byMember.filter((m) => m.needs.length > 0).length);
        expect(sum(r.byArea.map((a) => a.total.participants))).toBe(r.total.participants);
        for (const a of r.byArea) expect(a.students.participants + a.staff.participants).toBe(a.total.participants);
        for (const region of r.bySubRegion) expect(region.total.participants).toBeLessThanOrEqual(r.total.participants);
        const accounted = [...r.byMember.map((m) => m.memberId), ...r.notAnswered.map((m) => m.memberId)];
        expect(new Set(accounted).size).toBe(accounted.length);
        const inRound = shapes.filter((s) => s.version > 0 || s.roles.some((role) => round.recipientRoles.includes(role)));
        expect(accounted.sort()).toEqual(inRound.map((s) => s.id).sort());
      }),
    );
  });
});
