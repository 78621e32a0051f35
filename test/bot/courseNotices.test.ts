// What concerns a person reaches her at once (#11.5), against Azurite, the real delivery worker
// and the Bot Connector stand-in: a seat freed by a cancellation goes to the first on the
// waitlist and she, only she, gets a card in her chat, in her language, with the course's
// calendar link, and "my registrations" says when she got it; a moved or removed session and a
// cancelled course reach every registered and waitlisted person once. A fan-out run again (a
// crash after it queued, before it was marked done) sends nobody a second card.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { courseNoticeAnnouncement } from "@campus-westum/bot";
import type { MyRegistration } from "../../api/src/contract/index.js";
import type { BotServices } from "../../api/src/bot/botServices.js";
import { cataloguePort } from "../../api/src/bot/cataloguePort.js";
import { pumpCourseEvents } from "../../api/src/bot/courseEventPump.js";
import { announcePromotion } from "../../api/src/bot/promotionNotice.js";
import type { BotConnectorStandIn } from "../bot-connector-stand-in/server.js";
import { courseInput, createCourse, registerPerson } from "../api/catalogueFixtures.js";
import type { ApiHarness } from "../support/apiHarness.js";
import { deliverAnnouncement, personalChat, startTimerHarness } from "./support/announcementDelivery.js";

let api: ApiHarness;
let bot: BotServices;
let connector: BotConnectorStandIn;

let close: () => Promise<void>;

beforeAll(async () => {
  ({ api, bot, connector, close } = await startTimerHarness());
});
afterAll(() => close());

const member = "vuxenutbildningen-i-boras-stad";
const deliver = (announcementId: string) => deliverAnnouncement(bot, connector, announcementId);
const cardsTo = (conversationId: string) => connector.delivered.filter((d) => d.conversationId === conversationId).map((d) => JSON.stringify(d.activity));
/** Object ids as Entra gives them (tokens carry GUIDs), one per person of these tests. */
const OIDS = ["seated", "first-waiting", "second-waiting", "holder", "quick-quitter", "moved-seated", "moved-waiting"];
const oid = (name: string) => `0b1c2d3e-0000-4000-8000-${String(OIDS.indexOf(name) + 1).padStart(12, "0")}`;
const personToken = (id: string) => api.tokenFor({ oid: id, name: id, email: `${id}@example.org` });

describe("a promotion from the waitlist", () => {
  it("sends one card, in her language, to the person who got the freed seat, and her registrations say when", async () => {
    await bot.conversations.saveMany([personalChat(connector, oid("seated"), []), personalChat(connector, oid("first-waiting"), [], "en"), personalChat(connector, oid("second-waiting"), [])]);
    const cursor = (await pumpCourseEvents(api.services, "")).cursor;
    const course = await createCourse(api, courseInput({ title: "Teams för studievägledare", seats: 1 }));
    const seated = await registerPerson(api, course.id, { id: oid("seated"), name: "Sara Sittande", memberId: member });
    const first = await registerPerson(api, course.id, { id: oid("first-waiting"), name: "Frida Först", memberId: member });
    await registerPerson(api, course.id, { id: oid("second-waiting"), name: "Sven Sedan", memberId: member });
    expect(first.status).toBe("waitlisted");
    const published = (await pumpCourseEvents(api.services, cursor)).cursor;

    const cancelled = await api.send("DELETE", `/api/courses/${course.id}/registrations/${seated.id}`, { token: await personToken(oid("seated")) });
    expect(cancelled.status).toBe(200);
    const pumped = await pumpCourseEvents(api.services, published);
    expect(pumped.announced).toEqual([{ id: expect.stringMatching(/^course-/), kind: "registration-promoted", recipients: 1 }]);
    expect(await deliver(pumped.announced[0]!.id)).toEqual([`a:${oid("first-waiting")}`]);
    const [card] = cardsTo(`a:${oid("first-waiting")}`);
    expect(card).toContain("You have a seat");
    expect(card).toContain("Teams för studievägledare");
    expect(card).toContain(`/api/calendar/courses/${course.id}/calendar.ics?expires=`);
    expect(cardsTo(`a:${oid("second-waiting")}`)).toEqual([]);
    expect(cardsTo(`a:${oid("seated")}`)).toEqual([]);

    const mine = (await (await api.get("/api/me/registrations", { token: await personToken(oid("first-waiting")) })).json()) as MyRegistration[];
    expect(mine.map((m) => ({ status: m.registration.status, promotedAt: m.registration.promotedAt }))).toEqual([{ status: "registered", promotedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) }]);

    // Again: the pump from before the cancellation, and the fan-out itself run a second time.
    expect((await pumpCourseEvents(api.services, published)).announced).toEqual([]);
    const event = (await api.services.events.listSince(published.slice(0, 15))).find((e) => e.type === "registration-promoted")!;
    await announcePromotion(api.services, event, await cataloguePort(api.services).course(course.id));
    await deliver(pumped.announced[0]!.id);
    expect(cardsTo(`a:${oid("first-waiting")}`)).toHaveLength(1);
  });

  it("tells nobody when the promoted person cancelled before the pump ran", async () => {
    await bot.conversations.saveMany([personalChat(connector, oid("holder"), []), personalChat(connector, oid("quick-quitter"), [])]);
    const cursor = (await pumpCourseEvents(api.services, "")).cursor;
    const course = await createCourse(api, courseInput({ title: "Loopia för lärare", seats: 1 }));
    const holder = await registerPerson(api, course.id, { id: oid("holder"), name: "Hanna Hållare", memberId: member });
    const quitter = await registerPerson(api, course.id, { id: oid("quick-quitter"), name: "Kim Kvick", memberId: member });
    const coordinator = await api.token("coordinator");
    expect((await api.send("DELETE", `/api/courses/${course.id}/registrations/${holder.id}`, { token: coordinator })).status).toBe(200);
    expect((await api.send("DELETE", `/api/courses/${course.id}/registrations/${quitter.id}`, { token: coordinator })).status).toBe(200);
    const kinds = (await pumpCourseEvents(api.services, cursor)).announced.map((a) => a.kind);
    expect(kinds).toEqual(["course-published"]);
    expect(cardsTo(`a:${oid("quick-quitter")}`)).toEqual([]);
  });
});

