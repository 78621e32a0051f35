// The participation report a grant application needs, over HTTP against Azurite: hours per
// participant, member, project and month, and the totals, as JSON, CSV and XLSX, with filters.
// Two courses with fixed dates in 2030 and hand-counted hours:
//   A (Campus Westum, 2 seats): s1 12 March 3 h, s2 9 April 2.5 h
//       Anna (Dacapo) 3 + 2.5; Bo (Falköping) 1.75 + 0; Cecilia (Falköping) waitlisted
//   B (no project):          s1 20 April, 2 h long, counts 1.5 h
//       Anna 1.5; Cecilia 1.25
// Anna 7 h, Bo 1.75 h, Cecilia 1.25 h; 10 h in all.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ParticipationReport } from "../../api/src/contract/index.js";
import { startApiHarness, type ApiHarness } from "../support/apiHarness.js";
import { courseInput, createCourse, csvSection, problemOf, readCsv, readXlsx, recordAttendance, registerPerson } from "./catalogueFixtures.js";

let api: ApiHarness;
const anna = { id: "rep-anna", name: "Anna Andersson", memberId: "dacapo-mariestad" };
const bo = { id: "rep-bo", name: "Bo Berg", memberId: "larcenter-falkoping" };
const cecilia = { id: "rep-cecilia", name: "Cecilia Ek", memberId: "larcenter-falkoping" };

beforeAll(async () => {
  api = await startApiHarness();
  const a = await createCourse(
    api,
    courseInput({
      title: "Content Marketing",
      seats: 2,
      sessions: [
        { start: "2030-03-12T09:00", end: "2030-03-12T12:00" },
        { start: "2030-04-09T13:00", end: "2030-04-09T15:30" },
      ],
    }),
  );
  const b = await createCourse(
    api,
    courseInput({ title: "Skapa instruktionsfilm", project: null, format: "on-site", seats: null, sessions: [{ start: "2030-04-20T09:00", end: "2030-04-20T11:00", hours: 1.5, place: "Falköping" }] }),
  );
  const [aAnna, aBo, aCecilia] = [await registerPerson(api, a.id, anna), await registerPerson(api, a.id, bo), await registerPerson(api, a.id, cecilia)];
  expect(aCecilia.status).toBe("waitlisted");
  const [bAnna, bCecilia] = [await registerPerson(api, b.id, anna), await registerPerson(api, b.id, cecilia)];
  const saved = await Promise.all([
    recordAttendance(api, a.id, [
      { registrationId: aAnna.id, sessionId: "s1", hours: 3 },
      { registrationId: aAnna.id, sessionId: "s2", hours: 2.5 },
      { registrationId: aBo.id, sessionId: "s1", hours: 1.75 },
    ]),
    recordAttendance(api, b.id, [
      { registrationId: bAnna.id, sessionId: "s1", hours: 1.5 },
      { registrationId: bCecilia.id, sessionId: "s1", hours: 1.25 },
    ]),
  ]);
  expect(saved.map((r) => r.status)).toEqual([200, 200]);
});
afterAll(() => api?.close());

const report = async (query: string) => {
  const response = await api.get(`/api/reports/participation?${query}`, { token: await api.token("coordinator") });
  expect(response.status).toBe(200);
  return (await response.json()) as ParticipationReport;
};

