// The bot's timers against Azurite: a timer's run is claimed so that two instances firing at
// once run it once and a run that died is made up; the course-event pump turns a coordinator's
// publish, change and cancellation into announcements for the right people, once; session
// reminders go to the registered at the planned time. Deliveries go through the real worker to
// the Bot Connector stand-in.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ConversationRecord } from "@campus-westum/bot";
import type { BotServices } from "../../api/src/bot/botServices.js";
import { runBotTimers, type BotTimer } from "../../api/src/bot/botTimers.js";
import { pumpCourseEvents } from "../../api/src/bot/courseEventPump.js";
import { deliveryReport } from "../../api/src/bot/deliveryReport.js";
import { sendSessionReminders } from "../../api/src/bot/sessionReminders.js";
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

const chat = (id: string, topics: ConversationRecord["topics"], lang: "sv" | "en" = "sv") => personalChat(connector, id, topics, lang);
const deliver = (announcementId: string) => deliverAnnouncement(bot, connector, announcementId);

describe("timer runs", () => {
  const schedule = { everyMs: 60_000, leaseMs: 30_000 };

  it("run once when two instances fire together, and not again within the interval", async () => {
    let runs = 0;
    const job = async () => (runs++, await new Promise((r) => setTimeout(r, 50)), "done");
    const [a, b] = await Promise.all([bot.timerRuns.runExclusive("twice", 1_000_000, schedule, job), bot.timerRuns.runExclusive("twice", 1_000_000, schedule, job)]);
    expect([a.ran, b.ran].sort()).toEqual([false, true]);
    expect(await bot.timerRuns.runExclusive("twice", 1_010_000, schedule, job)).toEqual({ ran: false, reason: "recent" });
    expect(await bot.timerRuns.runExclusive("twice", 1_060_000, schedule, async (last) => (expect(last).toEqual({ completedAt: 1_000_000, state: "done" }), "again"))).toEqual({ ran: true, state: "again" });
    expect(runs).toBe(1);
  });

  it("make up a run that died: its claim expires and the next starts from the last completed state", async () => {
    await bot.timerRuns.runExclusive("crashy", 2_000_000, schedule, async () => "cursor-1");
    const dead = await bot.timerRuns.claim("crashy", 2_060_000, schedule); // claimed, never completed
    expect(dead).toMatchObject({ state: "cursor-1" });
    expect(await bot.timerRuns.claim("crashy", 2_070_000, schedule)).toBe("busy");
    const seen: string[] = [];
    const after = await bot.timerRuns.runExclusive("crashy", 2_100_000, schedule, async (last) => (seen.push(last.state), "cursor-2"));
    expect({ after, seen }).toEqual({ after: { ran: true, state: "cursor-2" }, seen: ["cursor-1"] });
  });

  it("keep a failed job's state and let the next tick retry at once", async () => {
    const failing: BotTimer = { name: "failing", run: async () => Promise.reject(new Error("storage down")) };
    expect((await runBotTimers(api.services, 3_000_000, [failing])).failing).toMatchObject({ ran: false, reason: "failed" });
    expect((await runBotTimers(api.services, 3_000_001, [{ name: "failing", run: async () => "ok" }])).failing).toEqual({ ran: true, state: "ok" });
  });
});

