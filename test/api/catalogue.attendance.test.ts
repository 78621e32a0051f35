// Attendance and the course export over HTTP against Azurite: a coordinator records hours per
// session per person (PUT /api/courses/{id}/attendance), is told exactly which entry is wrong
// (400) or who is not registered (409), and downloads CSV and XLSX whose numbers match.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Course, Registration } from "../../api/src/contract/index.js";
import { startApiHarness, type ApiHarness } from "../support/apiHarness.js";
import { courseInput, createCourse, readCsv, problemOf, readXlsx, recordAttendance, registerPerson } from "./catalogueFixtures.js";

let api: ApiHarness;
let course: Course;
let anna: Registration, bo: Registration, cecilia: Registration;
const list = async () => (await (await api.get(`/api/courses/${course.id}/registrations`, { token: await api.token("coordinator") })).json()) as Registration[];
const hoursOf = async () => Object.fromEntries((await list()).map((r) => [r.person.name, r.attendance.map((a) => [a.sessionId, a.hours])]));

beforeAll(async () => {
  api = await startApiHarness();
  // Two sessions: s1 gives its full 3 hours, s2 (2 hours long) gives 1.5.
  course = await createCourse(
    api,
    courseInput({
      title: "Filmproduktion med mobilen",
      seats: 2,
      sessions: [
        { start: "2030-03-12T09:00", end: "2030-03-12T12:00", onlineUrl: "https://teams.microsoft.com/l/meetup-join/film" },
        { start: "2030-03-19T13:00", end: "2030-03-19T15:00", place: "Vara, Medialabbet", hours: 1.5 },
      ],
    }),
  );
  anna = await registerPerson(api, course.id, { id: "att-anna", name: "Anna Andersson", memberId: "dacapo-mariestad" });
  bo = await registerPerson(api, course.id, { id: "att-bo", name: "Bo Berg", memberId: "larcenter-falkoping" });
  cecilia = await registerPerson(api, course.id, { id: "att-cecilia", name: "Cecilia Ek", memberId: "larcenter-falkoping" });
  expect(cecilia).toMatchObject({ status: "waitlisted", position: 1 });
});
afterAll(() => api?.close());

describe("PUT /api/courses/{id}/attendance", () => {
  it("records hours per session and person, and 0 clears a session", async () => {
    const response = await recordAttendance(api, course.id, [
      { registrationId: anna.id, sessionId: "s1", hours: 3 },
      { registrationId: anna.id, sessionId: "s2", hours: 1.5 },
      { registrationId: bo.id, sessionId: "s1", hours: 2.25 },
      { registrationId: bo.id, sessionId: "s2", hours: 1 },
    ]);
    expect(response.status).toBe(200);
    const saved = (await response.json()) as Registration[];
    expect(saved.map((r) => [r.person.name, r.attendedHours])).toEqual([["Anna Andersson", 4.5], ["Bo Berg", 3.25]]);

    expect((await recordAttendance(api, course.id, [{ registrationId: bo.id, sessionId: "s2", hours: 0 }])).status).toBe(200);
    expect(await hoursOf()).toEqual({ "Anna Andersson": [["s1", 3], ["s2", 1.5]], "Bo Berg": [["s1", 2.25]], "Cecilia Ek": [] });
  });

  it("answers 400 naming every wrong entry, and saves none of the entries", async () => {
    const before = await hoursOf();
    const response = await recordAttendance(api, course.id, [
      { registrationId: anna.id, sessionId: "s1", hours: 2 }, // fine, but must not be saved
      { registrationId: anna.id, sessionId: "s1", hours: -1 },
      { registrationId: anna.id, sessionId: "s1", hours: 1.1 },
      { registrationId: anna.id, sessionId: "s1", hours: 3.25 }, // the session gives 3
      { registrationId: bo.id, sessionId: "s2", hours: 1.75 }, // the session gives 1.5
      { registrationId: bo.id, sessionId: "s9", hours: 1 },
      { registrationId: "0000099", sessionId: "s1", hours: 1 },
    ]);
    expect(response.status).toBe(400);
    const problem = await problemOf(response);
    expect(problem.errors?.map((e) => e.field)).toEqual([
      "entries.1.hours",
      "entries.2.hours",
      "entries.3.hours",
      "entries.4.hours",
      "entries.5.sessionId",
      "entries.6.registrationId",
    ]);
    expect(problem.errors?.map((e) => e.message)).toEqual([
      "timmar kan inte vara negativa (-1)",
      "ange timmar i hela kvartar (0,25) (1.1)",
      "fler timmar än kurstillfället har (3.25)",
      "fler timmar än kurstillfället har (1.75)",
      "okänt kurstillfälle",
      "okänd anmälan",
    ]);
    expect(await hoursOf()).toEqual(before);
  });

  it("answers 400 for malformed ids and an empty list, 404 for an unknown course", async () => {
    for (const entries of [[{ registrationId: "abc", sessionId: "s1", hours: 1 }], [{ registrationId: anna.id, sessionId: "session-1", hours: 1 }], []]) {
      expect((await recordAttendance(api, course.id, entries)).status).toBe(400);
    }
    expect((await recordAttendance(api, "no-such-course", [{ registrationId: anna.id, sessionId: "s1", hours: 1 }])).status).toBe(404);
  });

  it("answers 409 for someone on the waitlist or cancelled, naming them", async () => {
    const waitlisted = await recordAttendance(api, course.id, [{ registrationId: cecilia.id, sessionId: "s1", hours: 1 }]);
    expect(waitlisted.status).toBe(409);
    const problem = await problemOf(waitlisted);
    expect(problem.type).toMatch(/not-registered$/);
    expect(problem.detail).toContain("Cecilia Ek");
    expect((await hoursOf())["Cecilia Ek"]).toEqual([]);
  });
});

