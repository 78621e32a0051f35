// The digital fika through the API: coordinators manage a series (RRULE at Stockholm time) and
// see RSVP counts; "next fika" in the chat shows it and an RSVP refreshes the card in place; the
// timer sends the invitation a week before with the pairing round, and the reminder on the day.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ConversationRecord } from "@campus-westum/bot";
import { botServicesOf } from "../../api/src/bot/botServices.js";
import { deliveryReport } from "../../api/src/bot/deliveryReport.js";
import { fikaPort } from "../../api/src/bot/fikaPort.js";
import { fikaStoreOf } from "../../api/src/bot/fikaServices.js";
import { fikaNoticeTimes, sendFikaNotices } from "../../api/src/bot/fikaNotices.js";
import { BOT_CONNECTOR_STAND_IN_TOKEN, startBotConnectorStandIn, type BotConnectorStandIn } from "../bot-connector-stand-in/server.js";
import { startApiHarness, type ApiHarness } from "../support/apiHarness.js";

let api: ApiHarness;
let connector: BotConnectorStandIn;
let seriesId: string;

beforeAll(async () => {
  [api, connector] = await Promise.all([startApiHarness({ env: { BOT_CONNECTOR_TOKEN: BOT_CONNECTOR_STAND_IN_TOKEN } }), startBotConnectorStandIn()]);
});
afterAll(async () => Promise.all([api.close(), connector.close()]));

const series = { title: "Digital fika", rrule: "FREQ=MONTHLY;BYDAY=+1TU", firstDate: "2026-01-01", time: "14:00", durationMinutes: 30, joinUrl: "https://teams.microsoft.com/l/meetup-join/fika" };
const at = (iso: string) => Date.parse(iso);
const chat = (id: string, topics: ConversationRecord["topics"]): ConversationRecord => ({
  conversationId: `a:${id}`, serviceUrl: connector.url, kind: "personal", userId: id, userName: id, lang: "sv", topics, active: true, updatedAt: new Date().toISOString(),
});

describe("fika series for coordinators", () => {
  it("creates a series, lists its next occurrences at 14:00 Stockholm time, and refuses others", async () => {
    expect((await api.send("POST", "/api/fika/series", { body: series })).status).toBe(403);
    const coordinator = await api.token("coordinator");
    expect((await api.send("POST", "/api/fika/series", { token: coordinator, body: { ...series, rrule: "DTSTART;TZID=Europe/Stockholm:20260106T140000" } })).status).toBe(400);
    const created = await api.send("POST", "/api/fika/series", { token: coordinator, body: series });
    expect(created.status).toBe(201);
    const body = (await created.json()) as { id: string; upcoming: { start: string; rsvps: { yes: number } }[] };
    seriesId = body.id;
    expect(body.upcoming).toHaveLength(3);
    expect(body.upcoming.every((u) => /T14:00:00\+0[12]:00$/.test(u.start))).toBe(true);
    const paused = await api.send("PUT", `/api/fika/series/${seriesId}`, { token: coordinator, body: { ...series, title: "Digital fika (Westum)" } });
    expect(paused.status).toBe(200);
    expect((await api.send("PUT", "/api/fika/series/fika-00000000", { token: coordinator, body: series })).status).toBe(404);
  });
});

