// Proactive installation (issue 11.1, docs/decisions/0016): people in an audience who never
// opened the bot get the app installed through Graph (the Teams part of the Graph stand-in),
// their chat read back and stored, then the announcement, all inside the delivery engine:
// nobody lost, nobody installed twice, Graph's and Teams' limits kept, 429s waited out. Time
// runs tenfold on both stand-ins.
import { randomUUID } from "node:crypto";
import type { ChildProcess } from "node:child_process";
import { afterEach, beforeAll, expect, it } from "vitest";
import type { AudiencePerson } from "@campus-westum/bot";
import { proactiveInstallEnv, startTeamworkStandIn, type TeamworkStandIn } from "../graph-stand-in/teamwork/server.js";
import { deliveriesPerConversation, errorLog, startDeliveryHarness, type DeliveryHarness } from "./support/deliveryHarness.js";
import { buildWorker, startWorkerProcess } from "./support/workerProcess.js";

const TIME_SCALE = 10;
let harness: DeliveryHarness | undefined;
let graph: TeamworkStandIn | undefined;
let worker: ChildProcess | undefined;

beforeAll(() => buildWorker());
afterEach(async () => {
  if (worker?.exitCode === null) process.kill(-worker.pid!, "SIGKILL");
  await harness?.close();
  await graph?.close();
});

async function start(extra: Record<string, string> = {}, log = errorLog()): Promise<{ harness: DeliveryHarness; graph: TeamworkStandIn }> {
  graph = await startTeamworkStandIn({ timeScale: TIME_SCALE, retryAfterSeconds: 1.5 });
  const g = graph;
  harness = await startDeliveryHarness({
    timeScale: TIME_SCALE,
    log,
    env: (connectorUrl) => ({
      ...proactiveInstallEnv(g, connectorUrl),
      ...extra,
    }),
  });
  return { harness, graph };
}

/** People the stand-in knows, none with the app installed. */
function people(g: TeamworkStandIn, count: number, traits: { licensed?: boolean; blockedByPolicy?: boolean } = {}): AudiencePerson[] {
  return Array.from({ length: count }, () => ({ userId: g.model.addUser({ id: randomUUID(), ...traits }).id }));
}

it("installs the app for people without a chat, stores the chat and delivers there once; 409, 404, licence and policy handled and reported", { timeout: 60_000 }, async () => {
  const { harness, graph } = await start();
  const { bot, standIn } = harness;
  const chats = await harness.recipients(10);
  const fresh = people(graph, 20);
  const installedInTeams = people(graph, 3);
  for (const p of installedInTeams) graph.model.install(p.userId);
  const unknown = [{ userId: randomUUID() }, { userId: randomUUID() }];
  const unlicensed = people(graph, 2, { licensed: false });
  const blocked = people(graph, 2, { blockedByPolicy: true });
  graph.injectFaults(6, 429);
  graph.injectFaults(2, 503);

  await harness.announce("ann-install", chats, [...fresh, ...installedInTeams, ...unknown, ...unlicensed, ...blocked]);
  const worker = bot.createWorker();
  worker.start();
  const report = await harness.waitUntilSettled("ann-install", 40_000);
  await worker.stop();

  expect(report).toMatchObject({ recipients: 39, sent: 33, unreachable: 6, failed: 0, blocked: 0, pending: 0 });
  const delivered = deliveriesPerConversation(standIn);
  for (const p of [...fresh, ...installedInTeams]) {
    const chatId = graph.model.installationOf(p.userId)!.chatId;
    expect(delivered.get(chatId), p.userId).toBe(1);
    // Her chat is stored like anyone's who opened the bot: later announcements find it.
    expect((await bot.conversations.get(chatId))?.userId).toBe(p.userId);
  }
  expect(graph.counters.installs).toBe(20);
  expect([...graph.model.installsPerUser.values()].every((n) => n === 1)).toBe(true);
  // The 3 installed in Teams already answer 409; a POST that timed out and is tried again would too.
  expect(graph.counters.conflicts).toBeGreaterThanOrEqual(3);
  expect(graph.counters.injected).toBe(8);
  expect(graph.counters.overLimit).toBe(0);
  expect(standIn.stats.overLimit).toBe(0);
  expect(standIn.stats.duplicates).toBe(0);
  const errors = report.errors.map((e) => e.error).join("\n");
  expect(errors).toMatch(/unknown user/);
  expect(errors).toMatch(/licen[cs]e/);
  expect(errors).toMatch(/blocked by app permission policy/);
  expect(worker.stats).toMatchObject({ installed: 20, unreachable: 6 });

  // The next announcement goes straight to the stored chats: not one more install.
  const requestsBefore = graph.counters.byStatus[201] ?? 0;
  // As the course-event pump does: their personal chats, and the people themselves.
  const audience = [...fresh, ...installedInTeams];
  await harness.announce("ann-install-2", await bot.conversations.personalChatsOf(audience.map((p) => p.userId)), audience);
  const second = bot.createWorker();
  second.start();
  const again = await harness.waitUntilSettled("ann-install-2", 20_000);
  await second.stop();
  expect(again).toMatchObject({ recipients: 23, sent: 23, unreachable: 0 });
  expect(graph.counters.byStatus[201] ?? 0).toBe(requestsBefore);
});