describe("GET /api/courses/{id}/export", () => {
  it("downloads CSV for Swedish Excel with hours per session and in total", async () => {
    const response = await api.get(`/api/courses/${course.id}/export?format=csv`, { token: await api.token("coordinator") });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="${course.id}-anmalningar.csv"`);
    const [header, ...rows] = await readCsv(response);
    expect(header).toEqual([
      "Anmälan", "Namn", "E-post", "Medlem", "Medlem enligt", "Mottagande lärcentrum", "Status", "Plats på väntelistan", "Anmäld", "Anmäld av",
      "2030-03-12 09:00 (s1, 3 h)", "2030-03-19 13:00 (s2, 1.5 h)", "Timmar totalt",
    ]);
    const byName = Object.fromEntries(rows.map((r) => [r[1], r]));
    // Registered by the coordinator, who set the member.
    expect(byName["Anna Andersson"]!.slice(3, 8)).toEqual(["Dacapo Mariestad", "Samordnare", "", "Anmäld", ""]);
    expect(byName["Anna Andersson"]![9]).toBe("Sam Samordnare");
    expect(byName["Anna Andersson"]!.slice(10)).toEqual(["3", "1,5", "4,5"]);
    expect(byName["Bo Berg"]!.slice(10)).toEqual(["2,25", "0", "2,25"]);
    expect(byName["Cecilia Ek"]!.slice(6, 8)).toEqual(["Väntelista", "1"]);
    expect(byName["Cecilia Ek"]!.slice(10)).toEqual(["0", "0", "0"]);
  });

  it("uses English headings and decimal points for an English caller", async () => {
    const response = await api.get(`/api/courses/${course.id}/export?format=csv`, { token: await api.token("coordinator"), headers: { "Accept-Language": "en" } });
    const [header, ...rows] = await readCsv(response);
    expect(header!.slice(0, 2)).toEqual(["Registration", "Name"]);
    expect(rows.find((r) => r[1] === "Anna Andersson")!.slice(4)).toEqual(["Coordinator", "", "Registered", "", expect.any(String), "Sam Samordnare", "3", "1.5", "4.5"]);
  });

  it("downloads XLSX whose cells hold the same numbers, as numbers", async () => {
    const response = await api.get(`/api/courses/${course.id}/export?format=xlsx`, { token: await api.token("coordinator") });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="${course.id}-anmalningar.xlsx"`);
    const sheets = await readXlsx(response);
    const [header, ...rows] = sheets.get("Anmälningar")!;
    expect(header!.at(-1)).toBe("Timmar totalt");
    const byName = Object.fromEntries(rows.map((r) => [r[1], r]));
    expect(byName["Anna Andersson"]!.slice(10)).toEqual([3, 1.5, 4.5]);
    expect(byName["Bo Berg"]!.slice(10)).toEqual([2.25, 0, 2.25]);
    expect(byName["Cecilia Ek"]![6]).toBe("Väntelista");
    expect(byName["Cecilia Ek"]![7]).toBe(1);
    const total = rows.reduce((sum, r) => sum + (r.at(-1) as number), 0);
    expect(total).toBe(6.75);
  });

  it("keeps recorded hours when the person later cancels, and the export says cancelled", async () => {
    const cancelled = await api.send("DELETE", `/api/courses/${course.id}/registrations/${bo.id}`, { token: await api.token("coordinator") });
    expect(cancelled.status).toBe(200);
    const after = (await list()).find((r) => r.id === bo.id)!;
    expect(after).toMatchObject({ status: "cancelled", attendedHours: 2.25 });
    // Cecilia got Bo's seat and can now have her hours recorded.
    expect((await list()).find((r) => r.id === cecilia.id)!.status).toBe("registered");
    expect((await recordAttendance(api, course.id, [{ registrationId: cecilia.id, sessionId: "s1", hours: 3 }])).status).toBe(200);
    const rows = await readCsv(await api.get(`/api/courses/${course.id}/export?format=csv`, { token: await api.token("coordinator") }));
    expect(rows.find((r) => r[1] === "Bo Berg")!.slice(6)).toEqual(["Avbokad", "", expect.any(String), "Sam Samordnare", "2,25", "0", "2,25"]);
    expect(rows.find((r) => r[1] === "Cecilia Ek")!.slice(6)).toEqual(["Anmäld", "", expect.any(String), "Sam Samordnare", "3", "0", "3"]);
  });

  it("refuses to remove a session with recorded hours (409), so no hours silently leave the report", async () => {
    const token = await api.token("coordinator");
    const onlyS1 = courseInput({ title: "Filmproduktion med mobilen", seats: 2, sessions: [{ id: "s1", start: "2030-03-12T09:00", end: "2030-03-12T12:00" }] });
    const refused = await api.send("PUT", `/api/courses/${course.id}`, { token, body: onlyS1 });
    expect(refused.status).toBe(409);
    const problem = await problemOf(refused);
    expect(problem.type).toMatch(/session-has-attendance$/);
    expect(problem.detail).toContain("2030-03-19 13:00");
    expect(((await (await api.get(`/api/courses/${course.id}`)).json()) as Course).sessions).toHaveLength(2);
  });
});
