// Conversation tests through botbuilder's TestAdapter for the needs card's invokes: the refresh
// turns the sent card into the viewer's own form; Spara saves once (also when the card is
// submitted twice); a stale card is refused with the latest answer; bad input is refused with
// what she typed kept; a contact of two members chooses; after the deadline the card is closed;
// the member comes from who she is, never from a crafted invoke.
import type { Activity, ChannelAccount } from "botbuilder";
import { beforeEach, describe, expect, it } from "vitest";
import { needsRoundCard, rowInput } from "./cards/needsCards.js";
import { sampleNeedsRound, type fakeNeedsPort } from "./testing/fakeNeedsPort.js";
import { testConversation, type TestConversation } from "./testing/testConversation.js";

let ports: TestConversation["ports"];
let turn: TestConversation["turn"];
let needs: ReturnType<typeof fakeNeedsPort>;

beforeEach(() => {
  ({ ports, turn } = testConversation());
  needs = ports.needs as ReturnType<typeof fakeNeedsPort>;
});

interface CardJson {
  body: { type: string; text?: string; id?: string; value?: unknown; items?: CardJson["body"] }[];
  actions?: { title: string; verb?: string; data?: Record<string, unknown> }[];
  refresh?: { action: { verb: string; data: Record<string, unknown> } };
}

const ada: ChannelAccount = { id: "29:ada", name: "Ada", aadObjectId: "oid-ada" };
const bo: ChannelAccount = { id: "29:bo", name: "Bo", aadObjectId: "oid-bo" };
const stranger: ChannelAccount = { id: "29:sam", name: "Sam", aadObjectId: "oid-sam" };
const chatOf = (who: ChannelAccount) => ({ from: who, conversation: { id: `a:${who.id}`, conversationType: "personal", isGroup: false, name: "" } });

async function invoke(who: ChannelAccount, verb: string, data: Record<string, unknown>, trigger: "automatic" | "manual" = "manual", locale = "sv-SE") {
  const [response] = await turn({ type: "invoke", name: "adaptiveCard/action", locale, ...chatOf(who), value: { action: { type: "Action.Execute", verb, data }, trigger } });
  return response?.value as { status: number; body: { statusCode: number; type: string; value: CardJson } };
}

const texts = (card: CardJson) => JSON.stringify(card);
const save = (card: CardJson) => card.actions!.find((a) => a.verb === "needsSave")!;
/** What Teams sends on Spara: the button's data with every input merged in. */
const submit = (who: ChannelAccount, card: CardJson, inputs: Record<string, unknown>) => invoke(who, "needsSave", { ...save(card).data, ...inputs });
const sentRefresh = needsRoundCard(sampleNeedsRound, "sv").refresh.action;
/** What Teams does when she opens the chat with the sent card: it runs the card's refresh. */
const openForm = async (who: ChannelAccount) => (await invoke(who, "needsView", sentRefresh.type === "Action.Execute" ? sentRefresh.data : {}, "automatic")).body.value;
const itForStaff = { [rowInput(0, "area")]: "it", [rowInput(0, "audience")]: "staff", [rowInput(0, "format")]: "online", [rowInput(0, "participants")]: "12" };