it("without its Graph permission the app is refused for everyone: nobody is reported unreachable, and the worker raises its alarm", { timeout: 30_000 }, async () => {
  const log = errorLog();
  const { harness, graph } = await start({ BOT_DELIVERY_REFUSED_RETRY_SECONDS: "3600" }, log);
  graph.setPermission(false);
  const everyone = people(graph, 12);
  await harness.announce("ann-no-consent", [], everyone);
  const worker = harness.bot.createWorker();
  worker.start();
  const deadline = Date.now() + 20_000;
  let report = (await import("../../api/src/bot/deliveryReport.js")).deliveryReport;
  let current = (await report(harness.bot, "ann-no-consent"))!;
  while (current.refused < 12 && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 100));
    current = (await report(harness.bot, "ann-no-consent"))!;
  }
  await worker.stop();
  expect(current).toMatchObject({ refused: 12, unreachable: 0, sent: 0, alarm: true });
  expect(current.errors[0]?.error).toMatch(/Missing role permissions/);
  expect(graph.counters.installs).toBe(0);
  expect(log.errors.some((e) => e.fields?.alarm === "deliveriesRefused")).toBe(true);
});

it("loses nobody and installs nobody twice when the worker is killed mid-run", { timeout: 150_000 }, async () => {
  const { harness, graph } = await start({ BOT_DELIVERY_LEASE_SECONDS: "6", BOT_DELIVERY_VISIBILITY_SECONDS: "6" });
  const { bot, standIn } = harness;
  const everyone = people(graph, 150);
  graph.injectFaults(10, 429);
  await harness.announce("ann-install-crash", [], everyone);

  const chatOf = (key: string) => graph.model.installationOf(key.replace(/^user:/, ""))?.chatId;
  const inFlightAtKills = new Set<string>();
  for (const killAfter of [30, 70, 110]) {
    worker = await startWorkerProcess(harness.env);
    const deadline = Date.now() + 60_000;
    while (standIn.delivered.length < killAfter) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${killAfter} deliveries`);
      await new Promise((r) => setTimeout(r, 10));
    }
    process.kill(-worker.pid!, "SIGKILL");
    await new Promise((resolve) => worker!.once("exit", resolve));
    // Requests already on their way still arrive, and storage writes already sent still land.
    await new Promise((r) => setTimeout(r, 300));
    const delivered = new Set(standIn.delivered.map((d) => d.conversationId));
    for (const row of await bot.ledger.records("ann-install-crash")) {
      const chat = chatOf(row.conversationId);
      if (row.state === "sending" && chat && delivered.has(chat)) inFlightAtKills.add(chat);
    }
  }
  worker = await startWorkerProcess(harness.env);
  const report = await harness.waitUntilSettled("ann-install-crash", 60_000);
  process.kill(-worker.pid!, "SIGTERM");

  const delivered = deliveriesPerConversation(standIn);
  const lost = everyone.filter((p) => !delivered.has(graph.model.installationOf(p.userId)?.chatId ?? "none"));
  expect(lost).toEqual([]);
  expect(report).toMatchObject({ recipients: 150, sent: 150, unreachable: 0, failed: 0, pending: 0 });
  // Installed once each: a POST repeated after a kill answers 409, never a second install.
  expect(graph.counters.installs).toBe(150);
  expect([...graph.model.installsPerUser.values()].every((n) => n === 1)).toBe(true);
  expect(graph.counters.overLimit).toBe(0);
  // Duplicates only where decision 0006 allows them: sends in flight at a kill, or retried after a timeout.
  const retried = new Set((await bot.ledger.records("ann-install-crash")).filter((r) => r.attempts > 1).map((r) => chatOf(r.conversationId)));
  const duplicated = [...delivered].filter(([, n]) => n > 1).map(([chat]) => chat);
  expect(duplicated.filter((chat) => !inFlightAtKills.has(chat) && !retried.has(chat))).toEqual([]);
});
