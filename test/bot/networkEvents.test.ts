// The tech network's events reach their subscribers (#11.6), against Azurite, the real delivery
// worker and the Bot Connector stand-in: an event the sync stores (with its change record, the
// outbox the bot reads) is announced once to every chat and channel subscribed to the tech
// network, in each one's language; the Westumkonferensen also to the subscribers of trainings;
// a change of time and a cancellation once each; a pump or a fan-out run again sends nothing
// twice; reminders go the day before and shortly before, once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { networkEventAnnouncement, type ConversationRecord } from "@campus-westum/bot";
import type { BotServices } from "../../api/src/bot/botServices.js";
import { firstCursor } from "../../api/src/bot/eventCursor.js";
import { pumpNetworkEvents } from "../../api/src/bot/networkEventPump.js";
import { sendNetworkEventReminders } from "../../api/src/bot/networkEventReminders.js";
import { networkEventsOf, viewOf } from "../../api/src/bot/networkEventSource.js";
import { deliveryReport } from "../../api/src/bot/deliveryReport.js";
import type { BotConnectorStandIn } from "../bot-connector-stand-in/server.js";
import type { ApiHarness } from "../support/apiHarness.js";
import { deliverAnnouncement, personalChat, startTimerHarness } from "./support/announcementDelivery.js";
import { networkEvent, storeNetworkEvent } from "./support/networkEvents.js";

let api: ApiHarness;
let bot: BotServices;
let connector: BotConnectorStandIn;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ api, bot, connector, close } = await startTimerHarness());
});
afterAll(() => close());

const deliver = (announcementId: string) => deliverAnnouncement(bot, connector, announcementId);
const cardsTo = (conversationId: string) => connector.delivered.filter((d) => d.conversationId === conversationId).map((d) => JSON.stringify(d.activity));
const channel = (id: string, topics: ConversationRecord["topics"]): ConversationRecord => ({
  conversationId: `19:${id}@thread.tacv2`,
  serviceUrl: connector.url,
  kind: "channel",
  teamId: `19:team-${id}@thread.tacv2`,
  lang: "sv",
  topics,
  active: true,
  updatedAt: new Date().toISOString(),
});