describe("the needs card", () => {
  it("refreshes the sent card into her member's form, and saves what she enters from the card", async () => {
    const form = await openForm(ada);
    expect(texts(form)).toContain("Du svarar för Alingsås lärcentrum.");
    const saved = await submit(ada, form, { ...itForStaff, comment: "Tack" });
    expect(saved).toMatchObject({ status: 200, body: { statusCode: 200, type: "application/vnd.microsoft.card.adaptive" } });
    expect(texts(saved.body.value)).toContain("Sparat. Tack för ert svar!");
    expect(needs.answers.get("alingsas-larcentrum")).toMatchObject({ version: 1, needs: [{ area: "it", audience: "staff", format: "online", participants: 12 }], comment: "Tack" });
    // The saved card shows the need as stated, and its Spara carries the new version.
    expect(texts(saved.body.value)).toContain("IT · Personal");
    expect(save(saved.body.value).data).toMatchObject({ version: 1, stated: ["it/staff"] });
  });

  it("stores a card submitted twice once", async () => {
    const form = await openForm(ada);
    await submit(ada, form, itForStaff);
    const again = await submit(ada, form, itForStaff);
    expect(texts(again.body.value)).toContain("Sparat.");
    expect(needs.saves).toBe(1);
  });

  it("refuses a stale card with the latest answer instead of overwriting it", async () => {
    const adasCard = await openForm(ada);
    const bosCard = await invoke(bo, "needsView", { roundId: sampleNeedsRound.id, memberId: "alingsas-larcentrum" });
    await submit(bo, bosCard.body.value, { ...itForStaff, [rowInput(0, "participants")]: "30" });
    const stale = await submit(ada, adasCard, { ...itForStaff, [rowInput(0, "area")]: "vard-omsorg" });
    expect(texts(stale.body.value)).toContain("Någon annan har ändrat svaret (Bo)");
    expect(texts(stale.body.value)).toContain("Det du försökte spara: Vård och omsorg, personal, digitalt, var du vill, 12");
    expect(needs.answers.get("alingsas-larcentrum")).toMatchObject({ version: 1, needs: [{ area: "it", participants: 30 }] });
    expect(save(stale.body.value).data).toMatchObject({ version: 1 });
  });

  it("refuses bad input with clear errors and keeps what she typed", async () => {
    const form = await openForm(ada);
    const refused = await submit(ada, form, { ...itForStaff, [rowInput(0, "participants")]: "0", [rowInput(1, "note")]: "utan område", comment: "Kvar" });
    const card = refused.body.value;
    expect(texts(card)).toContain("Svaret sparades inte.");
    expect(texts(card)).toContain("Nytt behov 1: ange antal deltagare som ett heltal 1–1000.");
    expect(texts(card)).toContain("Nytt behov 2: välj ett utbildningsområde, eller töm raden.");
    expect(needs.saves).toBe(0);
    const values = Object.fromEntries(card.body.flatMap((e) => e.items ?? [e]).filter((e) => e.id).map((e) => [e.id, e.value]));
    expect(values).toMatchObject({ [rowInput(0, "area")]: "it", [rowInput(1, "note")]: "utan område", comment: "Kvar" });
  });

  it("lets a stated need be removed and refuses the same area and audience twice", async () => {
    const first = await submit(ada, await openForm(ada), itForStaff);
    const twice = await submit(ada, first.body.value, { [rowInput(0, "format")]: "online", [rowInput(0, "participants")]: "12", [rowInput(1, "area")]: "it", [rowInput(1, "audience")]: "staff", [rowInput(1, "format")]: "on-site", [rowInput(1, "participants")]: "3" });
    expect(texts(twice.body.value)).toContain("IT (personal) finns redan på en annan rad.");
    const removed = await submit(ada, first.body.value, { [rowInput(0, "remove")]: "true", [rowInput(0, "format")]: "online", [rowInput(0, "participants")]: "12" });
    expect(texts(removed.body.value)).toContain("Sparat: inga behov den här terminen.");
    expect(needs.answers.get("alingsas-larcentrum")).toMatchObject({ version: 2, needs: [] });
  });

  it("asks a contact of two members which one she answers for, and never saves for a member she is not a contact of", async () => {
    const chooser = await openForm(bo);
    expect(texts(chooser)).toContain("Du är kontaktperson för flera medlemmar.");
    expect(chooser.actions!.map((a) => a.data?.memberId)).toEqual(["alingsas-larcentrum", "vuxenutbildningen-i-boras-stad"]);
    // Ada crafts an invoke for Borås, whose contact she is not: her own member's form, nothing saved.
    const crafted = await invoke(ada, "needsSave", { roundId: sampleNeedsRound.id, memberId: "vuxenutbildningen-i-boras-stad", version: 0, ...itForStaff });
    expect(texts(crafted.body.value)).toContain("Du är inte kontaktperson för den medlemmen.");
    expect(needs.saves).toBe(0);
    expect(texts((await openForm(stranger)))).toContain("Du är inte kontaktperson för någon medlem");
  });

  it("says the round is closed after the deadline, in English too, and refuses a late save", async () => {
    const form = await openForm(ada);
    needs.setStatus("closed");
    const late = await submit(ada, form, itForStaff);
    expect(texts(late.body.value)).toContain("Svarstiden gick ut 31 januari 2027.");
    expect(late.body.value.actions).toBeUndefined();
    expect(needs.saves).toBe(0);
    // Bo's chat is English (its first contact): his card is too.
    const en = await invoke(bo, "needsView", { roundId: sampleNeedsRound.id }, "automatic", "en-GB");
    expect(texts(en.body.value)).toContain("The answer period ended 31 January 2027.");
  });

  it("refuses an invoke whose data is not a needs card's", async () => {
    expect((await invoke(ada, "needsSave", { roundId: "../etc", memberId: "x", version: 0 })).body).toMatchObject({ statusCode: 400 });
    expect((await invoke(ada, "needsSave", { roundId: sampleNeedsRound.id, memberId: "alingsas-larcentrum", version: 0 }, "automatic")).body).toMatchObject({ statusCode: 400 });
    expect((await invoke(ada, "needsView", { roundId: "needs-ffffffff" })).body.value.body[0]).toMatchObject({ text: "Den här behovsinventeringen finns inte längre." });
  });
});
