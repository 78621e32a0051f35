// A needs round's results, export and needs meet offers over HTTP against Azurite (issue 13).
// The round asks principals (rektor) about IT, SFI and business. Hand-counted:
//   Dacapo Mariestad (Skaraborg; teaches IT)          IT students 12 live broadcast ("Excel"), IT staff 3 online
//   Lärcenter Falköping (Skaraborg; teaches SFI)      has not answered; 1 principal
//   Lärcentrum Kungsbacka (Halland + Göteborgsreg.)   IT students 8 live broadcast, SFI students 25 on site
//   Vuxenutbildning Sotenäs (Fyrbodal)                answered "no needs", a comment that looks like a formula
// IT: 2 members, 23 participants; SFI: 1 member, 25; in all 2 members, 48 participants.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Course, MemberDetail, NeedsMatches, NeedsProviderRequest, NeedsResults } from "../../api/src/contract/index.js";
import type { NeedsAnswerRecord } from "../../api/src/domain/needs/needsAnswer.js";
import { startApiHarness, type ApiHarness } from "../support/apiHarness.js";
import { courseInput, createCourse, problemOf, readCsv, readXlsx } from "./catalogueFixtures.js";

const ROUND = "needs-0000e4e4";
const member = (id: string, name: string, subRegions: MemberDetail["subRegions"], areas: MemberDetail["areas"], contacts: [string, MemberDetail["contacts"][number]["role"]][]): MemberDetail => ({
  id, name, subRegions, municipalities: [name.split(" ").at(-1)!], areas, systems: [], techNetwork: false, sample: false, projects: [],
  contacts: contacts.map(([email, role], i) => ({ id: `${id}-${i}`, memberId: id, name: email.split("@")[0]!, role, email, techNetwork: false })),
});
const members = [
  member("dacapo-mariestad", "Dacapo Mariestad", ["skaraborg"], ["it", "ekonomi"], [["anna@dacapo.example", "rektor"], ["bo@dacapo.example", "larare"]]),
  member("larcenter-falkoping", "Lärcenter Falköping", ["skaraborg"], ["sfi"], [["cecilia@falkoping.example", "rektor"]]),
  member("larcentrum-kungsbacka", "Lärcentrum Kungsbacka", ["halland", "goteborgsregionen"], ["it"], [["dan@kungsbacka.example", "rektor"], ["eva@kungsbacka.example", "it-tekniker"], ["Bo@Dacapo.example", "larare"]]),
  member("vux-sotenas", "Vuxenutbildning Sotenäs", ["fyrbodal"], [], [["fia@sotenas.example", "rektor"]]),
];

const answer = (memberId: string, memberName: string, needs: NeedsAnswerRecord["needs"], comment?: string): NeedsAnswerRecord => ({
  roundId: ROUND, memberId, memberName, needs, ...(comment ? { comment } : {}), version: 1, answeredAt: "2030-01-20T10:00:00+01:00",
  history: [{ at: "2030-01-20T10:00:00+01:00", by: { name: "Någon" }, via: "tab", summary: { sv: "Svarade", en: "Answered" } }],
});

let api: ApiHarness;
let coordinator: string;
let course: Course;
beforeAll(async () => {
  api = await startApiHarness({ members });
  coordinator = await api.token("coordinator");
  await api.services.needs.createRound({
    id: ROUND, title: "Behovsinventering våren 2030", period: { term: "spring", year: 2030 }, deadline: "2030-01-31", reminderDaysBefore: 3,
    recipientRoles: ["rektor"], areas: ["it", "sfi", "ekonomi"], intro: { sv: "Vad behöver ni?" }, sentAt: "2030-01-02T09:00:00+01:00", updatedAt: "2030-01-02T09:00:00+01:00",
  });
  await api.services.needs.saveAnswer(undefined, answer("dacapo-mariestad", "Dacapo Mariestad", [
    { area: "it", audience: "students", format: "live-broadcast", participants: 12, note: "Excel" },
    { area: "it", audience: "staff", format: "online", participants: 3 },
  ]));
  await api.services.needs.saveAnswer(undefined, answer("larcentrum-kungsbacka", "Lärcentrum Kungsbacka", [
    { area: "it", audience: "students", format: "live-broadcast", participants: 8 },
    { area: "sfi", audience: "students", format: "on-site", participants: 25 },
  ]));
  await api.services.needs.saveAnswer(undefined, answer("vux-sotenas", "Vuxenutbildning Sotenäs", [], "=HYPERLINK(\"http://x\")"));
  course = await createCourse(api, courseInput({ providerMemberId: "dacapo-mariestad", title: "Excel i vardagen", areas: ["it"] }));
});
afterAll(() => api?.close());

