// Issue #12: a member can belong to several sub-regions, and the participation report counts its
// hours under each of them, in JSON, CSV and XLSX, while the totals count each person once.
// Over HTTP against Azurite, with the sample directory's members and hand-counted hours:
//   A (Campus Westum): s1 12 March 2 h, s2 9 April 3 h
//       Greta (Kungsbacka: Halland and Göteborgsregionen) 2 + 1.5; Hugo (Falkenberg: Halland) 2 + 0;
//       Anna (Dacapo Mariestad: Skaraborg) 0 + 3
//   B (no project): s1 20 April 1 h
//       Greta 0.75
// Greta 4.25 h, Anna 3 h, Hugo 2 h; 9.25 h in all, three people.
// Halland: Greta and Hugo, 6.25 h. Göteborgsregionen: Greta, 4.25 h. Skaraborg: Anna, 3 h.
// The sub-region rows add up to 13.5 h: Greta's hours are in two of them, once in the total.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ParticipationReport } from "../../api/src/contract/index.js";
import { sampleDirectory } from "../../api/src/sample/directory.js";
import { startApiHarness, type ApiHarness } from "../support/apiHarness.js";
import { courseInput, createCourse, csvSection, readCsv, readXlsx, recordAttendance, registerPerson } from "./catalogueFixtures.js";

/** The sample member for a municipality (the invented members' names are drawn at random). */
const memberOf = (municipality: string) => sampleDirectory().find((m) => m.municipalities.includes(municipality))!;
const kungsbacka = memberOf("Kungsbacka");
const falkenberg = memberOf("Falkenberg");
const greta = { id: "sub-greta", name: "Greta Gran", memberId: kungsbacka.id };
const hugo = { id: "sub-hugo", name: "Hugo Hav", memberId: falkenberg.id };
const anna = { id: "sub-anna", name: "Anna Andersson", memberId: "dacapo-mariestad" };
const PERIOD = "from=2030-01-01&to=2030-12-31";

let api: ApiHarness;
beforeAll(async () => {
  // The premise: one member in two sub-regions, one in only one of them.
  expect(kungsbacka.subRegions).toEqual(["goteborgsregionen", "halland"]);
  expect(falkenberg.subRegions).toEqual(["halland"]);
  api = await startApiHarness();
  const a = await createCourse(
    api,
    courseInput({
      title: "Excel för ekonomer",
      sessions: [
        { start: "2030-03-12T09:00", end: "2030-03-12T11:00" },
        { start: "2030-04-09T13:00", end: "2030-04-09T16:00" },
      ],
    }),
  );
  const b = await createCourse(api, courseInput({ title: "Fika och nätverk", project: null, sessions: [{ start: "2030-04-20T09:00", end: "2030-04-20T10:00" }] }));
  const [aGreta, aHugo, aAnna] = [await registerPerson(api, a.id, greta), await registerPerson(api, a.id, hugo), await registerPerson(api, a.id, anna)];
  const bGreta = await registerPerson(api, b.id, greta);
  const saved = await Promise.all([
    recordAttendance(api, a.id, [
      { registrationId: aGreta.id, sessionId: "s1", hours: 2 },
      { registrationId: aGreta.id, sessionId: "s2", hours: 1.5 },
      { registrationId: aHugo.id, sessionId: "s1", hours: 2 },
      { registrationId: aAnna.id, sessionId: "s2", hours: 3 },
    ]),
    recordAttendance(api, b.id, [{ registrationId: bGreta.id, sessionId: "s1", hours: 0.75 }]),
  ]);
  expect(saved.map((r) => r.status)).toEqual([200, 200]);
});
afterAll(() => api?.close());

const download = async (format: string, lang: string) => {
  const response = await api.get(`/api/reports/participation?${PERIOD}&format=${format}`, { token: await api.token("coordinator"), headers: { "Accept-Language": lang } });
  expect(response.status).toBe(200);
  return response;
};

describe("participation report, a member in two sub-regions", () => {
  it("JSON: the member's hours under both sub-regions, the person once in the totals", async () => {
    const response = await api.get(`/api/reports/participation?${PERIOD}`, { token: await api.token("coordinator") });
    expect(response.status).toBe(200);
    const r = (await response.json()) as ParticipationReport;
    expect(r.subRegions).toEqual([
      { subRegion: "halland", participants: 2, hours: 6.25 },
      { subRegion: "goteborgsregionen", participants: 1, hours: 4.25 },
      { subRegion: "skaraborg", participants: 1, hours: 3 },
    ]);
    expect(r.participants.map((p) => [p.name, p.memberName, p.courses, p.sessions, p.hours])).toEqual([
      ["Greta Gran", kungsbacka.name, 2, 3, 4.25],
      ["Anna Andersson", "Dacapo Mariestad", 1, 1, 3],
      ["Hugo Hav", falkenberg.name, 1, 1, 2],
    ]);
    expect(r.members.map((m) => [m.memberId, m.participants, m.hours])).toEqual([
      [kungsbacka.id, 1, 4.25],
      ["dacapo-mariestad", 1, 3],
      [falkenberg.id, 1, 2],
    ]);
    expect(r.totals).toEqual({ courses: 2, registered: 3, attended: 3, hours: 9.25, averageHoursPerAttendee: 3.08, maxHoursOfOneParticipant: 4.25 });
  });

  it("CSV: both sub-regions in Per delregion, the total counts Greta once", async () => {
    const rows = await readCsv(await download("csv", "sv"));
    expect(csvSection(rows, "Per delregion")).toEqual([
      ["Halland", "2", "6,25"],
      ["Göteborgsregionen", "1", "4,25"],
      ["Skaraborg", "1", "3"],
    ]);
    expect(csvSection(rows, "Per medlem")).toEqual([
      [kungsbacka.name, "1", "4,25"],
      ["Dacapo Mariestad", "1", "3"],
      [falkenberg.name, "1", "2"],
    ]);
    expect(Object.fromEntries(csvSection(rows, "Summering").map(([k, v]) => [k, v]))).toMatchObject({
      "Deltog minst ett tillfälle": "3",
      "Timmar totalt": "9,25",
      "Snitt timmar per deltagare": "3,08",
      "Flest timmar, en deltagare": "4,25",
    });
  });

  it("XLSX: both sub-regions on the Per sub-region sheet, the total counts Greta once", async () => {
    const sheets = await readXlsx(await download("xlsx", "en"));
    expect(sheets.get("Per sub-region")).toEqual([
      ["Sub-region", "Participants", "Hours"],
      ["Halland", 2, 6.25],
      ["Gothenburg region", 1, 4.25],
      ["Skaraborg", 1, 3],
    ]);
    const totals = Object.fromEntries(sheets.get("Totals")!.slice(1));
    expect(totals).toMatchObject({ "Attended at least one session": 3, "Total hours": 9.25, "Average hours per attendee": 3.08, "Most hours, one participant": 4.25 });
    // Each person's hours once: the participants' rows add up to the total.
    expect(sheets.get("Participants")!.slice(1).map((r) => [r[0], r[5]])).toEqual([["Greta Gran", 4.25], ["Anna Andersson", 3], ["Hugo Hav", 2]]);
  });
});
