// A directory audience (every contact of chosen members) names people by e-mail. Those who
// already have a chat with the bot must be found there, announcement after announcement: the
// ones installed for by an earlier announcement (their chat stored under that address) get the
// next one too, in that chat, without a Graph request; one who removed the bot since is neither
// installed again nor sent to; a contact registered on the course is reached once; and the
// number a coordinator sees before sending is what is sent.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, expect, it } from "vitest";
import { cardActivity, type ConversationRecord } from "@campus-westum/bot";
import { courseTargets, reachOf } from "../../api/src/bot/audience/courseAudience.js";
import type { BotServices } from "../../api/src/bot/botServices.js";
import { deliveryReport, type DeliveryReport } from "../../api/src/bot/deliveryReport.js";
import type { Audience, MemberDetail } from "../../api/src/contract/index.js";
import { courseInput, createCourse } from "../api/catalogueFixtures.js";
import type { BotConnectorStandIn } from "../bot-connector-stand-in/server.js";
import type { TeamworkStandIn } from "../graph-stand-in/teamwork/server.js";
import type { ApiHarness } from "../support/apiHarness.js";
import { deliverAnnouncement, startInstallHarness } from "./support/announcementDelivery.js";
import { deliveriesPerConversation } from "./support/deliveryHarness.js";

let api: ApiHarness;
let bot: BotServices;
let graph: TeamworkStandIn;
let connector: BotConnectorStandIn;
let close: () => Promise<void>;
let chosen: MemberDetail;

beforeAll(async () => {
  ({ api, bot, graph, connector, close } = await startInstallHarness());
  const { members } = await api.services.members.loadAll();
  chosen = members.find((m) => addressesOf(m).length >= 4)!;
  for (const address of addressesOf(chosen)) graph.model.addUser({ id: randomUUID(), userPrincipalName: address });
}, 60_000);
afterAll(() => close?.());

const addressesOf = (m: MemberDetail) => [...new Set(m.contacts.map((c) => c.email.trim().toLowerCase()).filter((a) => a.includes("@")))];

/** Announces a change of the course to its targets, as the course-event pump does, and delivers it. */
async function announce(id: string, courseId: string, audience: Audience): Promise<DeliveryReport> {
  const targets = await courseTargets(api.services, courseId, undefined, "change", audience);
  const activity = cardActivity({ type: "AdaptiveCard", version: "1.5", body: [], id });
  await bot.fanOut.announce({ id, kind: "test", title: id, activities: { sv: activity, en: activity } }, targets.chats, targets.people);
  await deliverAnnouncement(bot, connector, id);
  return (await deliveryReport(bot, id))!;
}

it("reaches a member's contacts again in their chats without Graph, a registered contact once, and leaves out one who removed the bot", { timeout: 60_000 }, async () => {
  const course = await createCourse(api, courseInput({ title: "Ljud i klassrummet", project: null }));
  const audience: Audience = { kind: "members", memberIds: [chosen.id] };
  const [leaver, registered, opener, ...others] = addressesOf(chosen) as [string, string, string, ...string[]];
  const userOf = (address: string) => graph.model.user(address)!.id;
  // One opened the bot herself: Teams installed it, and her chat is stored under her object id.
  const openersChat = graph.model.install(userOf(opener)).chatId;
  const record: ConversationRecord = { conversationId: openersChat, serviceUrl: connector.url, kind: "personal", userId: userOf(opener), lang: "sv", topics: [], active: true, updatedAt: new Date().toISOString() };
  await bot.conversations.save(record);

  const first = await announce("known-1", course.id, audience);
  const everyone = addressesOf(chosen).length;
  expect(first).toMatchObject({ recipients: everyone, sent: everyone });
  expect(graph.counters.installs).toBe(everyone - 1); // the opener's install answered 409
  const chatOf = new Map(addressesOf(chosen).map((a) => [a, graph.model.installationOf(userOf(a))!.chatId]));

  // One removes the bot (Teams uninstalls it, the bot marks her chat inactive); one registers on the course.
  graph.model.installations.delete(userOf(leaver));
  await bot.conversations.markInactive(chatOf.get(leaver)!, "the user removed the bot");
  const registration = await api.send("POST", `/api/courses/${course.id}/registrations`, {
    token: await api.token("coordinator"),
    body: { person: { id: userOf(registered), name: "Registrerad Kontakt", email: registered }, memberId: chosen.id },
  });
  expect(registration.status).toBe(201);

  const staying = [registered, opener, ...others];
  const targets = await courseTargets(api.services, course.id, undefined, "change", audience);
  expect(await reachOf(api.services, targets)).toMatchObject({ people: staying.length, toInstall: 0 });

  const graphRequests = graph.counters.requests;
  const second = await announce("known-2", course.id, audience);
  expect(second).toMatchObject({ recipients: staying.length, sent: staying.length, unreachable: 0 });
  const delivered = deliveriesPerConversation(connector);
  for (const address of staying) expect(delivered.get(chatOf.get(address)!), address).toBe(2);
  expect(delivered.get(chatOf.get(leaver)!)).toBe(1);
  expect(graph.counters.requests).toBe(graphRequests);
  expect(graph.model.installsPerUser.get(userOf(leaver))).toBe(1);
});
