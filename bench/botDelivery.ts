// One announcement to 5,000 personal chats through the whole delivery engine (Azurite queue
// and tables, the real worker) against the Bot Connector stand-in, with time compressed by
// `timeScale` (the ratios to the limits are what counts). Twice: without failures and with
// 5% injected 429s. Reports the sustained request rate as a fraction of the tenant limit.
import { cardActivity, type ConversationRecord } from "@campus-westum/bot";
import { startAzurite } from "../scripts/lib/processes.mjs";
import { botServicesOf } from "../api/src/bot/botServices.js";
import { deliveryReport } from "../api/src/bot/deliveryReport.js";
import { loadConfig } from "../api/src/config.js";
import { silentLogger } from "../api/src/logger.js";
import { createServices } from "../api/src/services.js";
import { startBotConnectorStandIn } from "../test/bot-connector-stand-in/server.js";

export async function benchBotDelivery(options: { recipients?: number; timeScale?: number } = {}): Promise<object> {
  const recipients = options.recipients ?? 5000;
  const timeScale = options.timeScale ?? 1;
  const azurite = await startAzurite();
  try {
    return {
      recipients,
      timeScale,
      tenantLimitPerSecond: 50 * timeScale,
      clean: await run(azurite.connectionString, "bdclean", recipients, timeScale, 0),
      with5PercentThrottled: await run(azurite.connectionString, "bdthrottled", recipients, timeScale, 0.05),
    };
  } finally {
    await azurite.stop();
  }
}

async function run(storage: string, prefix: string, count: number, timeScale: number, throttled: number) {
  const env = { STORAGE_CONNECTION_STRING: storage, TABLE_PREFIX: prefix, BOT_DELIVERY_TIME_SCALE: String(timeScale), BOT_DELIVERY_CONCURRENCY: "128" };
  const services = await createServices(loadConfig(env), silentLogger);
  const bot = botServicesOf(services);
  const standIn = await startBotConnectorStandIn({ timeScale, failures: { throttled } });
  try {
    const records: ConversationRecord[] = Array.from({ length: count }, (_, n) => ({
      conversationId: `a:bench-${n}`, serviceUrl: standIn.url, kind: "personal", lang: "sv", topics: [], active: true, updatedAt: new Date().toISOString(),
    }));
    await bot.conversations.saveMany(records);
    const activity = cardActivity({ type: "AdaptiveCard", version: "1.5", body: [] });
    const fanOutStarted = performance.now();
    await bot.fanOut.announce({ id: "bench", kind: "bench", title: "bench", activities: { sv: activity, en: activity } }, records);
    const fanOutMs = performance.now() - fanOutStarted;
    const worker = bot.createWorker();
    worker.start();
    for (;;) {
      const report = (await deliveryReport(bot, "bench"))!;
      if (report.pending === 0) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    await worker.stop();
    const times = standIn.delivered.map((d) => d.at);
    const seconds = (Math.max(...times) - Math.min(...times)) / 1000;
    const perConversation = new Map<string, number>();
    for (const d of standIn.delivered) perConversation.set(d.conversationId, (perConversation.get(d.conversationId) ?? 0) + 1);
    const limit = 50 * timeScale;
    return {
      fanOutMs: Math.round(fanOutMs),
      deliverySeconds: Number(seconds.toFixed(2)),
      deliveredPerSecond: Number(((standIn.delivered.length - 1) / seconds).toFixed(1)),
      /** Requests the service counted (429s included) per second, over the tenant limit. */
      requestRateOfLimit: Number(((standIn.stats.requests - 1) / seconds / limit).toFixed(3)),
      deliveredRateOfLimit: Number(((standIn.delivered.length - 1) / seconds / limit).toFixed(3)),
      lost: count - perConversation.size,
      duplicated: [...perConversation.values()].filter((n) => n > 1).length,
      overLimit429s: standIn.stats.overLimit,
      injected429s: standIn.stats.injected.throttled,
      peakTenantInWindow: standIn.stats.peakTenantInWindow,
    };
  } finally {
    await standIn.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await benchBotDelivery({ recipients: Number(process.argv[2] ?? 5000), timeScale: Number(process.argv[3] ?? 1) }), null, 2));
}
