// The local host's stand-ins for the bot's Functions triggers: the delivery worker's own
// receive loop over the queue (Azurite), and an interval that runs the bot's timers every
// BOT_TIMER_SECONDS, through the same claimed rows as in Azure. Returns a function that stops both.
import { botServicesOf } from "../bot/botServices.js";
import { runBotTimers } from "../bot/botTimers.js";
import type { Services } from "../services.js";

export function startBotLoops(services: Services): () => Promise<void> {
  if (!services.config.bot.enabled) {
    services.log.info("bot: turned off (BOT_ENABLED=false): no delivery worker, no timers");
    return async () => undefined;
  }
  const worker = botServicesOf(services).createWorker();
  worker.start();
  let running: Promise<unknown> = Promise.resolve();
  const tick = () => {
    running = running.then(() => runBotTimers(services)).catch((error) => services.log.error("bot timers crashed", { error: String(error) }));
  };
  tick();
  const timer = setInterval(tick, services.config.bot.timerMs);
  timer.unref();
  services.log.info("bot: delivery worker and timers running", { everySeconds: services.config.bot.timerMs / 1000 });
  return async () => {
    clearInterval(timer);
    await running;
    await worker.stop();
  };
}
