// Conversation tests through botbuilder's TestAdapter for the fika invitation's refresh: every
// copy of the card (other personal chats, a channel's card) shows the current counts and the
// viewer's own answer when Teams refreshes it, in the conversation's language; a refresh of a
// fika that is over or no longer planned answers a card saying so; a refresh never answers for anyone.
import type { Activity, ChannelAccount } from "botbuilder";
import { beforeEach, describe, expect, it } from "vitest";
import { sampleFika } from "./testing/fakePorts.js";
import { testConversation, type TestConversation } from "./testing/testConversation.js";

let ports: TestConversation["ports"];
let turn: TestConversation["turn"];

beforeEach(() => {
  ({ ports, turn } = testConversation());
});

interface CardJson {
  body: { text: string }[];
  actions?: { verb?: string }[];
  refresh?: { action: { verb: string; data: Record<string, unknown> }; userIds?: string[] };
}

const ada: ChannelAccount = { id: "29:ada", name: "Ada", aadObjectId: "oid-ada" };
const bo: ChannelAccount = { id: "29:bo", name: "Bo", aadObjectId: "oid-bo" };
const personalChat = (who: ChannelAccount) => ({ from: who, conversation: { id: `a:${who.id}`, conversationType: "personal", isGroup: false, name: "" } });
const channel = { conversation: { id: "19:fika@thread.tacv2;messageid=7", conversationType: "channel", isGroup: true, name: "" }, channelData: { team: { id: "team-1" }, channel: { id: "19:fika@thread.tacv2" } } };
const occurrence = { seriesId: sampleFika.seriesId, start: sampleFika.start };

const cardOf = (activity: Activity | undefined) => activity?.attachments?.[0]?.content as CardJson;
const texts = (card: CardJson) => card.body.map((b) => b.text).join("\n");

async function invoke(where: Partial<Activity>, locale: string, verb: string, data: Record<string, unknown>, trigger: "automatic" | "manual") {
  const [response] = await turn({ type: "invoke", name: "adaptiveCard/action", locale, ...where, value: { action: { type: "Action.Execute", verb, data }, trigger } });
  return response?.value as { status: number; body: { statusCode: number; type: string; value: CardJson } };
}

/** What Teams does when a viewer opens the chat: it runs the card's own refresh action. */
const refresh = (where: Partial<Activity>, locale: string, card: CardJson) => invoke(where, locale, card.refresh!.action.verb, card.refresh!.action.data, "automatic");
const rsvp = (where: Partial<Activity>, locale: string, answer: "yes" | "no") => invoke(where, locale, "rsvp", { ...occurrence, answer }, "manual");

const languages = [
  { locale: "sv-SE", nextFika: "nästa fika", counts: (yes: number, no: number) => `${yes} kommer · ${no} kan inte`, mine: "Du har svarat att du kommer", over: "är över", gone: "inte längre inplanerad" },
  { locale: "en-GB", nextFika: "next fika", counts: (yes: number, no: number) => `${yes} coming · ${no} can't make it`, mine: "You said you are coming", over: "is over", gone: "no longer planned" },
] as const;

