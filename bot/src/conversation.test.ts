// Conversation tests through botbuilder's TestAdapter: every command in Swedish and English,
// installation and uninstallation, channel subscriptions, and the card actions (register, RSVP).
import type { Activity } from "botbuilder";
import { beforeEach, describe, expect, it } from "vitest";
import { sampleCourse, sampleFika, STRANGER } from "./testing/fakePorts.js";
import { testConversation, type TestConversation } from "./testing/testConversation.js";

let ports: TestConversation["ports"];
let turn: TestConversation["turn"];

beforeEach(() => {
  ({ ports, turn } = testConversation());
});

const say = (text: string, locale: string, extra: Partial<Activity> = {}) => turn({ type: "message", text, locale, ...extra });
const cardText = (activity: Activity | undefined) => JSON.stringify(activity?.attachments?.[0]?.content ?? activity?.text ?? "");
const install = (locale: string) => turn({ type: "conversationUpdate", locale, membersAdded: [{ id: "bot", name: "Bot" }] });

const languages = [
  {
    lang: "sv",
    locale: "sv-SE",
    words: { help: "hjälp", trainings: "utbildningar IT", mine: "mina anmälningar", fika: "nästa fika", subscribe: "prenumerera utbildningar skaraborg", unsubscribe: "avprenumerera utbildningar skaraborg", subscriptions: "prenumerationer", fikaTopic: "prenumerera fika", tech: "prenumerera tekniknätverket", pairing: "fikaparning på", other: "språk engelska" },
    expect: { welcome: "Välkommen", help: "Det här kan jag", trainings: "Kommande utbildningar: IT", none: "Du har inga anmälningar", fika: "Nästa digitala fika", subscribed: "Skaraborg", pairing: "fikaparningen", other: "English" },
  },
  {
    lang: "en",
    locale: "en-US",
    words: { help: "help", trainings: "trainings it", mine: "my registrations", fika: "next fika", subscribe: "subscribe trainings skaraborg", unsubscribe: "unsubscribe trainings skaraborg", subscriptions: "subscriptions", fikaTopic: "subscribe fika", tech: "subscribe tech network", pairing: "fika pairing on", other: "language swedish" },
    expect: { welcome: "Welcome", help: "What I can do", trainings: "Upcoming trainings: IT", none: "You have no registrations", fika: "Next digital fika", subscribed: "Skaraborg", pairing: "fika pairing", other: "svenska" },
  },
] as const;

