// The needs round's card reaches every recipient once (issue 13), against Azurite, the real
// delivery worker, the Bot Connector stand-in and the Graph (Teamwork) stand-in that installs the
// app for directory contacts who never opened the bot (decision 0016). A sent round: one card per
// contact in the round's roles; the pump and the fan-out run again send nobody a second card.
// A reminder reaches only the members without an answer; the automatic one goes once. Saving
// from the card through the bot's port: stored once when submitted twice; a stale card is
// refused with the latest answer.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { needsRoundAnnouncement, toStockholmIso } from "@campus-westum/bot";
import { autoReminderAt, sendNeedsAutoReminders } from "../../api/src/bot/needs/needsAutoReminder.js";
import { needsPort, roundView } from "../../api/src/bot/needs/needsPort.js";
import { announceToPeople, pumpNeedsEvents } from "../../api/src/bot/needs/needsPump.js";
import { needsRecipients } from "../../api/src/bot/needs/needsRecipients.js";
import type { MemberDetail } from "../../api/src/contract/index.js";
import type { NeedsRoundRecord } from "../../api/src/domain/needs/needsRound.js";
import { sampleDirectory } from "../../api/src/sample/directory.js";
import { newNeedsEventId, type NeedsEvent } from "../../api/src/store/needsEvents.js";
import { proactiveInstallEnv, startTeamworkStandIn, type TeamworkStandIn } from "../graph-stand-in/teamwork/server.js";
import { startDeliveryHarness, type DeliveryHarness } from "./support/deliveryHarness.js";

let harness: DeliveryHarness;
let graph: TeamworkStandIn;
let members: MemberDetail[];

beforeAll(async () => {
  graph = await startTeamworkStandIn({ timeScale: 10 });
  harness = await startDeliveryHarness({ timeScale: 10, env: (connectorUrl) => proactiveInstallEnv(graph, connectorUrl) });
  members = sampleDirectory();
  await harness.services.members.save(members);
  await harness.services.directory.refresh();
  // Every contact is a Teams user Graph knows by her e-mail (her user principal name), none with the app yet.
  for (const address of new Set(members.flatMap((m) => m.contacts.map((c) => c.email.toLowerCase())))) graph.model.addUser({ id: randomUUID(), userPrincipalName: address });
}, 60_000);
afterAll(async () => {
  await harness?.close();
  await graph?.close();
});

let roundCounter = 0;
async function sendRound(overrides: Partial<NeedsRoundRecord> = {}): Promise<{ round: NeedsRoundRecord; event: NeedsEvent }> {
  const now = harness.services.now();
  const round: NeedsRoundRecord = {
    id: `needs-${(0xa0000000 + ++roundCounter).toString(16)}`,
    title: `Behovsinventering våren 2027 (${roundCounter})`,
    period: { term: "spring", year: 2027 },
    deadline: "2027-02-26",
    reminderDaysBefore: 3,
    recipientRoles: ["rektor", "studievagledare"],
    areas: ["it", "vard-omsorg"],
    intro: { sv: "Vad behöver ni nästa termin?" },
    updatedAt: toStockholmIso(now),
    ...overrides,
  };
  const { needs } = harness.services;
  await needs.createRound(round);
  const sent = { ...round, sentAt: toStockholmIso(now) };
  const event: NeedsEvent = { type: "needs-round-sent", id: newNeedsEventId(now), roundId: round.id, at: sent.sentAt };
  await needs.replaceRound((await needs.getRound(round.id))!, sent, [event]);
  return { round: sent, event };
}

const settle = async (announcementId: string) => {
  const worker = harness.bot.createWorker();
  worker.start();
  try {
    return await harness.waitUntilSettled(announcementId, 30_000);
  } finally {
    await worker.stop();
  }
};
const cardsWith = (text: string) => harness.standIn.delivered.filter((d) => JSON.stringify(d.activity).includes(text));

describe("a sent needs round", () => {
  it("delivers one card to every contact in the round's roles, and a repeated run sends nobody a second", { timeout: 90_000 }, async () => {
    const { round, event } = await sendRound();
    const expected = needsRecipients(members, round.recipientRoles).people.length;
    expect(expected).toBeGreaterThan(10);

    const pumped = await pumpNeedsEvents(harness.services, "");
    expect(pumped.announced).toEqual([{ id: `needs-round-${event.id}`, kind: "needs-round", recipients: expected }]);
    const report = await settle(pumped.announced[0]!.id);
    expect(report).toMatchObject({ recipients: expected, sent: expected, failed: 0, unreachable: 0 });
    const cards = cardsWith(round.title);
    expect(cards).toHaveLength(expected);
    expect(new Set(cards.map((c) => c.conversationId)).size).toBe(expected);
    expect(JSON.stringify(cards[0]!.activity)).toContain("svara senast 26 februari 2027");

    // The pump from the start again, and the fan-out itself run a second time (a crash after it queued).
    expect((await pumpNeedsEvents(harness.services, "")).announced).toEqual([]);
    await announceToPeople(harness.services, needsRoundAnnouncement(roundView(round, harness.services.now()), event.id, false), needsRecipients(members, round.recipientRoles).people);
    await settle(pumped.announced[0]!.id);
    expect(cardsWith(round.title)).toHaveLength(expected);
  });
});