describe("the course-event pump", () => {
  it("announces a published course to the subscribers of its topics, a change and a cancellation also to the registered, each once", async () => {
    await bot.conversations.saveMany([
      chat("all", ["trainings"]),
      chat("it-fan", ["area:it"], "en"),
      chat("sjuharad", ["subregion:sjuharad"]),
      chat("skaraborg", ["subregion:skaraborg"]),
      chat("fika-only", ["fika"]),
      chat("learner", []),
    ]);
    let cursor = (await pumpCourseEvents(api.services, "")).cursor;
    const course = await createCourse(api, courseInput({ title: "Kampanjer på sociala medier" }));
    const published = await pumpCourseEvents(api.services, cursor);
    expect(published.announced).toEqual([{ id: expect.stringMatching(/^course-/), kind: "course-published", recipients: 3 }]);
    cursor = published.cursor;
    expect((await deliver(published.announced[0]!.id)).sort()).toEqual(["a:all", "a:it-fan", "a:sjuharad"]);
    const card = connector.delivered.find((d) => d.conversationId === "a:it-fan")!.activity;
    expect(JSON.stringify(card)).toContain("New training");
    expect(JSON.stringify(card)).toContain("Kampanjer på sociala medier");

    // Run again: nothing new; an event written late inside the lag window is not announced twice.
    expect((await pumpCourseEvents(api.services, cursor)).announced).toEqual([]);

    await registerPerson(api, course.id, { id: "learner", name: "Lena Lärande", memberId: "vuxenutbildningen-i-boras-stad" });
    const token = await api.token("coordinator");
    const changed = await api.send("PUT", `/api/courses/${course.id}`, { token, body: courseInput({ title: "Kampanjer på sociala medier", sessions: [{ start: "2030-03-13T09:00", end: "2030-03-13T12:00", onlineUrl: "https://teams.microsoft.com/l/meetup-join/test" }] }) });
    expect(changed.status).toBe(200);
    expect(await api.send("POST", `/api/courses/${course.id}/cancel`, { token, body: { reason: "För få anmälda" } }).then((r) => r.status)).toBe(200);
    const later = await pumpCourseEvents(api.services, cursor);
    // The change was overtaken by the cancellation before the pump saw it: only the cancellation is news.
    expect(later.announced).toEqual([{ id: expect.any(String), kind: "course-cancelled", recipients: 4 }]);
    expect((await deliver(later.announced[0]!.id)).sort()).toEqual(["a:all", "a:it-fan", "a:learner", "a:sjuharad"]);
    expect(JSON.stringify(connector.delivered.find((d) => d.conversationId === "a:learner")!.activity)).toContain("För få anmälda");
  });
});

describe("session reminders", () => {
  it("go to the registered 24 h and 1 h before, in the window of the run that finds them", async () => {
    const course = await createCourse(api, courseInput({ title: "Questback Essentials", sessions: [{ start: "2030-04-09T10:00", end: "2030-04-09T12:00", onlineUrl: "https://teams.microsoft.com/l/meetup-join/qb" }] }));
    await registerPerson(api, course.id, { id: "reminded", name: "Rita Påmind", memberId: "vuxenutbildningen-i-boras-stad" });
    await bot.conversations.save(chat("reminded", []));
    const at = (iso: string) => Date.parse(iso);
    // Monday 8 April 2030, 10:00 CEST is 24 h before.
    expect(await sendSessionReminders(api.services, at("2030-04-08T09:58:00+02:00"), at("2030-04-08T09:59:00+02:00"))).toEqual([]);
    const day = await sendSessionReminders(api.services, at("2030-04-08T09:59:00+02:00"), at("2030-04-08T10:00:30+02:00"));
    expect(day).toEqual([{ courseId: course.id, sessionId: "s1", hoursBefore: 24, recipients: 1 }]);
    const hour = await sendSessionReminders(api.services, at("2030-04-09T08:59:00+02:00"), at("2030-04-09T09:00:30+02:00"));
    expect(hour).toEqual([{ courseId: course.id, sessionId: "s1", hoursBefore: 1, recipients: 1 }]);
    const report = await deliveryReport(bot, `reminder-${course.id}-s1-${at("2030-04-09T10:00:00+02:00")}-1h`);
    expect(report).toMatchObject({ recipients: 1 });
  });

  it("reach one whose chat an announcement installed the app for, stored under her address", async () => {
    const course = await createCourse(api, courseInput({ title: "Padlet i undervisningen", sessions: [{ start: "2030-05-14T10:00", end: "2030-05-14T12:00", onlineUrl: "https://teams.microsoft.com/l/meetup-join/padlet" }] }));
    await registerPerson(api, course.id, { id: "installed-for", name: "Ingrid Installerad", memberId: "vuxenutbildningen-i-boras-stad" });
    await bot.conversations.save({ ...chat("installed-for", []), userId: "installed-for@example.org" });
    const at = (iso: string) => Date.parse(iso);
    const day = await sendSessionReminders(api.services, at("2030-05-13T09:59:00+02:00"), at("2030-05-13T10:00:30+02:00"));
    expect(day).toEqual([{ courseId: course.id, sessionId: "s1", hoursBefore: 24, recipients: 1 }]);
    expect(await deliver(`reminder-${course.id}-s1-${at("2030-05-14T10:00:00+02:00")}-24h`)).toEqual(["a:installed-for"]);
  });
});
