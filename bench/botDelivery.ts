// One announcement to 5,000 personal chats through the whole delivery engine (Azurite queue
// and tables, the real worker) against the Bot Connector stand-in, with time compressed by
// `timeScale` (the ratios to the limits are what counts). Twice, each on a fresh Azurite:
// without failures and with 5% injected 429s; then the proactive-installation case. Reports the request rate the service counted and
// the delivery rate as fractions of the tenant limit, and where the time went: storage requests
// per delivery, the waits for the limiter and for storage, Azurite's CPU.
//
// The bench learns that the sends are done from the worker's own counts (no storage request);
// the delivery report, which lists every ledger row, is read once at the end. Azurite pauses
// for seconds about once a minute (emulatorStalls.ts): rates are given with and without them.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { cardActivity, type ConversationRecord, type DeliveryWorker } from "@campus-westum/bot";
import { startAzurite } from "../scripts/lib/processes.mjs";
import { botServicesOf } from "../api/src/bot/botServices.js";
import { deliveryReport } from "../api/src/bot/deliveryReport.js";
import { loadConfig } from "../api/src/config.js";
import { silentLogger } from "../api/src/logger.js";
import { createServices } from "../api/src/services.js";
import { benchProactiveInstall } from "./botProactiveInstall.js";
import { inStall, stalledMs, watchEmulator, type Stall } from "./emulatorStalls.js";
import { BOT_CONNECTOR_STAND_IN_TOKEN } from "../test/bot-connector-stand-in/server.js";
import { startStandInThread } from "../test/bot-connector-stand-in/standInThread.js";

/** Gives up when nothing was settled for this long (a bug, not a slow machine). */
const STALL_MS = 120_000;

export async function benchBotDelivery(options: { recipients?: number; timeScale?: number } = {}): Promise<object> {
  const recipients = options.recipients ?? 5000;
  const timeScale = options.timeScale ?? 1;
  return {
    recipients,
    timeScale,
    tenantLimitPerSecond: 50 * timeScale,
    clean: await run("bdclean", recipients, timeScale, 0),
    with5PercentThrottled: await run("bdthrottled", recipients, timeScale, 0.05),
    /** The same audience size, four in five of whom never had a chat: installed through Graph first (botProactiveInstall.ts). */
    proactiveInstall: await benchProactiveInstall({ people: recipients, uninstalled: Math.round(recipients * 0.8), timeScale }),
  };
}

