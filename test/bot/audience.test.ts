// Coordinators choose who a course's announcements reach (issue 11.2): the choice is stored per
// course (coordinators only, checked whole), its reach is counted before sending the way the
// pump will send, and a cancellation then reaches every contact of the chosen member (the app
// installed for each through the Graph stand-in; one unknown to the tenant is unreachable) and
// everyone registered.
import { afterAll, beforeAll, expect, it } from "vitest";
import type { AudienceReach, CourseAudience, MemberDetail } from "../../api/src/contract/index.js";
import { botServicesOf } from "../../api/src/bot/botServices.js";
import { runBotTimers } from "../../api/src/bot/botTimers.js";
import { courseInput, createCourse, registerPerson } from "../api/catalogueFixtures.js";
import type { BotConnectorStandIn } from "../bot-connector-stand-in/server.js";
import type { TeamworkStandIn } from "../graph-stand-in/teamwork/server.js";
import type { ApiHarness } from "../support/apiHarness.js";
import { startInstallHarness } from "./support/announcementDelivery.js";

const LISA = "7e57ca11-0000-4000-8000-0000000000a1";
let api: ApiHarness;
let graph: TeamworkStandIn;
let connector: BotConnectorStandIn;
let chosen: MemberDetail;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ api, graph, connector, close } = await startInstallHarness({ BOT_TIMER_SECONDS: "1" }));
  const { members } = await api.services.members.loadAll();
  chosen = members.find((m) => m.contacts.length >= 3)!;
  // Every contact but the last is a user of the tenant; Lisa too.
  for (const contact of chosen.contacts.slice(0, -1)) graph.model.addUser({ id: crypto.randomUUID(), userPrincipalName: contact.email });
  graph.model.addUser({ id: LISA });
}, 60_000);
afterAll(() => close?.());

it("stores a course's audience for coordinators only, counts its reach, and the cancellation reaches the chosen member's contacts and the registered", { timeout: 60_000 }, async () => {
  const coordinator = await api.token("coordinator");
  await runBotTimers(api.services); // the pump's first run sets its cursor
  const course = await createCourse(api, courseInput({ title: "Ljud i klassrummet", project: null }));
  const audience = { kind: "members", memberIds: [chosen.id] };

  expect((await api.send("PUT", `/api/courses/${course.id}/audience`, { body: audience })).status).toBe(403); // staff
  const invalid = await api.send("PUT", `/api/courses/${course.id}/audience`, { token: coordinator, body: { kind: "members", memberIds: [] } });
  expect(invalid.status).toBe(400);
  expect(((await invalid.json()) as { errors: { field: string }[] }).errors[0]?.field).toBe("memberIds");
  expect((await api.send("PUT", "/api/courses/no-such-course/audience", { token: coordinator, body: audience })).status).toBe(404);
  expect((await (await api.get(`/api/courses/${course.id}/audience`, { token: coordinator })).json()) as CourseAudience).toEqual({ courseId: course.id, audience: { kind: "subscribers" } });
  expect((await api.send("PUT", `/api/courses/${course.id}/audience`, { token: coordinator, body: audience })).status).toBe(200);
  expect(((await (await api.get(`/api/courses/${course.id}/audience`, { token: coordinator })).json()) as CourseAudience).audience).toEqual(audience);

  await registerPerson(api, course.id, { id: LISA, name: "Lisa Lärare", memberId: "dacapo-mariestad" });
  const reach = async (event: string) =>
    (await (await api.send("POST", "/api/audience/reach", { token: coordinator, body: { audience, courseId: course.id, event } })).json()) as AudienceReach;
  const contacts = chosen.contacts.length;
  expect(await reach("publish")).toEqual({ people: contacts, channels: 0, toInstall: contacts, withoutAddress: 0, installConfigured: true });
  expect(await reach("cancel")).toMatchObject({ people: contacts + 1, toInstall: contacts + 1 });
  expect((await api.send("POST", "/api/audience/reach", { body: { audience, courseId: course.id, event: "cancel" } })).status).toBe(403);

  expect((await api.send("POST", `/api/courses/${course.id}/cancel`, { token: coordinator, body: { reason: "Inställd" } })).status).toBe(200);
  const bot = botServicesOf(api.services);
  const worker = bot.createWorker();
  worker.start();
  try {
    await new Promise((r) => setTimeout(r, 600)); // past the timers' "ran just now" guard
    await runBotTimers(api.services);
    const deadline = Date.now() + 20_000;
    while (worker.stats.sent + worker.stats.unreachable < contacts + 1 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  } finally {
    await worker.stop();
  }
  // Every contact that is a user got the app and the card in her new chat, Lisa too; the last contact is unknown to the tenant.
  expect(worker.stats).toMatchObject({ sent: contacts, unreachable: 1, installed: contacts });
  expect(graph.counters.installs).toBe(contacts);
  const chats = new Set(connector.delivered.map((d) => d.conversationId));
  for (const installation of graph.model.installations.values()) expect(chats.has(installation.chatId)).toBe(true);
  expect(connector.stats.duplicates).toBe(0);
  // The reach now knows their chats.
  expect(await reach("cancel")).toMatchObject({ people: contacts + 1, toInstall: 1 });
});