describe.each(languages)("in $locale", ({ locale, nextFika, counts, mine, over, gone }) => {
  it("refreshes another person's copy with the counts after someone else's RSVP, and shows each viewer their own answer", async () => {
    const [sent] = await turn({ type: "message", text: nextFika, locale, ...personalChat(ada) });
    const invitation = cardOf(sent);
    expect(texts(invitation)).toContain(counts(0, 0));
    expect(invitation.refresh?.userIds).toBeUndefined(); // a personal chat: Teams refreshes its one member by itself

    expect((await rsvp(personalChat(bo), locale, "yes")).body.value.body.map((b) => b.text)).toContain(`${mine}.`);

    const adasView = await refresh(personalChat(ada), locale, invitation);
    expect(adasView).toMatchObject({ status: 200, body: { statusCode: 200, type: "application/vnd.microsoft.card.adaptive" } });
    expect(texts(adasView.body.value)).toContain(counts(1, 0));
    expect(texts(adasView.body.value)).not.toContain(mine); // Bo's answer is Bo's
    expect(adasView.body.value.refresh?.action.verb).toBe(invitation.refresh!.action.verb); // and it keeps refreshing

    await rsvp(personalChat(ada), locale, "no");
    const bosView = await refresh(personalChat(bo), locale, invitation);
    expect(texts(bosView.body.value)).toContain(counts(1, 1));
    expect(texts(bosView.body.value)).toContain(mine);
  });

  it("answers a refresh of a fika that is no longer planned with a card saying so, not an error", async () => {
    const response = await invoke(personalChat(ada), locale, "fikaView", { seriesId: "fika-paused", start: sampleFika.start }, "automatic");
    expect(response).toMatchObject({ status: 200, body: { statusCode: 200, type: "application/vnd.microsoft.card.adaptive" } });
    expect(texts(response.body.value)).toContain(gone);
    expect(response.body.value.actions).toBeUndefined();
    expect(response.body.value.refresh).toBeUndefined(); // nothing left to refresh
  });

  it("answers a refresh or an RSVP of a fika that is over with a card saying so, and records nothing", async () => {
    const [sent] = await turn({ type: "message", text: nextFika, locale, ...personalChat(ada) });
    ports.now = () => Date.parse(sampleFika.start) + (sampleFika.durationMinutes + 1) * 60_000;
    const viewed = await refresh(personalChat(ada), locale, cardOf(sent));
    expect(viewed.body.statusCode).toBe(200);
    expect(texts(viewed.body.value)).toContain(over);
    expect(viewed.body.value.actions).toBeUndefined();
    expect(texts((await rsvp(personalChat(ada), locale, "yes")).body.value)).toContain(over);
    expect(await ports.fika.counts(sampleFika.seriesId, sampleFika.start)).toEqual({ yes: 0, no: 0 });
  });
});

describe("in a channel", () => {
  it("shows no one's own answer on the channel's card, and each viewer theirs when it refreshes", async () => {
    await rsvp({ ...channel, from: ada }, "sv-SE", "yes");
    const [sent] = await turn({ type: "message", text: "<at>Campus Westum</at> nästa fika", locale: "sv-SE", ...channel, from: ada });
    const invitation = cardOf(sent);
    expect(texts(invitation)).toContain("1 kommer");
    expect(texts(invitation)).not.toContain("Du har svarat");

    const adasView = (await refresh({ ...channel, from: ada }, "sv-SE", invitation)).body.value;
    expect(texts(adasView)).toContain("Du har svarat att du kommer");
    // The answer reaches only Ada's client; listing her keeps it refreshing in a channel of any size.
    expect(adasView.refresh?.userIds).toEqual([ada.id]);

    const bosView = (await refresh({ ...channel, from: bo }, "sv-SE", invitation)).body.value;
    expect(texts(bosView)).toContain("1 kommer");
    expect(texts(bosView)).not.toContain("Du har svarat");
    expect(bosView.refresh?.userIds).toEqual([bo.id]);
  });

  it("answers in the channel's language, whatever the viewer's client speaks", async () => {
    await turn({ type: "message", text: "<at>Campus Westum</at> language english", locale: "sv-SE", ...channel, from: ada });
    const view = await invoke({ ...channel, from: bo }, "sv-SE", "fikaView", occurrence, "automatic");
    expect(texts(view.body.value)).toContain("0 coming");
  });
});

it("never takes an automatic invoke as a person's answer", async () => {
  const response = await invoke(personalChat(ada), "sv-SE", "rsvp", { ...occurrence, answer: "yes" }, "automatic");
  expect(response.body.statusCode).toBe(400);
  expect(await ports.fika.counts(sampleFika.seriesId, sampleFika.start)).toEqual({ yes: 0, no: 0 });
});

it("refreshes from the message menu (a manual trigger) the same way", async () => {
  await rsvp(personalChat(bo), "sv-SE", "no");
  const view = await invoke(personalChat(ada), "sv-SE", "fikaView", occurrence, "manual");
  expect(texts(view.body.value)).toContain("0 kommer · 1 kan inte");
});
