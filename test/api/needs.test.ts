// The needs inventory's rounds and answers (issue 13) against Azurite, over HTTP as the tab uses them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MemberDetail, NeedsAnswer, NeedsRound, NeedsRoundInput, ProblemDetails } from "../../api/src/contract/index.js";
import { startApiHarness, type ApiHarness } from "../support/apiHarness.js";

let api: ApiHarness;
let coordinator: string;
let member: MemberDetail;
let other: MemberDetail;
const NOW = Date.parse("2027-01-10T12:00:00+01:00");

beforeAll(async () => {
  api = await startApiHarness();
  api.services.now = () => NOW;
  coordinator = await api.token("coordinator");
  const members = (await api.services.directory.current()).all();
  member = members.find((m) => m.contacts.filter((c) => c.email).length >= 2)!;
  other = members.find((m) => m.id !== member.id && m.contacts.some((c) => c.email))!;
});
afterAll(() => api?.close());

const input: NeedsRoundInput = {
  title: "Behovsinventering våren 2027",
  period: { term: "spring", year: 2027 },
  deadline: "2027-01-31",
  recipientRoles: ["rektor", "larare", "ikt-pedagog", "it-tekniker", "studievagledare", "kompetensmaklare", "samordnare"],
  areas: ["it", "sfi", "vard-omsorg"],
  intro: { sv: "Vad behöver ni nästa termin?" },
};
let people = 0;
const contactToken = (m: MemberDetail, i = 0) => {
  const c = m.contacts.filter((x) => x.email)[i]!;
  return api.tokenFor({ oid: `00000000-0000-4000-8000-${String(++people).padStart(12, "0")}`, name: c.name, email: c.email });
};
const createRound = async (body: NeedsRoundInput = input) => {
  const response = await api.send("POST", "/api/needs/rounds", { token: coordinator, body });
  expect(response.status).toBe(201);
  return (await response.json()) as NeedsRound;
};
const sendRound = async (id: string) => api.send("POST", `/api/needs/rounds/${id}/send`, { token: coordinator });
const answer = (roundId: string, memberId: string, token: string, body: unknown, lang = "sv") =>
  api.send("PUT", `/api/needs/rounds/${roundId}/answers/${memberId}`, { token, body, headers: { "Accept-Language": lang } });
const itForStaff = { area: "it", audience: "staff", format: "online", participants: 12 };

describe("needs rounds", () => {
  it("is a draft until sent, hidden from staff, sent once however often Skicka is pressed", async () => {
    const round = await createRound();
    expect(round).toMatchObject({ status: "draft", reminderDaysBefore: 3, answered: 0 });
    expect(round.members).toBeGreaterThan(0);
    const staffList = (await (await api.get("/api/needs/rounds")).json()) as { rounds: NeedsRound[] };
    expect(staffList.rounds.map((r) => r.id)).not.toContain(round.id);

    expect((await sendRound(round.id)).status).toBe(200);
    const again = await sendRound(round.id);
    expect(((await again.json()) as NeedsRound).status).toBe("open");
    const records = (await api.services.needsEvents.listSince()).filter((e) => e.roundId === round.id);
    expect(records.map((e) => e.type)).toEqual(["needs-round-sent"]);

    const changed = await api.send("PUT", `/api/needs/rounds/${round.id}`, { token: coordinator, body: { ...input, title: "Ny rubrik" } });
    expect(changed.status).toBe(409);
    expect(((await changed.json()) as ProblemDetails).type).toMatch(/round-sent$/);
    const moved = await api.send("PUT", `/api/needs/rounds/${round.id}`, { token: coordinator, body: { ...input, deadline: "2027-02-07" } });
    expect(((await moved.json()) as NeedsRound).deadline).toBe("2027-02-07");
  });

  it("refuses staff on the coordinators' routes", async () => {
    const round = await createRound();
    expect((await api.send("POST", "/api/needs/rounds", { body: input })).status).toBe(403);
    expect((await api.send("POST", `/api/needs/rounds/${round.id}/send`)).status).toBe(403);
    expect((await api.send("POST", `/api/needs/rounds/${round.id}/remind`)).status).toBe(403);
    expect((await api.send("PUT", `/api/needs/rounds/${round.id}`, { body: input })).status).toBe(403);
  });

  it("refuses a deadline that has passed and a round without roles, in sv and en", async () => {
    const sv = await api.send("POST", "/api/needs/rounds", { token: coordinator, body: { ...input, deadline: "2027-01-09", recipientRoles: [] } });
    expect(sv.status).toBe(400);
    const problem = (await sv.json()) as ProblemDetails;
    expect(problem.errors?.map((e) => e.field)).toEqual(["recipientRoles"]);
    expect(problem.errors?.[0]?.message).toBe("välj minst en kontaktroll som får frågan");
    const en = await api.send("POST", "/api/needs/rounds", { token: coordinator, body: { ...input, deadline: "2027-01-09" }, headers: { "Accept-Language": "en" } });
    expect(((await en.json()) as ProblemDetails).errors).toEqual([{ field: "deadline", message: "the last day to answer has already passed; choose today or a later day" }]);
  });
});