describe.each(languages)("in $lang", ({ lang, locale, words, expect: e }) => {
  it("welcomes on install in the user's language and stores the conversation", async () => {
    const [welcome] = await install(locale);
    expect(cardText(welcome)).toContain(e.welcome);
    expect(welcome?.suggestedActions?.actions.length).toBeGreaterThan(0);
    expect(ports.records.get("Convo1")).toMatchObject({ kind: "personal", lang, serviceUrl: "https://test.com", active: true });
  });

  it("answers help with a card and suggested actions", async () => {
    await install(locale);
    const [reply] = await say(words.help, locale);
    expect(cardText(reply)).toContain(e.help);
    expect(reply?.suggestedActions?.actions.map((a) => a.type)).toContain("imBack");
  });

  it("lists upcoming trainings filtered by area", async () => {
    await install(locale);
    const [reply] = await say(words.trainings, locale);
    expect(cardText(reply)).toContain(e.trainings);
    expect(cardText(reply)).toContain(sampleCourse.title);
  });

  it("shows my registrations, empty and after registering from the card", async () => {
    await install(locale);
    expect(cardText((await say(words.mine, locale))[0])).toContain(e.none);
    const [response] = await turn({ type: "invoke", name: "adaptiveCard/action", locale, value: { action: { type: "Action.Execute", verb: "register", data: { courseId: sampleCourse.id } } } });
    expect(response?.type).toBe("invokeResponse");
    expect(response?.value).toMatchObject({ status: 200, body: { statusCode: 200, type: "application/vnd.microsoft.card.adaptive" } });
    expect(JSON.stringify(response?.value)).not.toContain('"verb":"register"');
    expect(cardText((await say(words.mine, locale))[0])).toContain(sampleCourse.title);
  });

  it("asks a person the directory does not know which member she belongs to, in the card, then registers her with that member", async () => {
    await install(locale);
    const stranger = { id: STRANGER, name: "Stina Främling" };
    const press = (data: Record<string, unknown>) => turn({ type: "invoke", name: "adaptiveCard/action", locale, from: stranger, value: { action: { type: "Action.Execute", verb: "register", data } } });
    const [asked] = await press({ courseId: sampleCourse.id });
    const card = (asked?.value as { body: { value: { body: Record<string, unknown>[]; actions: Record<string, unknown>[] } } }).body.value;
    const choice = card.body.find((e) => e.type === "Input.ChoiceSet");
    expect(choice).toMatchObject({ id: "memberId", style: "filtered", isRequired: true, choices: [{ title: "Alingsås lärcentrum", value: "alingsas-larcentrum" }, { title: "Vuxenutbildningen i Borås stad", value: "vuxenutbildningen-i-boras-stad" }] });
    expect(card.actions[0]).toMatchObject({ type: "Action.Execute", verb: "register", data: { courseId: sampleCourse.id } });
    expect(ports.registered).toEqual([]);

    // A member the directory does not have (a crafted invoke) asks again; her choice registers her.
    expect(JSON.stringify((await press({ courseId: sampleCourse.id, memberId: "no-such-member" }))[0]?.value)).toContain("Input.ChoiceSet");
    const [registered] = await press({ courseId: sampleCourse.id, memberId: "alingsas-larcentrum" });
    expect(JSON.stringify(registered?.value)).not.toContain("Input.ChoiceSet");
    expect(JSON.stringify(registered?.value)).toContain(lang === "sv" ? "Du är anmäld." : "You are registered.");
    expect(ports.declared.get(STRANGER)).toBe("alingsas-larcentrum");
  });

  it("shows the next fika, and an RSVP updates the card in place with the counts", async () => {
    await install(locale);
    expect(cardText((await say(words.fika, locale))[0])).toContain(e.fika);
    const [response] = await turn({ type: "invoke", name: "adaptiveCard/action", locale, value: { action: { type: "Action.Execute", verb: "rsvp", data: { seriesId: sampleFika.seriesId, start: sampleFika.start, answer: "yes" } } } });
    const card = JSON.stringify((response?.value as { body: { value: unknown } }).body.value);
    expect(card).toContain(lang === "sv" ? "1 kommer" : "1 coming");
  });

  it("subscribes, lists and unsubscribes topics", async () => {
    await install(locale);
    await say(words.subscribe, locale);
    await say(words.fikaTopic, locale);
    await say(words.tech, locale);
    expect(ports.records.get("Convo1")?.topics).toEqual(["subregion:skaraborg", "fika", "tech-network"]);
    expect(cardText((await say(words.subscriptions, locale))[0])).toContain(e.subscribed);
    await say(words.unsubscribe, locale);
    expect(ports.records.get("Convo1")?.topics).toEqual(["fika", "tech-network"]);
  });

  it("ends subscriptions from the menu's entry: says what there is, then ends them all", async () => {
    await install(locale);
    const menuEntry = lang === "sv" ? "avsluta prenumeration" : "unsubscribe";
    expect((await say(menuEntry, locale))[0]?.text).toContain(lang === "sv" ? "inga prenumerationer här" : "no subscriptions here");
    await say(words.fikaTopic, locale);
    await say(words.tech, locale);
    const [which] = await say(menuEntry, locale);
    expect(which?.text).toContain(lang === "sv" ? "tekniknätverket" : "the tech network");
    expect(ports.records.get("Convo1")?.topics).toEqual(["fika", "tech-network"]);
    await say(`${menuEntry} ${lang === "sv" ? "alla" : "all"}`, locale);
    expect(ports.records.get("Convo1")?.topics).toEqual([]);
  });

  it("opts in to fika pairing and changes language", async () => {
    await install(locale);
    expect(cardText((await say(words.pairing, locale))[0])).toContain(e.pairing);
    expect([...ports.pairing.values()]).toEqual([true]);
    const [reply] = await say(words.other, locale);
    expect(ports.records.get("Convo1")?.lang).toBe(lang === "sv" ? "en" : "sv");
    expect(reply?.text).toBeTruthy();
  });

  it("says what it did not understand, with suggestions", async () => {
    await install(locale);
    const [reply] = await say("blah blah", locale);
    expect(reply?.text).toContain("blah blah");
    expect(reply?.suggestedActions?.actions.length).toBeGreaterThan(0);
  });
});

describe("channels and installations", () => {
  const channel = { conversation: { id: "19:general@thread.tacv2;messageid=42", conversationType: "channel", isGroup: true, name: "" }, channelData: { team: { id: "team-1" }, channel: { id: "19:general@thread.tacv2" } } };

  it("keeps a subscription made in a channel on the channel", async () => {
    await say("<at>Campus Westum</at> prenumerera utbildningar", "sv-SE", channel as Partial<Activity>);
    expect(ports.records.get("19:general@thread.tacv2")).toMatchObject({ kind: "channel", teamId: "team-1", topics: ["trainings"] });
  });

  it("forgets the team's channels when the bot is removed or the team is deleted", async () => {
    await say("hjälp", "sv-SE", channel as Partial<Activity>);
    await turn({ type: "conversationUpdate", membersRemoved: [{ id: "bot", name: "Bot" }], ...channel } as Partial<Activity>);
    expect(ports.records.size).toBe(0);
    await say("hjälp", "sv-SE", channel as Partial<Activity>);
    await turn({ type: "conversationUpdate", ...channel, channelData: { ...channel.channelData, eventType: "teamDeleted" } } as Partial<Activity>);
    expect(ports.records.size).toBe(0);
  });

  it("forgets a personal chat on uninstall and refreshes the service URL on every message", async () => {
    await install("sv-SE");
    await say("hjälp", "sv-SE", { serviceUrl: "https://smba.example/emea/" });
    expect(ports.records.get("Convo1")?.serviceUrl).toBe("https://smba.example/emea/");
    await turn({ type: "installationUpdate", action: "remove" } as Partial<Activity>);
    expect(ports.records.has("Convo1")).toBe(false);
  });
});
