// The needs inventory's cards as JSON: valid Adaptive Cards 1.5 (the adaptivecards library reads
// them back without errors), the texts a contact reads in Swedish and English, the answer filled
// in, the closed state without inputs, and a size Teams accepts even for the fullest answer.
import * as AC from "adaptivecards";
import { describe, expect, it } from "vitest";
import { needsViewData, needsSaveData } from "../commands/needsDraft.js";
import type { NeedsAnswerView, NeedView } from "../needsPort.js";
import { fakeNeedsPort, sampleNeedsRound } from "../testing/fakeNeedsPort.js";
import { MAX_CARD_CHARS, MAX_NEED_ROWS, needsChooseMemberCard, needsClosedCard, needsFormCard, needsNoticeCard, needsProviderRequestCard, needsRoundCard, rowInput } from "./needsCards.js";

const vocabulary = fakeNeedsPort();
const answer: NeedsAnswerView = {
  memberId: "alingsas-larcentrum",
  memberName: "Alingsås lärcentrum",
  needs: [{ area: "it", audience: "staff", format: "online", participants: 12, note: "Teams för lärare" }],
  comment: "Gärna på våren",
  version: 3,
  lastChange: { name: "Anna Andersson", at: "2026-12-01T10:00:00+01:00" },
};
const form = (lang: "sv" | "en", a = answer) => needsFormCard({ round: sampleNeedsRound, answer: a, otherMembers: [{ id: "vuxenutbildningen-i-boras-stad", name: "Vuxenutbildningen i Borås stad" }], vocabulary }, lang);

const cards = (lang: "sv" | "en") => ({
  round: needsRoundCard(sampleNeedsRound, lang),
  reminder: needsRoundCard(sampleNeedsRound, lang, { reminder: true }),
  form: form(lang),
  emptyForm: form(lang, { ...answer, needs: [], comment: undefined, version: 0, lastChange: undefined }),
  closed: needsClosedCard({ ...sampleNeedsRound, status: "closed" }, [answer], vocabulary, lang),
  choose: needsChooseMemberCard(sampleNeedsRound, [{ id: "a", name: "A" }, { id: "b", name: "B" }], lang),
  notice: needsNoticeCard("Behovsinventering", "Finns inte"),
  provider: needsProviderRequestCard({ roundTitle: sampleNeedsRound.title, area: { id: "it", sv: "IT", en: "IT" }, askedBy: { name: "Sara Samordnare", email: "sara.samordnare@westum.se" } }, lang),
  olderProvider: needsProviderRequestCard({ roundTitle: sampleNeedsRound.title, area: { id: "it", sv: "IT", en: "IT" } }, lang),
});

const json = (card: object) => JSON.stringify(card);
type Input = { id?: string; value?: unknown; type: string; items?: Input[] };
const inputs = (card: { body: unknown[] }): Input[] => (card.body as Input[]).flatMap((e) => (e.items ? e.items : [e])).filter((e) => e.type.startsWith("Input."));

describe.each(["sv", "en"] as const)("needs cards in %s", (lang) => {
  it.each(Object.entries(cards(lang)))("%s is a valid Adaptive Card 1.5", (_name, card) => {
    const parsed = new AC.AdaptiveCard();
    const context = new AC.SerializationContext(new AC.Version(1, 5));
    parsed.parse(card, context);
    expect(Array.from({ length: context.eventCount }, (_, i) => context.getEventAt(i).message)).toEqual([]);
    expect(parsed.validateProperties().validationEvents.map((e) => e.message)).toEqual([]);
    expect((parsed.toJSON() as { body: unknown[] }).body).toHaveLength(card.body.length);
  });
});

describe("the card the bot sends", () => {
  it("shows the round, its term and deadline in words, and refreshes into the viewer's own form", () => {
    const sv = needsRoundCard(sampleNeedsRound, "sv");
    expect(json(sv)).toContain("Behovsinventering våren 2027");
    expect(json(sv)).toContain("Behovsinventering för vårterminen 2027 · svara senast 31 januari 2027");
    expect(json(sv)).toContain("Vad behöver ni nästa termin?");
    expect(needsViewData.parse(sv.refresh.action.type === "Action.Execute" && sv.refresh.action.data)).toEqual({ roundId: sampleNeedsRound.id });
    expect(sv.refresh).not.toHaveProperty("userIds"); // personal chats: Teams refreshes its one member by itself
    const en = needsRoundCard(sampleNeedsRound, "en", { reminder: true });
    expect(json(en)).toContain("answer by 31 January 2027");
    expect(json(en)).toContain("What do you need next term?");
    expect(json(en)).toContain("Reminder: you have not answered yet.");
  });
});

