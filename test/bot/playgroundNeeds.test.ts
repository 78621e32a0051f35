// Answering the needs card through the Microsoft 365 Agents Playground (issue 13). Lisa Lärare is
// a teacher contact of Lärcenter Falköping in the sample directory. A round is sent; the needs
// pump and the delivery worker put the card in her Playground chat. The Playground sends
// Action.Execute as the adaptiveCard/action invoke (its invoke API, which also replaces the
// card): the card's refresh turns into her member's form, and Spara saves through the API's
// rules with her as the Playground's roster knows her (name and e-mail), via "card". The
// Playground does not run a card's refresh by itself, so the test sends the refresh invoke as
// Teams does when she opens the chat ("trigger": "automatic").
import { expect, it } from "vitest";
import { toStockholmIso } from "@campus-westum/bot";
import { botServicesOf } from "../../api/src/bot/botServices.js";
import { pumpNeedsEvents } from "../../api/src/bot/needs/needsPump.js";
import { rowInput } from "../../bot/src/cards/needsCards.js";
import type { NeedsRoundRecord } from "../../api/src/domain/needs/needsRound.js";
import { newNeedsEventId } from "../../api/src/store/needsEvents.js";
import { installBot, usePlayground, type PlaygroundMessage } from "./support/playground.js";

const started = usePlayground();

interface Card {
  body: unknown[];
  actions?: { verb?: string; title: string; data?: Record<string, unknown> }[];
  refresh?: { action: { type: string; verb: string; data: Record<string, unknown> } };
}
const cardOf = (m: PlaygroundMessage) => m.attachments?.[0]?.content as Card | undefined;
type InvokeBody = { statusCode: number; type: string; value: Card };

it("delivers the round's card to a contact's chat, and she answers it in the chat", { timeout: 90_000 }, async () => {
  const { api, playground } = started;
  await installBot(playground);
  const bot = botServicesOf(api.services);
  const lisa = (await bot.conversations.all()).find((r) => r.conversationId === playground.conversationId)!;

  // A coordinator's round, sent: the round and its "send" record in one transaction (the needs store).
  const now = api.services.now();
  const round: NeedsRoundRecord = {
    id: "needs-5a5a5a5a",
    title: "Behovsinventering våren 2027",
    period: { term: "spring", year: 2027 },
    deadline: "2027-01-29",
    reminderDaysBefore: 3,
    recipientRoles: ["larare"],
    areas: ["it", "vard-omsorg", "sfi"],
    intro: { sv: "Vad behöver ni till våren?" },
    updatedAt: toStockholmIso(now),
    sentAt: toStockholmIso(now),
  };
  await api.services.needs.createRound({ ...round, sentAt: undefined });
  await api.services.needs.replaceRound((await api.services.needs.getRound(round.id))!, round, [{ type: "needs-round-sent", id: newNeedsEventId(now), roundId: round.id, at: round.sentAt! }]);

  // The pump fans the card out; the Playground's chat is hers (her address's personal chat is stored for the test,
  // as the installation through Graph would store it).
  await bot.conversations.save({ ...lisa, conversationId: lisa.conversationId, userId: "lisa.larare@example.org" });
  const from = playground.messages.length;
  const pumped = await pumpNeedsEvents(api.services, "");
  expect(pumped.announced).toEqual([expect.objectContaining({ kind: "needs-round" })]);
  const worker = bot.createWorker();
  worker.start();
  let sent: PlaygroundMessage;
  try {
    sent = await playground.next((m) => JSON.stringify(cardOf(m) ?? "").includes(round.title), from, 30_000);
  } finally {
    await worker.stop();
  }
  const card = cardOf(sent)!;
  expect(JSON.stringify(card)).toContain("svara senast 29 januari 2027");

  // She opens the chat: Teams runs the card's refresh; the answer is her member's form.
  const opened = await playground.invoke(sent.id, { action: card.refresh!.action, trigger: "automatic" });
  expect(opened.status).toBe(200);
  const form = (opened.body as InvokeBody).value;
  expect(JSON.stringify(form)).toContain("Du svarar för Lärcenter Falköping");

  // Spara: the button's data with her inputs merged in, as Teams sends it.
  const save = form.actions!.find((a) => a.verb === "needsSave")!;
  const inputs = { [rowInput(0, "area")]: "sfi", [rowInput(0, "audience")]: "staff", [rowInput(0, "format")]: "online", [rowInput(0, "participants")]: 8, comment: "Helst på eftermiddagar" };
  const saved = await playground.invoke(sent.id, { action: { type: "Action.Execute", verb: save.verb, data: { ...save.data, ...inputs } } });
  expect(saved.status).toBe(200);
  expect(JSON.stringify((saved.body as InvokeBody).value)).toContain("Sparat. Tack för ert svar!");

  const stored = (await api.services.needs.getAnswer(round.id, "larcenter-falkoping"))!.record;
  expect(stored).toMatchObject({ version: 1, needs: [{ area: "sfi", audience: "staff", format: "online", participants: 8 }], comment: "Helst på eftermiddagar" });
  expect(stored.history[0]).toMatchObject({ via: "card", by: { name: "Lisa Lärare (exempeldata)", email: "lisa.larare@example.org" } });
});