const results = (path: string, init: { token?: string; headers?: Record<string, string> } = {}) => api.get(`/api/needs/rounds/${ROUND}${path}`, { token: coordinator, ...init });
const post = (path: string, body?: unknown, token = coordinator) => api.send("POST", `/api/needs/rounds/${ROUND}${path}`, { token, body });

describe("GET /api/needs/rounds/{id}/results", () => {
  it("adds the answers up per area, sub-region and member, and names who has not answered", async () => {
    const response = await results("/results");
    expect(response.status).toBe(200);
    const r = (await response.json()) as NeedsResults;
    expect(r.round).toMatchObject({ id: ROUND, answered: 3, members: 4 });
    expect(r.byArea).toEqual([
      { area: "sfi", students: { members: 1, participants: 25 }, staff: { members: 0, participants: 0 }, total: { members: 1, participants: 25 } },
      { area: "it", students: { members: 2, participants: 20 }, staff: { members: 1, participants: 3 }, total: { members: 2, participants: 23 } },
      { area: "ekonomi", students: { members: 0, participants: 0 }, staff: { members: 0, participants: 0 }, total: { members: 0, participants: 0 } },
    ]);
    expect(r.bySubRegion.map((s) => [s.subRegion, s.answered, s.members, s.total.participants])).toEqual([
      ["fyrbodal", 1, 1, 0],
      ["skaraborg", 1, 2, 15],
      ["sjuharad", 0, 0, 0],
      ["goteborgsregionen", 1, 1, 33],
      ["halland", 1, 1, 33],
    ]);
    expect(r.byMember.map((m) => m.memberName)).toEqual(["Dacapo Mariestad", "Lärcentrum Kungsbacka", "Vuxenutbildning Sotenäs"]);
    expect(r.notAnswered).toEqual([{ memberId: "larcenter-falkoping", memberName: "Lärcenter Falköping", recipients: 1 }]);
    expect(r.total).toEqual({ members: 2, participants: 48 });
  });

  it("exports every table as XLSX sheets, numbers as numbers", async () => {
    const sheets = await readXlsx(await results("/results?format=xlsx"));
    expect([...sheets.keys()]).toEqual(["Per område", "Per delregion", "Per medlem", "Har inte svarat", "Summering"]);
    expect(sheets.get("Per område")![2]).toEqual(["IT", 2, 20, 1, 3, 2, 23]);
    expect(sheets.get("Per medlem")!.slice(1).map((row) => row.slice(0, 8))).toEqual([
      ["Dacapo Mariestad", "Skaraborg", "2030-01-20T10:00:00+01:00", "IT", "Studerande", "Livesändning till mottagande lärcentra", 12, "Excel"],
      ["Dacapo Mariestad", "Skaraborg", "2030-01-20T10:00:00+01:00", "IT", "Personal", "Digitalt, var du vill", 3],
      ["Lärcentrum Kungsbacka", "Halland, Göteborgsregionen", "2030-01-20T10:00:00+01:00", "IT", "Studerande", "Livesändning till mottagande lärcentra", 8],
      ["Lärcentrum Kungsbacka", "Halland, Göteborgsregionen", "2030-01-20T10:00:00+01:00", "SFI – svenska för invandrare", "Studerande", "På plats", 25],
      ["Vuxenutbildning Sotenäs", "Fyrbodal", "2030-01-20T10:00:00+01:00", "(inga behov)", undefined, undefined, undefined, undefined],
    ]);
    // A comment is text in a cell, never a formula.
    expect(sheets.get("Per medlem")![5]![8]).toBe('=HYPERLINK("http://x")');
    expect(sheets.get("Har inte svarat")).toEqual([["Medlem", "Mottagare"], ["Lärcenter Falköping", 1]]);
    expect(sheets.get("Summering")!.slice(-2)).toEqual([["Medlemmar med behov", 2], ["Deltagare totalt", 48]]);
  });

  it("exports CSV with every table under its name, in English after Accept-Language, formulas defused", async () => {
    const response = await results("/results?format=csv", { headers: { "Accept-Language": "en" } });
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="behov-${ROUND}.csv"`);
    const text = (await readCsv(response)).map((row) => row.join(";"));
    // Sections: a name line, the table's lines, an empty line.
    const sections = new Map<string, string[]>();
    let current: string[] | undefined;
    for (const line of text) {
      if (line === "") current = undefined;
      else if (!current) sections.set(line, (current = []));
      else current.push(line);
    }
    const section = (name: string) => sections.get(name);
    expect([...sections.keys()]).toEqual(["Per area", "Per sub-region", "Per member", "Not answered", "Totals"]);
    expect(section("Per area")).toEqual([
      "Education area;Students: members;Students: participants;Staff: members;Staff: participants;Total: members;Total: participants",
      "SFI – Swedish for immigrants;1;25;0;0;1;25",
      "IT;2;20;1;3;2;23",
      "Business and administration;0;0;0;0;0;0",
    ]);
    expect(section("Not answered")).toEqual(["Member;Recipients", "Lärcenter Falköping;1"]);
    expect(text.find((line) => line.startsWith("Vuxenutbildning Sotenäs"))).toMatch(/;"'=HYPERLINK\(""http:\/\/x""\)"$/);
  });

  it("is for coordinators: staff get 403, an unknown round 404, a malformed id 400", async () => {
    expect((await results("/results", { token: await api.token("teacher") })).status).toBe(403);
    const unknown = await api.get("/api/needs/rounds/needs-00000000/results", { token: coordinator });
    expect(unknown.status).toBe(404);
    expect((await problemOf(unknown)).detail).toContain("needs-00000000");
    expect((await api.get("/api/needs/rounds/x'1/results", { token: coordinator })).status).toBe(400);
  });
});

describe("needs meet offers", () => {
  it("matches each area asked for with the catalogue's live courses and the members that teach it", async () => {
    const response = await results("/matches");
    expect(response.status).toBe(200);
    const { matches } = (await response.json()) as NeedsMatches;
    // Most members first.
    expect(matches.map((m) => [m.area, m.asked.members, m.asked.participants])).toEqual([["it", 2, 23], ["sfi", 1, 25]]);
    const it = matches.find((m) => m.area === "it")!;
    expect(it.courses).toEqual([{ id: course.id, title: "Excel i vardagen", status: "published", provider: "Dacapo Mariestad", firstStart: course.sessions[0]!.start }]);
    expect(it.providers).toEqual([
      { memberId: "dacapo-mariestad", memberName: "Dacapo Mariestad", contacts: 2 },
      { memberId: "larcentrum-kungsbacka", memberName: "Lärcentrum Kungsbacka", contacts: 3 },
    ]);
    // Bo is a contact of both: the card reaches 4 people, not 2 + 3.
    expect(it.people).toBe(4);
    expect(matches.find((m) => m.area === "sfi")!.courses).toEqual([]);
  });

  it("drafts a course from the IT needs: asks for the project among several active ones, then creates a draft the catalogue shows coordinators", async () => {
    const unchosen = await post("/matches/it/draft-course");
    expect(unchosen.status).toBe(400);
    expect((await problemOf(unchosen)).errors?.[0]).toMatchObject({ field: "project", message: expect.stringContaining("Campus Westum") });

    const inactive = await post("/matches/it/draft-course", { project: "WestKomp 0.1" });
    expect(inactive.status).toBe(400);

    const created = await post("/matches/it/draft-course", { project: "Campus Westum" });
    expect(created.status).toBe(201);
    const draft = (await created.json()) as Course;
    expect(draft).toMatchObject({
      status: "draft",
      title: "IT – behov vårterminen 2030",
      providerMemberId: "dacapo-mariestad",
      areas: ["it"],
      format: "live-broadcast",
      project: "Campus Westum",
      receivingSites: [{ memberId: "larcentrum-kungsbacka", memberName: "Lärcentrum Kungsbacka", room: "Lokal bestäms senare", seats: 8 }],
    });
    expect(draft.description).toContain("Dacapo Mariestad: studerande, livesändning till mottagande lärcentra, 12 deltagare (Excel)");

    const shown = await api.get(`/api/courses/${draft.id}`, { token: coordinator });
    expect(shown.status).toBe(200);
    expect(((await shown.json()) as Course).status).toBe("draft");
    expect((await api.get(`/api/courses/${draft.id}`, { token: await api.token("teacher") })).status).toBe(404);
  });

  it("refuses a draft for an area nobody asked for, and an unknown area", async () => {
    const none = await post("/matches/ekonomi/draft-course", { project: "Campus Westum" });
    expect(none.status).toBe(409);
    expect((await problemOf(none)).type).toMatch(/no-needs$/);
    expect((await post("/matches/astrologi/draft-course", { project: "Campus Westum" })).status).toBe(400);
  });

  const providerRequests = async (area: string) => (await api.services.needsEvents.listSince()).filter((e) => e.type === "needs-provider-request" && e.area === area);

  it("asks the members that teach the area: one record for the bot with their ids, each person counted once", async () => {
    const response = await post("/matches/it/ask-providers");
    expect(response.status).toBe(200);
    // Bo teaches at both members (once as "Bo@Dacapo.example"): 4 people, not 5.
    const first = (await response.json()) as NeedsProviderRequest;
    expect(first).toEqual({ area: "it", members: 2, people: 4, at: expect.any(String), by: expect.any(String) });
    expect(first.alreadyAsked).toBeUndefined();
    expect(await providerRequests("it")).toEqual([expect.objectContaining({ roundId: ROUND, area: "it", memberIds: ["dacapo-mariestad", "larcentrum-kungsbacka"] })]);
    // Who asked comes from the token, so the card can offer a chat with her.
    expect((await providerRequests("it"))[0]).toMatchObject({ askedBy: { name: first.by, email: expect.stringMatching(/^[^@\s]+@[^@\s]+$/) } });
    expect((await post("/matches/ekonomi/ask-providers")).status).toBe(409);
  });

  it("asks once per round and area: a second click answers with the first request and sends nothing", async () => {
    const first = (await (await post("/matches/it/ask-providers")).json()) as NeedsProviderRequest;
    const again = await post("/matches/it/ask-providers");
    expect(again.status).toBe(200);
    expect((await again.json()) as NeedsProviderRequest).toEqual({ ...first, alreadyAsked: true });
    expect(await providerRequests("it")).toHaveLength(1);
  });

  it("writes one record when two coordinators ask at the same moment", async () => {
    const answers = await Promise.all([post("/matches/sfi/ask-providers"), post("/matches/sfi/ask-providers")]);
    expect(answers.map((a) => a.status)).toEqual([200, 200]);
    const bodies = (await Promise.all(answers.map((a) => a.json()))) as NeedsProviderRequest[];
    expect(bodies.filter((b) => b.alreadyAsked)).toHaveLength(1);
    expect(await providerRequests("sfi")).toEqual([expect.objectContaining({ memberIds: ["larcenter-falkoping"] })]);
  });

  it("tells the tab which areas were asked already, so a reload shows it", async () => {
    const { matches } = (await (await results("/matches")).json()) as NeedsMatches;
    expect(matches.find((m) => m.area === "it")!.providersAsked).toEqual({ at: expect.any(String), by: expect.any(String), members: 2, people: 4 });
    expect(matches.find((m) => m.area === "sfi")!.providersAsked).toMatchObject({ members: 1, people: 1 });
  });

  it("is for coordinators", async () => {
    const teacher = await api.token("teacher");
    expect((await results("/matches", { token: teacher })).status).toBe(403);
    expect((await post("/matches/it/draft-course", { project: "Campus Westum" }, teacher)).status).toBe(403);
    expect((await post("/matches/it/ask-providers", undefined, teacher)).status).toBe(403);
  });
});

describe("the demand on a course", () => {
  it("shows how many members asked for the course's areas in the current round", async () => {
    const shown = (await (await api.get(`/api/courses/${course.id}`)).json()) as Course;
    expect(shown.needsDemand).toEqual({ roundId: ROUND, roundTitle: "Behovsinventering våren 2030", members: 2 });
  });
});
