// Through the Microsoft 365 Agents Playground (issue 11.1): Lisa never opened the bot (no
// installation, no conversation record). She is registered for a course that a coordinator
// then cancels; the timer's course-event pump finds her without a chat, the delivery worker
// installs the app for her through the Graph stand-in (which opens the Playground's personal
// chat) and sends the cancellation there, where she sees it.
import { afterAll, beforeAll, expect, it } from "vitest";
import { botServicesOf } from "../../api/src/bot/botServices.js";
import { runBotTimers } from "../../api/src/bot/botTimers.js";
import { freePort } from "../../scripts/lib/processes.mjs";
import { courseInput, createCourse, registerPerson } from "../api/catalogueFixtures.js";
import { proactiveInstallEnv, startTeamworkStandIn, type TeamworkStandIn } from "../graph-stand-in/teamwork/server.js";
import { startApiHarness, type ApiHarness } from "../support/apiHarness.js";
import { startPlayground, type Playground, type PlaygroundMessage } from "./support/playground.js";

/** Lisa Lärare's object id: the Playground's user (.m365agentsplayground.yml) and the tabs' sample teacher. */
const LISA = "7e57ca11-0000-4000-8000-0000000000a1";

let api: ApiHarness;
let graph: TeamworkStandIn;
let playground: Playground;

beforeAll(async () => {
  const port = (await freePort()) as number;
  graph = await startTeamworkStandIn();
  graph.model.addUser({ id: LISA });
  api = await startApiHarness({
    env: {
      BOT_TIMER_SECONDS: "1",
      ...proactiveInstallEnv(graph, `http://localhost:${port}/_connector`),
    },
  });
  playground = await startPlayground(`${api.url}/api/messages`, port);
  // Installing the app for her opens the Playground's personal chat with the bot.
  graph.model.chatIds.set(LISA, playground.conversationId);
}, 60_000);
afterAll(async () => {
  await playground?.close();
  await api?.close();
  await graph?.close();
});

const cardOf = (m: PlaygroundMessage) => JSON.stringify(m.attachments?.[0]?.content ?? m.text ?? "");

it("a person who never opened the bot gets the app installed and the announcement in her new chat", { timeout: 60_000 }, async () => {
  const bot = botServicesOf(api.services);
  expect((await bot.conversations.all()).filter((r) => r.userId === LISA)).toEqual([]);
  await runBotTimers(api.services); // the pump's first run sets its cursor
  // No project: with Graph configured the projects come from SharePoint, which this test does not serve.
  const course = await createCourse(api, courseInput({ title: "Kameran i klassrummet", project: null }));
  await registerPerson(api, course.id, { id: LISA, name: "Lisa Lärare", memberId: "dacapo-mariestad" });
  const cancelled = await api.send("POST", `/api/courses/${course.id}/cancel`, { token: await api.token("coordinator"), body: { reason: "Kursledaren är sjuk" } });
  expect(cancelled.status).toBe(200);

  const from = playground.messages.length;
  const worker = bot.createWorker();
  worker.start();
  try {
    await new Promise((r) => setTimeout(r, 600)); // past the timers' "ran just now" guard (half of 1 s)
    expect((await runBotTimers(api.services)).courseEvents).toMatchObject({ ran: true });
    const notice = await playground.next((m) => cardOf(m).includes("Kameran i klassrummet"), from);
    expect(cardOf(notice)).toMatch(/[Ii]nställd/);
  } finally {
    await worker.stop();
  }
  expect(graph.counters.installs).toBe(1);
  expect(await bot.conversations.get(playground.conversationId)).toMatchObject({ kind: "personal", userId: LISA, active: true });
});