describe("the form", () => {
  it("is filled in with the member's answer, and Spara carries the version it showed", () => {
    const card = form("sv");
    const values = Object.fromEntries(inputs(card).map((i) => [i.id, i.value]));
    expect(json(card)).toContain("Du svarar för Alingsås lärcentrum.");
    expect(json(card)).toContain("Senast ändrat av Anna Andersson");
    expect(json(card)).toContain("IT · Personal");
    expect(values).toMatchObject({ [rowInput(0, "format")]: "online", [rowInput(0, "participants")]: 12, [rowInput(0, "note")]: "Teams för lärare", comment: "Gärna på våren" });
    // Two empty rows to add needs in, with the round's areas only.
    expect(values).toHaveProperty(rowInput(1, "area"));
    expect(values).toHaveProperty(rowInput(2, "area"));
    expect(values).not.toHaveProperty(rowInput(3, "area"));
    expect(json(card)).not.toContain("Yrkeshögskola");
    const save = card.actions!.find((a) => a.type === "Action.Execute" && a.verb === "needsSave")!;
    expect(save.type === "Action.Execute" && needsSaveData.parse(save.data)).toEqual({ roundId: sampleNeedsRound.id, memberId: "alingsas-larcentrum", version: 3, stated: ["it/staff"] });
    // A contact of two members can switch to the other one.
    expect(card.actions!.map((a) => a.title)).toEqual(["Spara", "Svara för Vuxenutbildningen i Borås stad"]);
  });

  it("speaks English to an English chat", () => {
    const card = form("en", { ...answer, needs: [], version: 0, lastChange: undefined });
    expect(json(card)).toContain("You are answering for Alingsås lärcentrum.");
    expect(json(card)).toContain("Nobody has answered for the member yet.");
    expect(json(card)).toContain("Education area");
    expect(card.actions![0]!.title).toBe("Save");
  });

  it(`stays within Teams' message size with ${MAX_NEED_ROWS} needs and every education area offered`, () => {
    const areas = Array.from({ length: 18 }, (_, i) => ({ id: `area-${i}`, sv: `Utbildningsområde nummer ${i} med långt namn`, en: `Education area number ${i} with a long name` }));
    const needs: NeedView[] = areas.map((a, i) => ({ area: a.id, audience: i % 2 ? "staff" : "students", format: "online", participants: 999, note: "n".repeat(500) }));
    const full = needsFormCard({ round: { ...sampleNeedsRound, areas, intro: { sv: "i".repeat(1000) } }, answer: { ...answer, needs, comment: "c".repeat(2000) }, otherMembers: [], vocabulary }, "sv");
    // 18 stated needs and 2 rows to add in: the most the form ever shows.
    expect(inputs(full).filter((i) => i.id?.endsWith("Participants"))).toHaveLength(MAX_NEED_ROWS);
    expect(json(full).length).toBeLessThan(MAX_CARD_CHARS);
  });
});

describe("after the deadline", () => {
  it("has no inputs, no buttons and no refresh, and shows the answer as it stands", () => {
    const card = needsClosedCard({ ...sampleNeedsRound, status: "closed" }, [answer], vocabulary, "sv");
    expect(inputs(card)).toEqual([]);
    expect(card.actions).toBeUndefined();
    expect(card).not.toHaveProperty("refresh");
    expect(json(card)).toContain("Svarstiden gick ut 31 januari 2027");
    expect(json(card)).toContain("IT, personal, digitalt, var du vill, 12");
  });
});

it("asks the members that teach an area, in their language, and offers a chat with the coordinator who asked", () => {
  const asked = needsProviderRequestCard({ roundTitle: "Behovsinventering våren 2027", area: { id: "it", sv: "IT", en: "IT" }, askedBy: { name: "Sara Samordnare", email: "sara.samordnare@westum.se" } }, "sv");
  expect(json(asked)).toContain("Kan ni ge en kurs i it?");
  expect(json(asked)).toContain("Hör av er till Sara Samordnare, som frågar,");
  expect(asked.actions).toEqual([{ type: "Action.OpenUrl", title: "Chatta med Sara Samordnare", url: "https://teams.microsoft.com/l/chat/0/0?users=sara.samordnare%40westum.se" }]);
  // Courses are entered by coordinators: the card never sends a teacher to a form she cannot use.
  expect(json(asked)).not.toContain("Lägg in");
  const older = needsProviderRequestCard({ roundTitle: "Behovsinventering våren 2027", area: { id: "it", sv: "IT", en: "IT" } }, "en");
  expect(json(older)).toContain("Contact the network's coordinators");
  expect(older.actions ?? []).toEqual([]);
});