describe("a tech-network event", () => {
  it("is announced once to every chat and channel subscribed to the tech network, in its language, with Anslut and the calendar link", async () => {
    await bot.conversations.saveMany([
      personalChat(connector, "tech-sv", ["tech-network"]),
      personalChat(connector, "tech-en", ["tech-network", "fika"], "en"),
      channel("it-gruppen", ["tech-network"]),
      personalChat(connector, "trainings-only", ["trainings"]),
      personalChat(connector, "fika-only", ["fika"]),
      { ...personalChat(connector, "tech-gone", ["tech-network"]), active: false, inactiveReason: "blocked" },
    ]);
    const cursor = firstCursor(api.services.now() - 1);
    const event = networkEvent({ id: "teknik-maj", title: "Tekniknätverkets träff: skärmläsare", start: "2030-05-14T14:00:00+02:00", durationMinutes: 120 });
    await storeNetworkEvent(api.services, event);

    const pumped = await pumpNetworkEvents(api.services, cursor);
    expect(pumped.announced).toEqual([{ id: expect.stringMatching(/^network-/), kind: "network-event-published", recipients: 3 }]);
    const id = pumped.announced[0]!.id;
    expect((await deliver(id)).sort()).toEqual(["19:it-gruppen@thread.tacv2", "a:tech-en", "a:tech-sv"]);

    const [sv] = cardsTo("a:tech-sv");
    expect(sv).toContain("Nytt evenemang");
    expect(sv).toContain("Tekniknätverkets träff: skärmläsare");
    expect(sv).toContain("tis 14 maj 14:00–16:00");
    expect(sv).toContain('"title":"Anslut","url":"https://teams.microsoft.com/l/meetup-join/teknik-maj"');
    expect(sv).toMatch(/"title":"Lägg till i kalendern","url":"http[^"]*\/api\/calendar\/events\/teknik-maj\/calendar\.ics\?expires=\d+&signature=/);
    expect(cardsTo("a:tech-en")[0]).toContain("Tue 14 May, 14:00–16:00");
    expect(cardsTo("19:it-gruppen@thread.tacv2")[0]).toContain("Nytt evenemang");

    // Again: the pump from the same cursor, and the same announcement fanned out a second time.
    expect((await pumpNetworkEvents(api.services, cursor)).announced).toEqual([]);
    const again = (await networkEventsOf(api.services).changesSince("", 500)).find((c) => `network-${c.id}` === id)!;
    await bot.fanOut.announce(networkEventAnnouncement({ kind: "network-event-published", changeId: again.id, event: viewOf(again.event, again.next) }, undefined), await bot.conversations.subscribersOf(["tech-network"]));
    await deliver(id);
    for (const to of ["a:tech-sv", "a:tech-en", "19:it-gruppen@thread.tacv2"]) expect(cardsTo(to)).toHaveLength(1);
    for (const to of ["a:trainings-only", "a:fika-only", "a:tech-gone"]) expect(cardsTo(to)).toEqual([]);
  });

  it("when it is the Westumkonferensen, also reaches the subscribers of trainings", async () => {
    await bot.conversations.saveMany([personalChat(connector, "conf-tech", ["tech-network"]), personalChat(connector, "conf-trainings", ["trainings"], "en")]);
    const cursor = firstCursor(api.services.now() - 1);
    await storeNetworkEvent(api.services, networkEvent({ id: "westumkonferensen-2030", title: "Westumkonferensen 2030", kind: "conference", start: "2030-10-08T09:00:00+02:00", durationMinutes: 480 }));
    const pumped = await pumpNetworkEvents(api.services, cursor);
    const delivered = await deliver(pumped.announced[0]!.id);
    expect(delivered).toEqual(expect.arrayContaining(["a:conf-tech", "a:conf-trainings"]));
    expect(cardsTo("a:conf-trainings")[0]).toContain("Westumkonferensen (conference)");
  });

  it("announces a new time once, then its cancellation once, and a cancelled event is not announced as new", async () => {
    await bot.conversations.saveMany([personalChat(connector, "follower", ["tech-network"])]);
    let cursor = firstCursor(api.services.now() - 1);
    const event = networkEvent({ id: "teknik-juni", title: "Tekniknätverket i juni", start: "2030-06-11T14:00:00+02:00", durationMinutes: 90 });
    await storeNetworkEvent(api.services, event);
    const published = await pumpNetworkEvents(api.services, cursor);
    await deliver(published.announced[0]!.id);
    cursor = published.cursor;

    await storeNetworkEvent(api.services, { ...event, start: "2030-06-12T14:00:00+02:00" });
    const changed = await pumpNetworkEvents(api.services, cursor);
    expect(changed.announced).toEqual([{ id: expect.any(String), kind: "network-event-changed", recipients: expect.any(Number) }]);
    await deliver(changed.announced[0]!.id);
    expect(cardsTo("a:follower")[1]).toMatch(/Ändrat evenemang.*Före: tis 11 juni 14:00–15:30 → Efter: ons 12 juni 14:00–15:30/);
    cursor = changed.cursor;

    await storeNetworkEvent(api.services, { ...event, start: "2030-06-12T14:00:00+02:00", active: false });
    const cancelled = await pumpNetworkEvents(api.services, cursor);
    expect(cancelled.announced.map((a) => a.kind)).toEqual(["network-event-cancelled"]);
    await deliver(cancelled.announced[0]!.id);
    expect((await pumpNetworkEvents(api.services, cursor)).announced).toEqual([]);
    expect(cardsTo("a:follower").map((c) => (c.includes("Inställt evenemang") ? "cancelled" : c.includes("Ändrat") ? "changed" : "new"))).toEqual(["new", "changed", "cancelled"]);
    expect(cardsTo("a:follower")[2]).toContain("Tekniknätverket i juni ons 12 juni 14:00 blir inte av.");

    // Published and cancelled before the pump ran: only the cancellation is news.
    const later = firstCursor(api.services.now() - 1);
    const brief = networkEvent({ id: "teknik-kort", title: "Kort träff", start: "2030-06-18T14:00:00+02:00", durationMinutes: 60 });
    await storeNetworkEvent(api.services, brief);
    await storeNetworkEvent(api.services, { ...brief, active: false });
    expect((await pumpNetworkEvents(api.services, later)).announced.map((a) => a.kind)).toEqual(["network-event-cancelled"]);
  });
});

describe("reminders of a tech-network event", () => {
  it("go the day before and an hour before to the subscribers, once each", async () => {
    await bot.conversations.saveMany([personalChat(connector, "reminded", ["tech-network"])]);
    await storeNetworkEvent(api.services, networkEvent({ id: "teknik-sept", title: "Tekniknätverket i september", start: "2030-09-10T14:00:00+02:00", durationMinutes: 60 }));
    const at = (iso: string) => Date.parse(iso);
    const start = at("2030-09-10T14:00:00+02:00");
    expect(await sendNetworkEventReminders(api.services, at("2030-09-09T13:58:00+02:00"), at("2030-09-09T13:59:00+02:00"))).toEqual([]);
    const day = await sendNetworkEventReminders(api.services, at("2030-09-09T13:59:00+02:00"), at("2030-09-09T14:00:30+02:00"));
    expect(day).toEqual([{ id: `network-reminder-teknik-sept-${start}-24h`, hoursBefore: 24, recipients: expect.any(Number) }]);
    expect(await deliver(day[0]!.id)).toContain("a:reminded");
    // The same window run again (another instance, a retried run): nobody gets it twice.
    await sendNetworkEventReminders(api.services, at("2030-09-09T13:59:00+02:00"), at("2030-09-09T14:00:30+02:00"));
    await deliver(day[0]!.id);
    const hour = await sendNetworkEventReminders(api.services, at("2030-09-10T12:59:00+02:00"), at("2030-09-10T13:00:30+02:00"));
    expect(hour.map((r) => r.hoursBefore)).toEqual([1]);
    await deliver(hour[0]!.id);
    const reminders = cardsTo("a:reminded");
    expect(reminders.map((c) => (c.includes("Påminnelse: i morgon") ? "24h" : c.includes("Påminnelse: snart") ? "1h" : "other"))).toEqual(["24h", "1h"]);
    expect(reminders[0]).toContain("Tekniknätverket i september börjar tis 10 sep. 14:00.");
    expect(await deliveryReport(bot, day[0]!.id)).toMatchObject({ sent: day[0]!.recipients, failed: 0, pending: 0 });
  });
});