describe("answers", () => {
  it("a contact answers for her member, the history says what she added, another member's contact is refused", async () => {
    const round = await createRound();
    await sendRound(round.id);
    const token = await contactToken(member);
    const saved = await answer(round.id, member.id, token, { needs: [itForStaff], version: 0 });
    expect(saved.status).toBe(200);
    const body = (await saved.json()) as NeedsAnswer;
    expect(body).toMatchObject({ version: 1, memberName: member.name, needs: [itForStaff] });
    expect(body.history[0]).toMatchObject({ via: "tab", summary: "La till IT (personal)" });

    const mine = (await (await api.get(`/api/needs/rounds/${round.id}/answers/mine`, { token })).json()) as { answers: NeedsAnswer[]; round: NeedsRound };
    expect(mine.answers.find((a) => a.memberId === member.id)?.version).toBe(1);
    expect(mine.round.answered).toBe(1);

    const refused = await answer(round.id, other.id, token, { needs: [], version: 0 });
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as ProblemDetails).type).toMatch(/not-your-member$/);
    expect((await api.services.needs.getAnswer(round.id, other.id))).toBeUndefined();
  });

  it("two people of one member saving at once: one saves, the other gets 409 answer-changed and nothing is lost", async () => {
    const round = await createRound();
    await sendRound(round.id);
    const [first, second] = [await contactToken(member, 0), await contactToken(member, 1)];
    const sfi = { area: "sfi", audience: "students", format: "on-site", participants: 30 };
    const results = await Promise.all([answer(round.id, member.id, first, { needs: [itForStaff], version: 0 }), answer(round.id, member.id, second, { needs: [sfi], version: 0 })]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const loser = results.find((r) => r.status === 409)!;
    expect(((await loser.json()) as ProblemDetails).type).toMatch(/answer-changed$/);
    const winner = (await results.find((r) => r.status === 200)!.json()) as NeedsAnswer;
    const stored = (await api.services.needs.getAnswer(round.id, member.id))!.record;
    expect(stored.version).toBe(1);
    expect(stored.needs).toEqual(winner.needs);
    // The loser saves again from the stored version: both needs are kept, two lines of history.
    const retry = await answer(round.id, member.id, results[0]!.status === 409 ? first : second, { needs: [...winner.needs, winner.needs[0]!.area === "it" ? sfi : itForStaff], version: 1 });
    expect(retry.status).toBe(200);
    expect(((await retry.json()) as NeedsAnswer).history).toHaveLength(2);
  });

  it("the same card submitted twice saves once", async () => {
    const round = await createRound();
    await sendRound(round.id);
    const token = await contactToken(member);
    expect((await answer(round.id, member.id, token, { needs: [], comment: "Inga behov", version: 0 })).status).toBe(200);
    const twice = await answer(round.id, member.id, token, { needs: [], comment: "Inga behov", version: 0 });
    expect(twice.status).toBe(200);
    expect(((await twice.json()) as NeedsAnswer).version).toBe(1);
  });

  it("bad input is 400 with field errors in sv and en; an area outside the round is refused", async () => {
    const round = await createRound();
    await sendRound(round.id);
    const token = await contactToken(member);
    const sv = await answer(round.id, member.id, token, { needs: [{ ...itForStaff, participants: 0 }], version: 0 });
    expect(sv.status).toBe(400);
    expect(((await sv.json()) as ProblemDetails).errors).toEqual([{ field: "needs.0.participants", message: "ett helt antal från 1 till 1000" }]);
    const en = await answer(round.id, member.id, token, { needs: [{ ...itForStaff, area: "bygg" }], version: 0 }, "en");
    expect(((await en.json()) as ProblemDetails).errors).toEqual([{ field: "needs.0.area", message: "the area is not part of this round" }]);
    expect(await api.services.needs.getAnswer(round.id, member.id)).toBeUndefined();
  });

  it("after the deadline day ends in Stockholm an answer is refused with 409 round-closed", async () => {
    const round = await createRound({ ...input, deadline: "2027-01-10" });
    await sendRound(round.id);
    const token = await contactToken(member);
    try {
      api.services.now = () => Date.parse("2027-01-10T23:59:59+01:00");
      expect((await answer(round.id, member.id, token, { needs: [], version: 0 })).status).toBe(200);
      api.services.now = () => Date.parse("2027-01-11T00:00:00+01:00");
      const late = await answer(round.id, member.id, token, { needs: [itForStaff], version: 1 });
      expect(late.status).toBe(409);
      expect(((await late.json()) as ProblemDetails).detail).toContain("Sista svarsdagen var 2027-01-10");
      expect((await api.services.needs.getAnswer(round.id, member.id))!.record.needs).toEqual([]);
    } finally {
      api.services.now = () => NOW;
    }
  });
});

describe("local mode's sample rounds", () => {
  it("show an open round several members have answered and a closed one, seeded once", async () => {
    const local = await startApiHarness();
    try {
      const { seedNeedsIfEmpty } = await import("../../api/src/sample/needsRounds.js");
      const members = (await local.services.directory.current()).all();
      await seedNeedsIfEmpty(local.services, members);
      await seedNeedsIfEmpty(local.services, members);
      const { rounds } = (await (await local.get("/api/needs/rounds")).json()) as { rounds: NeedsRound[] };
      expect(rounds.map((r) => r.status)).toEqual(["open", "closed"]);
      expect(rounds[0]!.answered).toBeGreaterThan(5);
      expect(rounds[0]!.answered).toBeLessThan(rounds[0]!.members);
      const answers = await local.services.needs.listAnswers(rounds[0]!.id);
      expect(answers.some((a) => a.needs.length > 0)).toBe(true);
      expect(answers.every((a) => a.history[0]?.summary.startsWith("La till") || a.needs.length === 0)).toBe(true);
    } finally {
      await local.close();
    }
  });
});
