// The local host's stand-in for the Functions timers: with SharePoint configured it syncs at
// start and then every SHAREPOINT_SYNC_MINUTES, and drains the write-back outbox every few
// seconds; without, it says that the local store is the truth. Returns a function that stops both.
import type { Services } from "../services.js";

export function startSharePointSyncLoop(services: Services): () => void {
  const { sharepointSync, config, log } = services;
  if (!sharepointSync || !config.sharepoint) {
    log.info("SharePoint not configured (no GRAPH_* / SHAREPOINT_SITE settings): the local store is the source of truth");
    return () => {};
  }
  log.info("SharePoint is the source of truth; syncing", { site: config.sharepoint.site, everyMinutes: config.sharepoint.syncIntervalMinutes });
  const runOnce = (trigger: "startup" | "timer") =>
    sharepointSync.run(trigger).catch((error) => log.error("sharepoint sync crashed", { error: String(error) }));
  void runOnce("startup");
  const timer = setInterval(() => void runOnce("timer"), config.sharepoint.syncIntervalMinutes * 60_000);
  timer.unref();
  const stopOutbox = startSharePointOutboxLoop(services);
  return () => {
    clearInterval(timer);
    stopOutbox();
  };
}

/** Drains the write-back outbox on an interval (at start too: rows left by a crash go first). */
export function startSharePointOutboxLoop(services: Services, options: { intervalMs?: number; leaseMs?: number } = {}): () => void {
  const { sharepointOutbox, log } = services;
  if (!sharepointOutbox) return () => {};
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const tick = async () => {
    await sharepointOutbox.drain({ leaseMs: options.leaseMs }).catch((error) => log.error("sharepoint write-back crashed", { error: String(error) }));
    if (!stopped) timer = setTimeout(() => void tick(), options.intervalMs ?? 10_000);
  };
  void tick();
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