describe("fika in the chat", () => {
  const activity = (extra: Record<string, unknown>) => ({
    channelId: "msteams", serviceUrl: connector.url, from: { id: "29:rut", name: "Rut Rsvp", aadObjectId: "oid-rut" }, recipient: { id: "28:bot", name: "Campus Westum" },
    conversation: { id: "a:personal-rut", conversationType: "personal", tenantId: "tenant" }, locale: "sv-SE", id: `act-${Math.random()}`, ...extra,
  });

  it("shows the next fika, and an RSVP refreshes the card with the counts coordinators see", async () => {
    await api.send("POST", "/api/messages", { token: null, body: activity({ type: "message", text: "nästa fika" }) });
    const card = connector.delivered.at(-1)!.activity as { attachments: { content: { actions: { verb?: string; data?: { start: string } }[] } }[] };
    expect(JSON.stringify(card)).toContain("Digital fika (Westum)");
    const start = card.attachments[0]!.content.actions.find((a) => a.verb === "rsvp")!.data!.start;
    const response = await api.send("POST", "/api/messages", {
      token: null,
      body: activity({ type: "invoke", name: "adaptiveCard/action", value: { action: { type: "Action.Execute", verb: "rsvp", data: { seriesId, start, answer: "yes" } } } }),
    });
    expect(JSON.stringify(await response.json())).toContain("1 kommer");
    const list = (await (await api.get("/api/fika/series", { token: await api.token("coordinator") })).json()) as { series: { upcoming: { start: string; rsvps: unknown }[] }[] };
    expect(list.series[0]!.upcoming.find((u) => u.start === start)?.rsvps).toEqual({ yes: 1, no: 0 });
  });

  it("refreshes every copy of the card: another person sees the counts, Rut sees her own answer", async () => {
    const refresh = async (who: Record<string, unknown>, data: Record<string, unknown>) => {
      const response = await api.send("POST", "/api/messages", { token: null, body: activity({ type: "invoke", name: "adaptiveCard/action", ...who, value: { action: { type: "Action.Execute", verb: "fikaView", data }, trigger: "automatic" } }) });
      return (await response.json()) as { statusCode: number; type: string; value: unknown };
    };
    const card = connector.delivered.at(-1)!.activity as { attachments: { content: { refresh: { action: { data: Record<string, unknown> } } } }[] };
    const data = card.attachments[0]!.content.refresh.action.data;
    const sam = { from: { id: "29:sam", name: "Sam", aadObjectId: "oid-sam" }, conversation: { id: "a:personal-sam", conversationType: "personal", tenantId: "tenant" } };
    const samsView = await refresh(sam, data);
    expect(samsView).toMatchObject({ statusCode: 200, type: "application/vnd.microsoft.card.adaptive" });
    expect(JSON.stringify(samsView.value)).toContain("1 kommer");
    expect(JSON.stringify(samsView.value)).not.toContain("Du har svarat");
    expect(JSON.stringify((await refresh({}, data)).value)).toContain("Du har svarat att du kommer");
    expect(JSON.stringify((await refresh(sam, { ...data, start: "2026-01-01T14:00:00+01:00" })).value)).toContain("inte längre inplanerad");
  });
});

describe("the fika timer", () => {
  it("invites a week before with a pairing round, and reminds on the day those who did not decline", async () => {
    const bot = botServicesOf(api.services);
    await bot.conversations.saveMany(["ada", "bo", "cid", "dag", "eva"].map((id) => chat(id, ["fika"])));
    const port = fikaPort(api.services);
    for (const id of ["ada", "bo", "cid", "dag", "eva"]) await port.setPairing({ id, name: id.toUpperCase(), email: `${id}@example.org` }, true);
    const start = at("2030-05-07T14:00:00+02:00");
    const { invitationAt, reminderAt } = fikaNoticeTimes(start);
    expect([invitationAt, reminderAt]).toEqual([at("2030-04-30T14:00:00+02:00"), at("2030-05-07T09:00:00+02:00")]);

    const invited = await sendFikaNotices(api.services, invitationAt - 30_000, invitationAt + 30_000);
    expect(invited[0]).toEqual({ id: `fika-invite-${seriesId}-${start}`, recipients: 5 });
    // Five people: a pair and a group of three, each group to its members' chats.
    expect(invited.slice(1).map((s) => s.recipients).sort()).toEqual([2, 3]);
    const round = await fikaStoreOf(api.services).recentRounds(1);
    expect(round[0]!.flat().sort()).toEqual(["ada", "bo", "cid", "dag", "eva"]);
    // The same window again (a second instance, a retry): the same round, nothing new to anyone.
    const again = await sendFikaNotices(api.services, invitationAt - 30_000, invitationAt + 30_000);
    expect(again.map((s) => s.id)).toEqual(invited.map((s) => s.id));
    expect(await fikaStoreOf(api.services).recentRounds(5)).toHaveLength(1);

    await port.rsvp(seriesId, new Date(start).toISOString(), { id: "bo", name: "BO" }, "no");
    const reminded = await sendFikaNotices(api.services, reminderAt - 30_000, reminderAt + 30_000);
    expect(reminded).toEqual([{ id: `fika-reminder-${seriesId}-${start}`, recipients: 4 }]);
    expect(await deliveryReport(bot, reminded[0]!.id)).toMatchObject({ recipients: 4 });
  });
});