async function run(prefix: string, count: number, timeScale: number, throttled: number) {
  // In a thread of its own, so that it counts arrivals on its own clock, like the service.
  const standIn = await startStandInThread({ timeScale, failures: { throttled } });
  const azurite = await startAzurite().catch(async (error: unknown) => {
    await standIn.close();
    throw error;
  });
  try {
    const env = { STORAGE_CONNECTION_STRING: azurite.connectionString, TABLE_PREFIX: prefix, BOT_DELIVERY_TIME_SCALE: String(timeScale), BOT_CONNECTOR_TOKEN: BOT_CONNECTOR_STAND_IN_TOKEN };
    const services = await createServices(loadConfig(env), silentLogger);
    const bot = botServicesOf(services);
    const records: ConversationRecord[] = Array.from({ length: count }, (_, n) => ({
      conversationId: `a:bench-${n}`, serviceUrl: standIn.url, kind: "personal", lang: "sv", topics: [], active: true, updatedAt: new Date().toISOString(),
    }));
    await bot.conversations.saveMany(records);
    const activity = cardActivity({ type: "AdaptiveCard", version: "1.5", body: [] });
    const fanOutStarted = performance.now();
    await bot.fanOut.announce({ id: "bench", kind: "bench", title: "bench", activities: { sv: activity, en: activity } }, records);
    const fanOutMs = performance.now() - fanOutStarted;

    const worker = bot.createWorker();
    const emulator = await watchEmulator(services.tables);
    const started = { at: performance.now(), azurite: cpuSeconds(azurite.child.pid), bench: process.cpuUsage() };
    worker.start();
    await untilSettled(worker, count);
    const stalls = await emulator.stop();
    const sendsDone = { at: performance.now(), azurite: cpuSeconds(azurite.child.pid), bench: process.cpuUsage(started.bench), deletesPending: worker.stats.deletesPending };
    await worker.stop();
    const drained = { at: performance.now(), azurite: cpuSeconds(azurite.child.pid) };
    const report = (await deliveryReport(bot, "bench"))!;
    const seen = await standIn.results();

    const stats = worker.stats;
    const limit = 50 * timeScale;
    const perConversation = new Map<string, number>();
    for (const d of seen.delivered) perConversation.set(d.conversationId, (perConversation.get(d.conversationId) ?? 0) + 1);
    const sendSeconds = (sendsDone.at - started.at) / 1000;
    const perDelivery = (n: number) => Number((n / count).toFixed(3));
    return {
      fanOutMs: Math.round(fanOutMs),
      deliverySeconds: Number(spanSeconds(seen.delivered.map((d) => d.at)).toFixed(2)),
      /** Requests the service counted (429s included), first to last, over the tenant limit. */
      requestRateOfLimit: rateOfLimit(seen.counted, limit),
      /** The same over the time in which Azurite answered: its pauses, and what was sent in them, left out. */
      requestRateOfLimitWhileEmulatorAnswered: rateOfLimit(seen.counted, limit, stalls),
      /** Announcements that arrived (first to last), over the tenant limit. */
      deliveredRateOfLimit: rateOfLimit(seen.delivered.map((d) => d.at), limit),
      lost: count - perConversation.size,
      duplicated: [...perConversation.values()].filter((n) => n > 1).length,
      reportPending: report.pending,
      overLimit429s: seen.stats.overLimit,
      injected429s: seen.stats.injected.throttled,
      peakTenantInWindow: seen.stats.peakTenantInWindow,
      tenantPauses: stats.pauses,
      emulatorPauses: stalls.map((s) => ({ atSecond: Math.round((s.from - started.at) / 1000), seconds: Number(((s.to - s.from) / 1000).toFixed(1)) })),
      storageRequestsPerDelivery: {
        receives: perDelivery(stats.storage.receives),
        claimTransactions: perDelivery(stats.storage.claims),
        settleTransactions: perDelivery(stats.storage.settles),
        deletes: perDelivery(stats.storage.deletes),
        releases: perDelivery(stats.storage.releases),
      },
      waits: {
        limiterMsPerRequest: Math.round(stats.limiterWaitMs / stats.requests),
        settleMsPerDelivery: Math.round(stats.settleWaitMs / count),
        receiveAndClaimSeconds: Number((stats.receiveMs / 1000).toFixed(1)),
        /** Tenant budget left unused with nothing ready to send (receiving fell behind, or Azurite paused)... */
        tenantBudgetUnusedIdleSeconds: Number((stats.unusedBudgetMs.idle / 1000).toFixed(2)),
        /** ...and with sends waiting, because the timer fired late (this process got no CPU in time). */
        tenantBudgetUnusedLateSeconds: Number((stats.unusedBudgetMs.late / 1000).toFixed(2)),
      },
      azurite: {
        cpuShareWhileSending: share(sendsDone.azurite, started.azurite, sendSeconds),
        cpuMsPerDelivery: sendsDone.azurite === undefined || drained.azurite === undefined ? undefined : Math.round(((drained.azurite - started.azurite!) * 1000) / count),
        deletesPendingAtLastSend: sendsDone.deletesPending,
        queueDrainedSecondsAfterSends: Number(((drained.at - sendsDone.at) / 1000).toFixed(1)),
      },
      benchProcessCpuShareWhileSending: Number(((sendsDone.bench.user + sendsDone.bench.system) / 1e6 / sendSeconds).toFixed(2)),
    };
  } finally {
    await standIn.close();
    await azurite.stop();
  }
}

/** Waits until the worker has a result for every recipient, by its own counts. */
async function untilSettled(worker: DeliveryWorker, count: number): Promise<void> {
  const settled = () => worker.stats.sent + worker.stats.blocked + worker.stats.failed;
  let last = { settled: 0, at: performance.now() };
  while (settled() < count) {
    await new Promise((r) => setTimeout(r, 100));
    if (settled() > last.settled) last = { settled: settled(), at: performance.now() };
    else if (performance.now() - last.at > STALL_MS) return;
  }
}

const spanSeconds = (times: number[]) => (times.length < 2 ? 0 : (times.at(-1)! - times[0]!) / 1000);

/** Events per second from the first to the last, over `limit`; time in `stalls` and what happened in it left out. */
function rateOfLimit(times: number[], limit: number, stalls: Stall[] = []): number {
  if (times.length < 2) return 0;
  const seconds = (spanSeconds(times) * 1000 - stalledMs(stalls, times[0]!, times.at(-1)!)) / 1000;
  const counted = times.filter((t) => !inStall(stalls, t)).length;
  return Number(((counted - 1) / seconds / limit).toFixed(3));
}

/** CPU seconds a process has used so far (Linux); undefined elsewhere. */
function cpuSeconds(pid: number | undefined): number | undefined {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
}

const share = (end: number | undefined, start: number | undefined, seconds: number) => (end === undefined || start === undefined ? undefined : Number(((end - start) / seconds).toFixed(2)));

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(JSON.stringify(await benchBotDelivery({ recipients: Number(process.argv[2] ?? 5000), timeScale: Number(process.argv[3] ?? 1) }), null, 2));
}
