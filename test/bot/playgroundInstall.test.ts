// Through the Microsoft 365 Agents Playground (issue 11.1): Lisa never opened the bot (no
// installation, no conversation record). She is registered for a course that a coordinator
// then cancels; the timer's course-event pump finds her without a chat, the delivery worker
// installs the app for her through the Graph stand-in (which opens the Playground's personal
// chat) and sends the cancellation there, where she sees it.
import { afterAll, beforeAll, expect, it } from "vitest";
import { botServicesOf } from "../../api/src/bot/botServices.js";
import { runBotTimers } from "../../api/src/bot/botTimers.js";
import { courseInput, createCourse, registerPerson } from "../api/catalogueFixtures.js";
import { proactiveInstallEnv, startTeamworkStandIn, type TeamworkStandIn } from "../graph-stand-in/teamwork/server.js";
import { deliverByTimers, shownIn as cardOf, usePlayground } from "./support/playground.js";

/** Lisa Lärare's object id: the Playground's user (.m365agentsplayground.yml) and the tabs' sample teacher. */
const LISA = "7e57ca11-0000-4000-8000-0000000000a1";

let graph: TeamworkStandIn;
beforeAll(async () => {
  graph = await startTeamworkStandIn();
  graph.model.addUser({ id: LISA });
});
afterAll(() => graph?.close());
const started = usePlayground((port) => ({ BOT_TIMER_SECONDS: "1", ...proactiveInstallEnv(graph, `http://localhost:${port}/_connector`) }));

it("a person who never opened the bot gets the app installed and the announcement in her new chat", { timeout: 60_000 }, async () => {
  const { api, playground } = started;
  // Installing the app for her opens the Playground's personal chat with the bot.
  graph.model.chatIds.set(LISA, playground.conversationId);
  const bot = botServicesOf(api.services);
  expect((await bot.conversations.all()).filter((r) => r.userId === LISA)).toEqual([]);
  await runBotTimers(api.services); // the pump's first run sets its cursor
  // No project: with Graph configured the projects come from SharePoint, which this test does not serve.
  const course = await createCourse(api, courseInput({ title: "Kameran i klassrummet", project: null }));
  await registerPerson(api, course.id, { id: LISA, name: "Lisa Lärare", memberId: "dacapo-mariestad" });
  const cancelled = await api.send("POST", `/api/courses/${course.id}/cancel`, { token: await api.token("coordinator"), body: { reason: "Kursledaren är sjuk" } });
  expect(cancelled.status).toBe(200);

  const from = playground.messages.length;
  await deliverByTimers(api, async (outcomes) => {
    expect(outcomes.courseEvents).toMatchObject({ ran: true });
    const notice = await playground.next((m) => cardOf(m).includes("Kameran i klassrummet"), from);
    expect(cardOf(notice)).toMatch(/[Ii]nställd/);
  });
  expect(graph.counters.installs).toBe(1);
  expect(await bot.conversations.get(playground.conversationId)).toMatchObject({ kind: "personal", userId: LISA, active: true });
});