describe("a moved or removed session and a cancelled course", () => {
  it("reach every registered and waitlisted person once, also when the fan-out runs again", async () => {
    const people = [oid("moved-seated"), oid("moved-waiting")];
    await bot.conversations.saveMany([personalChat(connector, people[0]!, []), personalChat(connector, people[1]!, [], "en")]);
    const sessions = [
      { start: "2030-05-06T09:00", end: "2030-05-06T12:00", onlineUrl: "https://teams.microsoft.com/l/meetup-join/a" },
      { start: "2030-05-13T09:00", end: "2030-05-13T12:00", onlineUrl: "https://teams.microsoft.com/l/meetup-join/b" },
    ];
    const input = courseInput({ title: "Canvas grundkurs", seats: 1, sessions });
    const course = await createCourse(api, input);
    let cursor = (await pumpCourseEvents(api.services, "")).cursor;
    for (const id of people) await registerPerson(api, course.id, { id, name: id, memberId: member });
    const coordinator = await api.token("coordinator");

    // The first session moves a day, the second is dropped.
    const moved = await api.send("PUT", `/api/courses/${course.id}`, { token: coordinator, body: { ...input, sessions: [{ ...sessions[0]!, id: course.sessions[0]!.id, start: "2030-05-07T09:00", end: "2030-05-07T12:00" }] } });
    expect(moved.status).toBe(200);
    const changed = await pumpCourseEvents(api.services, cursor);
    cursor = changed.cursor;
    expect(changed.announced).toEqual([{ id: expect.any(String), kind: "course-changed", recipients: 2 }]);
    expect((await deliver(changed.announced[0]!.id)).sort()).toEqual([`a:${oid("moved-seated")}`, `a:${oid("moved-waiting")}`]);
    expect(cardsTo(`a:${oid("moved-waiting")}`)[0]).toMatch(/Training changed.*Before: Mon 6 May, 09:00, Online → After: Tue 7 May, 09:00, Online.*Removed: Mon 13 May/);
    expect(cardsTo(`a:${oid("moved-seated")}`)[0]).toMatch(/Ändrad utbildning.*Före: .*6 maj.* → Efter: .*7 maj.*Borttaget: .*13 maj/);

    expect((await api.send("POST", `/api/courses/${course.id}/cancel`, { token: coordinator, body: { reason: "Läraren är sjuk" } })).status).toBe(200);
    const cancelled = await pumpCourseEvents(api.services, cursor);
    expect(cancelled.announced).toEqual([{ id: expect.any(String), kind: "course-cancelled", recipients: 2 }]);
    expect((await deliver(cancelled.announced[0]!.id)).sort()).toEqual([`a:${oid("moved-seated")}`, `a:${oid("moved-waiting")}`]);

    // The same announcement fanned out again to the same chats: the ledger sends nothing twice.
    const announcement = courseNoticeAnnouncement({ kind: "course-cancelled", eventId: cancelled.announced[0]!.id.slice("course-".length), title: "Canvas grundkurs", reason: "Läraren är sjuk" }, "https://example.org/cal");
    expect(announcement.id).toBe(cancelled.announced[0]!.id);
    await bot.fanOut.announce(announcement, await bot.conversations.personalChatsOf(people));
    await deliver(announcement.id);
    for (const id of people) expect(cardsTo(`a:${id}`).map((c) => (c.includes("Läraren är sjuk") ? "cancelled" : "changed"))).toEqual(["changed", "cancelled"]);
    expect((await pumpCourseEvents(api.services, "")).announced.filter((a) => a.id === announcement.id)).toEqual([]);
  });
});
