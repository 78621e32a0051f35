// One announcement to `people` (default 5,000) of whom `uninstalled` (default 4,000) never had
// a chat with the bot: each of those gets the app installed through Graph (the Teams part of
// the Graph stand-in: POST 30/s, GET 60/s per app per tenant, answering 429 over them), her
// chat read back and stored, then the card through the Bot Connector stand-in (50/s), all in
// the delivery engine against Azurite. Time until every one is installed and delivered, against
// the floor the documented limits set: each install costs one POST and two GETs, each person
// one send, all in parallel, so the floor is the largest of uninstalled/30, 2*uninstalled/60 and
// people/50 seconds (scaled by `timeScale`). Lost and duplicated are counted per person.
import { randomUUID } from "node:crypto";
import { fileURLToPath } from "node:url";
import { cardActivity, type AudiencePerson, type ConversationRecord, type DeliveryWorker } from "@campus-westum/bot";
import { startAzurite } from "../scripts/lib/processes.mjs";
import { botServicesOf } from "../api/src/bot/botServices.js";
import { deliveryReport } from "../api/src/bot/deliveryReport.js";
import { TEAMS_GRAPH_LIMITS } from "../api/src/bot/install/teamsGraphLimits.js";
import { loadConfig } from "../api/src/config.js";
import { silentLogger } from "../api/src/logger.js";
import { createServices } from "../api/src/services.js";
import { watchEmulator } from "./emulatorStalls.js";
import { BOT_CONNECTOR_STAND_IN_TOKEN } from "../test/bot-connector-stand-in/server.js";
import { startStandInThread } from "../test/bot-connector-stand-in/standInThread.js";
import { proactiveInstallEnv, startTeamworkStandIn } from "../test/graph-stand-in/teamwork/server.js";

const STALL_MS = 120_000;
const TEAMS_SENDS_PER_SECOND = 50;

export async function benchProactiveInstall(options: { people?: number; uninstalled?: number; timeScale?: number } = {}) {
  const people = options.people ?? 5000;
  const uninstalled = options.uninstalled ?? 4000;
  const timeScale = options.timeScale ?? 1;
  const floorSeconds = Math.max(uninstalled / TEAMS_GRAPH_LIMITS.post.perSecond, (2 * uninstalled) / TEAMS_GRAPH_LIMITS.get.perSecond, people / TEAMS_SENDS_PER_SECOND) / timeScale;
  const connector = await startStandInThread({ timeScale });
  const graph = await startTeamworkStandIn({ timeScale });
  const azurite = await startAzurite();
  try {
    const env = {
      STORAGE_CONNECTION_STRING: azurite.connectionString,
      TABLE_PREFIX: "bdinstall",
      BOT_DELIVERY_TIME_SCALE: String(timeScale),
      BOT_CONNECTOR_TOKEN: BOT_CONNECTOR_STAND_IN_TOKEN,
      ...proactiveInstallEnv(graph, connector.url),
    };
    const services = await createServices(loadConfig(env), silentLogger);
    const bot = botServicesOf(services);
    const withChat: ConversationRecord[] = Array.from({ length: people - uninstalled }, (_, n) => ({
      conversationId: `a:bench-${n}`, serviceUrl: connector.url, kind: "personal", userId: randomUUID(), lang: "sv", topics: [], active: true, updatedAt: new Date().toISOString(),
    }));
    await bot.conversations.saveMany(withChat);
    const audience: AudiencePerson[] = Array.from({ length: uninstalled }, () => ({ userId: graph.model.addUser({ id: randomUUID() }).id }));
    const activity = cardActivity({ type: "AdaptiveCard", version: "1.5", body: [] });
    await bot.fanOut.announce({ id: "bench-install", kind: "bench", title: "bench", activities: { sv: activity, en: activity } }, withChat, audience);

    const worker = bot.createWorker();
    const emulator = await watchEmulator(services.tables);
    const started = performance.now();
    worker.start();
    await untilSettled(worker, people);
    const seconds = (performance.now() - started) / 1000;
    const stalls = await emulator.stop();
    await worker.stop();
    const report = (await deliveryReport(bot, "bench-install"))!;
    const seen = await connector.results();
    const perChat = new Map<string, number>();
    for (const d of seen.delivered) perChat.set(d.conversationId, (perChat.get(d.conversationId) ?? 0) + 1);
    const chats = [...withChat.map((r) => r.conversationId), ...audience.map((p) => graph.model.installationOf(p.userId)?.chatId ?? `missing:${p.userId}`)];
    const installStats = bot.installer?.stats;
    return {
      people,
      uninstalled,
      timeScale,
      limitsUsed: { graphPostInstalledAppsPerSecond: TEAMS_GRAPH_LIMITS.post.perSecond, graphGetInstalledAppsPerSecond: TEAMS_GRAPH_LIMITS.get.perSecond, teamsSendsPerSecond: TEAMS_SENDS_PER_SECOND },
      floorSeconds: Number(floorSeconds.toFixed(1)),
      seconds: Number(seconds.toFixed(1)),
      floorOverActual: Number((floorSeconds / seconds).toFixed(3)),
      emulatorPausedSeconds: Number((stalls.reduce((sum, s) => sum + (s.to - s.from), 0) / 1000).toFixed(1)),
      lost: chats.filter((c) => !perChat.has(c)).length,
      duplicated: chats.filter((c) => (perChat.get(c) ?? 0) > 1).length,
      report: { sent: report.sent, unreachable: report.unreachable, failed: report.failed, pending: report.pending },
      installs: graph.counters.installs,
      secondInstalls: [...graph.model.installsPerUser.values()].filter((n) => n > 1).length,
      graphRequests: graph.counters.requests,
      graphOverLimit429s: graph.counters.overLimit,
      graphPeakInSecond: graph.counters.peak,
      teamsOverLimit429s: seen.stats.overLimit,
      graphLimiterWaitSecondsPerInstall: installStats ? Number((installStats.limiterWaitMs / 1000 / uninstalled).toFixed(2)) : undefined,
    };
  } finally {
    await connector.close();
    await graph.close();
    await azurite.stop();
  }
}

async function untilSettled(worker: DeliveryWorker, count: number): Promise<void> {
  const settled = () => worker.stats.sent + worker.stats.blocked + worker.stats.failed + worker.stats.unreachable;
  let last = { settled: 0, at: performance.now() };
  while (settled() < count) {
    await new Promise((r) => setTimeout(r, 100));
    if (settled() > last.settled) last = { settled: settled(), at: performance.now() };
    else if (performance.now() - last.at > STALL_MS) return;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [people, uninstalled, timeScale] = process.argv.slice(2).map(Number);
  console.log(JSON.stringify(await benchProactiveInstall({ people: people || undefined, uninstalled: uninstalled || undefined, timeScale: timeScale || undefined }), null, 2));
}
