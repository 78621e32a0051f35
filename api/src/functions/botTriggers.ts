// The bot's non-HTTP triggers in Azure Functions: one timer that runs the bot's timers every
// minute (each claims its row first, so scaled-out instances run it once: bot/timerRuns.ts),
// and the delivery queue's trigger, which hands each message to this instance's delivery
// worker (one per instance, so its rate limiter sees every send the instance makes). The queue
// connection is the app setting STORAGE_CONNECTION_STRING, the same storage the API uses.
// The triggers' code is imported when they first fire, not when the app starts.
import functions from "@azure/functions";
import { deliveryMessageSchema } from "@campus-westum/bot";
import type { botServicesOf } from "../bot/botServices.js";
import { deliveryQueueName } from "../bot/storageQueueNames.js";
import type { Config } from "../config.js";
import type { Services } from "../services.js";

/** NCRONTAB (with seconds) for the bot's timer interval, whole minutes (at least one). */
export function botTimerSchedule(timerMs: number): string {
  const minutes = Math.max(1, Math.round(timerMs / 60_000));
  return minutes === 1 ? "0 * * * * *" : `0 */${minutes} * * * *`;
}

export function registerBotTriggers(config: Config, getServices: () => Promise<Services>): void {
  // BOT_ENABLED=false: no timer and no queue trigger, so nothing of the bot runs.
  if (!config.bot.enabled) return;
  functions.app.timer("botTimers", {
    schedule: botTimerSchedule(config.bot.timerMs),
    runOnStartup: false,
    handler: async (_timer, context) => {
      const { runBotTimers } = await import("../bot/botTimers.js");
      const outcomes = await runBotTimers(await getServices());
      context.log(JSON.stringify({ message: "bot timers", outcomes }));
    },
  });

  let worker: ReturnType<ReturnType<typeof botServicesOf>["createWorker"]> | undefined;
  functions.app.storageQueue("botDelivery", {
    queueName: deliveryQueueName(config.tablePrefix),
    connection: "STORAGE_CONNECTION_STRING",
    handler: async (message, context) => {
      const { botServicesOf } = await import("../bot/botServices.js");
      const bot = botServicesOf(await getServices());
      worker ??= bot.createWorker();
      const parsed = deliveryMessageSchema.safeParse(message);
      const settler = bot.queue.handedOver();
      const dequeueCount = Number(context.triggerMetadata?.dequeueCount ?? 1);
      if (!parsed.success) {
        // Not ours to retry: straight to the poison queue, with what was wrong.
        await settler.deadLetter({ message: message as never, dequeueCount, receipt: undefined }, `malformed delivery message: ${parsed.error.issues[0]?.message ?? "invalid"}`);
        return;
      }
      await worker.deliverOne(parsed.data, dequeueCount, settler);
    },
  });
}