describe("answering from the card and reminding", () => {
  it("saves once, refuses a stale card with the latest answer, and reminds only those without an answer", { timeout: 90_000 }, async () => {
    const { round } = await sendRound({ recipientRoles: ["rektor"], deadline: "2027-01-29" });
    expect((await pumpNeedsEvents(harness.services, "")).announced).toHaveLength(1); // the round's own card
    const port = needsPort(harness.services);
    const [answering, waiting] = members.filter((m) => m.contacts.some((c) => c.role === "rektor"));
    const rektor = answering!.contacts.find((c) => c.role === "rektor")!;
    const person = { id: randomUUID(), name: rektor.name, email: rektor.email };

    expect((await port.answersOf(round.id, person)).map((a) => a.memberId)).toContain(answering!.id);
    const draft = { needs: [{ area: "it", audience: "staff", format: "online", participants: 12 }], version: 0 };
    const saved = await port.save(round.id, answering!.id, person, draft, "sv");
    expect(saved).toMatchObject({ ok: true, answer: { version: 1, lastChange: { name: rektor.name } } });
    // The same card submitted again: stored once.
    expect(await port.save(round.id, answering!.id, person, draft, "sv")).toMatchObject({ ok: true, answer: { version: 1 } });
    // A card opened before that save, with something else: refused, the latest answer returned, nothing stored.
    const stale = await port.save(round.id, answering!.id, person, { ...draft, needs: [{ ...draft.needs[0]!, participants: 40 }] }, "sv");
    expect(stale).toMatchObject({ ok: false, reason: "answer-changed", current: { version: 1, needs: [{ participants: 12 }] } });
    expect((await harness.services.needs.getAnswer(round.id, answering!.id))?.record.version).toBe(1);
    // Somebody who is no contact of the member cannot save for it.
    expect(await port.save(round.id, answering!.id, { ...person, email: "someone@elsewhere.example.org" }, draft, "sv")).toMatchObject({ ok: false, reason: "not-your-member" });

    const now = harness.services.now();
    await harness.services.needs.addEvent({ type: "needs-reminder", id: newNeedsEventId(now), roundId: round.id, at: toStockholmIso(now), memberIds: [answering!.id, waiting!.id] });
    const reminded = (await pumpNeedsEvents(harness.services, "")).announced;
    const waitingPeople = needsRecipients([waiting!], ["rektor"]).people.length;
    expect(reminded).toEqual([{ id: expect.stringMatching(/^needs-reminder-/), kind: "needs-reminder", recipients: waitingPeople }]);

    // The automatic reminder, 3 days before the deadline at 09:00 (a Tuesday): once, to every member without an answer.
    const at = autoReminderAt(round)!;
    expect(toStockholmIso(at)).toBe("2027-01-26T09:00:00+01:00");
    const everyoneWaiting = needsRecipients(members.filter((m) => m.id !== answering!.id), ["rektor"]).people.length;
    expect(await sendNeedsAutoReminders(harness.services, at - 60_000, at + 60_000)).toEqual([{ roundId: round.id, recipients: everyoneWaiting }]);
    expect(await sendNeedsAutoReminders(harness.services, at - 60_000, at + 60_000)).toEqual([]);
    expect(await sendNeedsAutoReminders(harness.services, at + 60_000, at + 120_000)).toEqual([]);
  });
});

describe("asking the members that teach an area", () => {
  it("sends every contact of those members the question, once", { timeout: 60_000 }, async () => {
    const { round } = await sendRound({ deadline: "2027-03-05" });
    await pumpNeedsEvents(harness.services, ""); // the round's own card
    const teaching = members.filter((m) => m.areas.includes("it")).slice(0, 2);
    const now = harness.services.now();
    await harness.services.needs.addEvent({ type: "needs-provider-request", id: newNeedsEventId(now), roundId: round.id, at: toStockholmIso(now), area: "it", memberIds: teaching.map((m) => m.id), askedBy: { name: "Sara Samordnare", email: "sara.samordnare@westum.se" } });
    const [asked] = (await pumpNeedsEvents(harness.services, "")).announced;
    expect(asked).toEqual({ id: expect.stringMatching(/^needs-providers-/), kind: "needs-provider-request", recipients: needsRecipients(teaching, undefined).people.length });
    await settle(asked!.id);
    expect(cardsWith("Kan ni ge en kurs i it?")).toHaveLength(asked!.recipients);
    expect(cardsWith("https://teams.microsoft.com/l/chat/0/0?users=sara.samordnare%40westum.se")).toHaveLength(asked!.recipients);
    expect((await pumpNeedsEvents(harness.services, "")).announced).toEqual([]);
  });
});
