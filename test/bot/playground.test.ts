// End to end through the Microsoft 365 Agents Playground (no browser): install, help and
// subscribe in the Playground's personal chat; a coordinator publishes a course through the API;
// the timer's course-event pump and the delivery worker send the announcement to the Playground
// (its Bot Connector endpoints: the serviceUrl the bot stored), where the subscriber sees the
// card; "next fika" and an RSVP, whose invoke answer replaces the card in place.
import { expect, it } from "vitest";
import { botServicesOf } from "../../api/src/bot/botServices.js";
import { runBotTimers } from "../../api/src/bot/botTimers.js";
import { courseInput, createCourse } from "../api/catalogueFixtures.js";
import { deliverByTimers, installBot, shownIn as cardOf, usePlayground } from "./support/playground.js";

const started = usePlayground({ BOT_TIMER_SECONDS: "1" });

it("installs, helps, subscribes, announces a published course and updates a fika card in place", { timeout: 60_000 }, async () => {
  const { api, playground } = started;
  const welcome = await installBot(playground);
  expect(welcome.suggestedActions).toBeTruthy();
  expect(cardOf(welcome)).toContain("Hej Lisa Lärare (exempeldata)!"); // the name from the Playground's roster

  let from = playground.messages.length;
  await playground.say("hjälp");
  expect(cardOf(await playground.next((m) => cardOf(m).includes("Det här kan jag"), from))).toContain("prenumerera");

  from = playground.messages.length;
  await playground.say("prenumerera utbildningar");
  expect((await playground.next((m) => /prenumererar/.test(m.text ?? ""), from)).text).toContain("alla nya utbildningar");
  const bot = botServicesOf(api.services);
  const record = (await bot.conversations.all()).find((r) => r.topics.includes("trainings"))!;
  expect(record).toMatchObject({ kind: "personal", conversationId: playground.conversationId, userId: "7e57ca11-0000-4000-8000-0000000000a1" });

  // A coordinator publishes; the timer announces it; the worker sends it to the Playground.
  await runBotTimers(api.services); // the pump's first run sets its cursor
  from = playground.messages.length;
  await createCourse(api, courseInput({ title: "Filmproduktion med mobilen" }));
  await deliverByTimers(api, async (outcomes) => {
    expect(outcomes.courseEvents).toMatchObject({ ran: true });
    const announcement = await playground.next((m) => cardOf(m).includes("Filmproduktion med mobilen"), from);
    expect(cardOf(announcement)).toContain("Ny utbildning");
  });

  // Fika: a coordinator's series, "nästa fika" in the chat, an RSVP that replaces the card.
  const created = await api.send("POST", "/api/fika/series", {
    token: await api.token("coordinator"),
    body: { title: "Digital fika", rrule: "FREQ=MONTHLY;BYDAY=+1TU", firstDate: "2026-01-01", time: "14:00", durationMinutes: 30, joinUrl: "https://teams.microsoft.com/l/meetup-join/fika" },
  });
  expect(created.status).toBe(201);
  from = playground.messages.length;
  await playground.say("nästa fika");
  const invitation = await playground.next((m) => cardOf(m).includes("Nästa digitala fika"), from);
  const rsvp = (invitation.attachments![0]!.content as { actions: { verb?: string; data?: Record<string, unknown> }[] }).actions.find((a) => a.verb === "rsvp")!;
  const answered = await playground.invoke(invitation.id, { action: { type: "Action.Execute", verb: "rsvp", data: rsvp.data } });
  expect(answered.status).toBe(200);
  expect(JSON.stringify(answered.body)).toContain("1 kommer");
  expect(JSON.stringify(answered.body)).toContain("Du har svarat att du kommer");
});
