// Every card the bot sends, parsed by the adaptivecards library (schema 1.5) with no errors,
// and the data of its buttons as the invoke handler expects it.
import * as AC from "adaptivecards";
import { describe, expect, it } from "vitest";
import { sampleCourse, sampleFika, sampleNetworkEvent } from "../testing/fakePorts.js";
import { fikaViewData, registerData, rsvpData } from "./cardData.js";
import { helpCard, subscriptionsCard, welcomeCard } from "./conversationCards.js";
import { courseCancelledCard, courseChangedCard, myRegistrationsCard, sessionReminderCard, trainingAnnouncementCard, upcomingCard } from "./courseCards.js";
import { fikaGoneCard, fikaInvitationCard, fikaOverCard, fikaPairCard, fikaReminderCard, MAX_AUTO_REFRESH_USERS } from "./fikaCards.js";
import { networkEventCancelledCard, networkEventCard, networkEventChangedCard, networkEventReminderCard } from "./networkEventCards.js";

const cards = (lang: "sv" | "en") => ({
  welcome: welcomeCard("personal", "Lisa", lang),
  help: helpCard(lang),
  subscriptions: subscriptionsCard(["IT"], lang),
  announcement: trainingAnnouncementCard(sampleCourse, lang, "http://127.0.0.1/cal.ics"),
  registered: trainingAnnouncementCard(sampleCourse, lang, "http://127.0.0.1/cal.ics", { ok: true, status: "registered" }),
  changed: courseChangedCard(sampleCourse, [{ before: sampleCourse.sessions[0], after: { ...sampleCourse.sessions[0]!, start: "2026-03-11T09:00:00+01:00" } }], lang, "http://127.0.0.1/cal.ics"),
  cancelled: courseCancelledCard(sampleCourse.title, "Sjuk lärare", lang),
  reminder24: sessionReminderCard(sampleCourse, sampleCourse.sessions[0]!, 24, lang),
  reminder1: sessionReminderCard(sampleCourse, sampleCourse.sessions[0]!, 1, lang),
  upcoming: upcomingCard([sampleCourse], lang),
  mine: myRegistrationsCard([{ course: sampleCourse, status: "waitlisted", position: 2 }], lang),
  fika: fikaInvitationCard(sampleFika, { yes: 3, no: 1 }, lang, "yes"),
  fikaInChannel: fikaInvitationCard(sampleFika, { yes: 3, no: 1 }, lang, "no", ["29:ada"]),
  fikaOver: fikaOverCard(sampleFika, lang),
  fikaGone: fikaGoneCard(lang),
  fikaReminder: fikaReminderCard(sampleFika, lang),
  pair: fikaPairCard([{ name: "Ada", email: "ada@example.org" }, { name: "Bo", email: "bo@example.org" }], lang),
  networkEvent: networkEventCard(sampleNetworkEvent, lang, "http://127.0.0.1/event.ics"),
  networkEventChanged: networkEventChangedCard(sampleNetworkEvent, { start: "2026-06-02T12:00:00Z", end: "2026-06-02T14:00:00Z" }, lang, "http://127.0.0.1/event.ics"),
  networkEventCancelled: networkEventCancelledCard(sampleNetworkEvent, lang, "För få anmälda"),
  networkEventReminder: networkEventReminderCard(sampleNetworkEvent, 24, lang, "http://127.0.0.1/event.ics"),
});

describe.each(["sv", "en"] as const)("cards in %s", (lang) => {
  it.each(Object.entries(cards(lang)))("%s is a valid Adaptive Card 1.5", (_name, card) => {
    const parsed = new AC.AdaptiveCard();
    const context = new AC.SerializationContext(new AC.Version(1, 5));
    parsed.parse(card, context);
    const parseEvents = Array.from({ length: context.eventCount }, (_, i) => context.getEventAt(i).message);
    expect(parseEvents).toEqual([]);
    expect(parsed.validateProperties().validationEvents.map((e) => e.message)).toEqual([]);
    // What the library reads back is what we wrote: no element or action was dropped as unknown.
    expect(parsed.toJSON()).toMatchObject({ body: expect.any(Array) });
    expect((parsed.toJSON() as { body: unknown[] }).body).toHaveLength(card.body.length);
    expect(card.version).toBe("1.5");
  });
});

it("puts data on the buttons that the invoke handler accepts", () => {
  const announcement = trainingAnnouncementCard(sampleCourse, "sv", "http://127.0.0.1/cal.ics");
  const register = announcement.actions!.find((a) => a.type === "Action.Execute")!;
  expect(register.type === "Action.Execute" && registerData.parse(register.data)).toEqual({ courseId: sampleCourse.id });
  const rsvp = fikaInvitationCard(sampleFika, { yes: 0, no: 0 }, "en").actions!.filter((a) => a.type === "Action.Execute");
  expect(rsvp.map((a) => a.type === "Action.Execute" && rsvpData.parse(a.data).answer)).toEqual(["yes", "no"]);
  expect(fikaPairCard([{ name: "Ada", email: "ada@example.org" }], "sv").actions![0]).toMatchObject({ url: "https://teams.microsoft.com/l/chat/0/0?users=ada%40example.org" });
});

describe("the fika invitation's refresh", () => {
  const parsed = (card: object) => {
    const ac = new AC.AdaptiveCard();
    ac.parse(card, new AC.SerializationContext(new AC.Version(1, 5)));
    return ac.toJSON() as { refresh?: { action: { verb: string; data: unknown }; userIds?: string[] } };
  };

  it("is an Action.Execute the invoke handler accepts, read back by the adaptivecards library", () => {
    const refresh = parsed(fikaInvitationCard(sampleFika, { yes: 0, no: 0 }, "sv", undefined, ["29:ada"])).refresh;
    expect(refresh?.action.verb).toBe("fikaView");
    expect(fikaViewData.parse(refresh?.action.data)).toEqual({ seriesId: sampleFika.seriesId, start: sampleFika.start });
    expect(refresh?.userIds).toEqual(["29:ada"]);
  });

  it("lists no one rather than an empty list, which would turn automatic refresh off", () => {
    expect(fikaInvitationCard(sampleFika, { yes: 0, no: 0 }, "sv").refresh).not.toHaveProperty("userIds");
  });

  it("lists at most 60 users and stays well within Teams' message size", () => {
    const many = Array.from({ length: 200 }, (_, i) => `29:${"x".repeat(120)}${i}`);
    const card = fikaInvitationCard({ ...sampleFika, title: "F".repeat(120) }, { yes: 9999, no: 9999 }, "sv", "yes", many);
    expect(card.refresh.userIds).toHaveLength(MAX_AUTO_REFRESH_USERS);
    // Teams counts a message in UTF-16; 28 KB is the strictest limit it has documented.
    expect(JSON.stringify(card).length * 2).toBeLessThan(28 * 1024);
  });
});