describe("who hears of a fika series (issue 11.2)", () => {
  it("saves the series' audience, counts it before saving, and sends the invitation to it, not to the subscribers", async () => {
    const coordinator = await api.token("coordinator");
    const bot = botServicesOf(api.services);
    const channel: ConversationRecord = { ...chat("kanal", []), conversationId: "19:fika-kanal@thread.tacv2", kind: "channel", userId: undefined, teamId: "19:natverket@thread.tacv2", teamName: "Nätverket", channelName: "Fika" };
    await bot.conversations.save(channel);

    // The reach of a choice before anything is saved: the subscribers of "fika" (the five and Rut), or one channel.
    const reach = async (audience: unknown) => (await (await api.send("POST", "/api/audience/reach", { token: coordinator, body: { audience, event: "fika" } })).json()) as { people: number; channels: number };
    expect(await reach({ kind: "subscribers" })).toMatchObject({ people: 5, channels: 0 });
    expect(await reach({ kind: "channel", conversationId: channel.conversationId })).toMatchObject({ people: 0, channels: 1 });

    const invalid = await api.send("POST", "/api/fika/series", { token: coordinator, body: { ...series, audience: { kind: "members", memberIds: [] } } });
    expect(invalid.status).toBe(400);
    expect(((await invalid.json()) as { errors: { field: string }[] }).errors[0]?.field).toBe("audience.memberIds");
    const created = await api.send("POST", "/api/fika/series", { token: coordinator, body: { ...series, title: "Kanalfika", audience: { kind: "channel", conversationId: channel.conversationId } } });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    // A change without an audience keeps the choice; the list shows it.
    expect((await api.send("PUT", `/api/fika/series/${id}`, { token: coordinator, body: { ...series, title: "Kanalfika i Westum" } })).status).toBe(200);
    const listed = (await (await api.get("/api/fika/series", { token: coordinator })).json()) as { series: { id: string; audience: unknown }[] };
    expect(listed.series.find((s) => s.id === id)?.audience).toEqual({ kind: "channel", conversationId: channel.conversationId });
    expect(listed.series.find((s) => s.id === seriesId)?.audience).toEqual({ kind: "subscribers" });

    const start = at("2030-06-04T14:00:00+02:00");
    const { invitationAt } = fikaNoticeTimes(start);
    const invited = await sendFikaNotices(api.services, invitationAt - 30_000, invitationAt + 30_000);
    expect(invited.find((s) => s.id === `fika-invite-${id}-${start}`)).toEqual({ id: `fika-invite-${id}-${start}`, recipients: 1 });
    expect(invited.find((s) => s.id === `fika-invite-${seriesId}-${start}`)?.recipients).toBe(5);
  });

  it("reminds the contacts of chosen members, except one who said she cannot come (known by her address)", async () => {
    const coordinator = await api.token("coordinator");
    const { members } = await api.services.members.loadAll();
    const member = members.find((m) => m.contacts.filter((c) => c.email).length >= 3)!;
    const addresses = new Set(member.contacts.map((c) => c.email.trim().toLowerCase()).filter(Boolean));
    const created = await api.send("POST", "/api/fika/series", { token: coordinator, body: { ...series, title: "Medlemsfika", audience: { kind: "members", memberIds: [member.id] } } });
    const { id } = (await created.json()) as { id: string };
    const start = at("2030-07-02T14:00:00+02:00");
    const first = member.contacts.find((c) => c.email)!;
    await fikaPort(api.services).rsvp(id, new Date(start).toISOString(), { id: "oid-first", name: first.name, email: first.email.toUpperCase() }, "no");
    const { reminderAt } = fikaNoticeTimes(start);
    const reminded = await sendFikaNotices(api.services, reminderAt - 30_000, reminderAt + 30_000);
    expect(reminded.find((s) => s.id === `fika-reminder-${id}-${start}`)?.recipients).toBe(addresses.size - 1);
  });
});