describe("GET /api/reports/participation", () => {
  it("counts hours per participant, member, project and month, with the grant totals", async () => {
    const r = await report("from=2030-01-01&to=2030-12-31");
    expect(r.participants.map((p) => [p.name, p.memberName, p.courses, p.sessions, p.hours])).toEqual([
      ["Anna Andersson", "Dacapo Mariestad", 2, 3, 7],
      ["Bo Berg", "Lärcenter Falköping", 1, 1, 1.75],
      ["Cecilia Ek", "Lärcenter Falköping", 1, 1, 1.25],
    ]);
    expect(r.members).toEqual([
      { memberId: "dacapo-mariestad", memberName: "Dacapo Mariestad", participants: 1, hours: 7 },
      { memberId: "larcenter-falkoping", memberName: "Lärcenter Falköping", participants: 2, hours: 3 },
    ]);
    expect(r.projects).toEqual([
      { project: "Campus Westum", participants: 2, hours: 7.25 },
      { project: null, participants: 2, hours: 2.75 },
    ]);
    expect(r.months).toEqual([
      { month: "2030-03", participants: 2, hours: 4.75 },
      { month: "2030-04", participants: 2, hours: 5.25 },
    ]);
    expect(r.totals).toEqual({ courses: 2, registered: 3, attended: 3, hours: 10, averageHoursPerAttendee: 3.33, maxHoursOfOneParticipant: 7 });
  });

  it("narrows to a period, a project or a member", async () => {
    const april = await report("from=2030-04-01&to=2030-04-30");
    expect(april.totals).toMatchObject({ courses: 2, hours: 5.25, attended: 2 });
    // Bo is registered for a course with an April session but attended none of it: listed, with 0 hours.
    expect(april.participants.map((p) => [p.name, p.sessions, p.hours])).toEqual([["Anna Andersson", 2, 4], ["Cecilia Ek", 1, 1.25], ["Bo Berg", 0, 0]]);
    // Sessions are counted by the Stockholm day they start: 12 March only.
    expect((await report("from=2030-03-12&to=2030-03-12")).totals.hours).toBe(4.75);
    expect((await report("from=2030-03-13&to=2030-04-08")).totals).toMatchObject({ courses: 0, hours: 0, attended: 0, averageHoursPerAttendee: 0 });

    const digi = await report("from=2030-01-01&to=2030-12-31&project=Campus%20Westum");
    expect(digi).toMatchObject({ project: "Campus Westum", totals: { courses: 1, hours: 7.25, attended: 2 } });
    const falkoping = await report("from=2030-01-01&to=2030-12-31&member=larcenter-falkoping");
    expect(falkoping.members).toEqual([{ memberId: "larcenter-falkoping", memberName: "Lärcenter Falköping", participants: 2, hours: 3 }]);
    expect(falkoping.totals).toMatchObject({ hours: 3, attended: 2, maxHoursOfOneParticipant: 1.75 });
  });

  it("answers 400 for bad periods and formats", async () => {
    const token = await api.token("coordinator");
    for (const query of ["from=2030-01-01", "from=2030-02-30&to=2030-03-01", "from=2030-12-01&to=2030-01-01", "from=2030-01-01&to=2030-12-31&format=pdf"]) {
      const response = await api.get(`/api/reports/participation?${query}`, { token });
      expect(response.status, query).toBe(400);
      await problemOf(response);
    }
  });

  it("reports on any project name: a removed project's courses keep its name", async () => {
    const token = await api.token("coordinator");
    const response = await api.get(`/api/reports/participation?from=2030-01-01&to=2030-12-31&project=${encodeURIComponent("Okänt projekt")}`, { token });
    expect(response.status).toBe(200);
    expect(((await response.json()) as ParticipationReport).totals.courses).toBe(0);
  });

  it("exports every table as CSV with Swedish decimals", async () => {
    const response = await api.get("/api/reports/participation?from=2030-01-01&to=2030-12-31&format=csv", { token: await api.token("coordinator") });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="deltagande-2030-01-01-2030-12-31.csv"');
    const rows = await readCsv(response);
    const section = (title: string) => csvSection(rows, title);
    expect(section("Deltagare").map((r) => [r[0], r[2], r[5]])).toEqual([
      ["Anna Andersson", "Dacapo Mariestad", "7"],
      ["Bo Berg", "Lärcenter Falköping", "1,75"],
      ["Cecilia Ek", "Lärcenter Falköping", "1,25"],
    ]);
    expect(section("Per medlem")).toEqual([["Dacapo Mariestad", "1", "7"], ["Lärcenter Falköping", "2", "3"]]);
    expect(section("Per projekt")).toEqual([["Campus Westum", "2", "7,25"], ["(inget projekt)", "2", "2,75"]]);
    expect(section("Per månad")).toEqual([["2030-03", "2", "4,75"], ["2030-04", "2", "5,25"]]);
    expect(Object.fromEntries(section("Summering").map(([k, v]) => [k, v]))).toMatchObject({
      Kurser: "2",
      "Anmälda personer": "3",
      "Deltog minst ett tillfälle": "3",
      "Timmar totalt": "10",
      "Snitt timmar per deltagare": "3,33",
      "Flest timmar, en deltagare": "7",
    });
  });

  it("exports XLSX with a sheet per table, numbers as numbers", async () => {
    const response = await api.get("/api/reports/participation?from=2030-01-01&to=2030-12-31&format=xlsx", {
      token: await api.token("coordinator"),
      headers: { "Accept-Language": "en" },
    });
    expect(response.status).toBe(200);
    const sheets = await readXlsx(response);
    expect([...sheets.keys()]).toEqual(["Participants", "Per member", "Per sub-region", "Per project", "Per month", "Totals"]);
    expect(sheets.get("Participants")!.slice(1).map((r) => [r[0], r[3], r[4], r[5]])).toEqual([
      ["Anna Andersson", 2, 3, 7],
      ["Bo Berg", 1, 1, 1.75],
      ["Cecilia Ek", 1, 1, 1.25],
    ]);
    expect(sheets.get("Per member")!.slice(1)).toEqual([["Dacapo Mariestad", 1, 7], ["Lärcenter Falköping", 2, 3]]);
    expect(sheets.get("Per project")!.slice(1)).toEqual([["Campus Westum", 2, 7.25], ["(no project)", 2, 2.75]]);
    expect(sheets.get("Per month")!.slice(1)).toEqual([["2030-03", 2, 4.75], ["2030-04", 2, 5.25]]);
    const totals = Object.fromEntries(sheets.get("Totals")!.slice(1));
    expect(totals).toMatchObject({ "Total hours": 10, "Attended at least one session": 3, "Average hours per attendee": 3.33, "Most hours, one participant": 7 });
    const participantHours = sheets.get("Participants")!.slice(1).reduce((sum, r) => sum + (r[5] as number), 0);
    expect(participantHours).toBe(totals["Total hours"]);
  });
});
