// The local host's stand-in for the Functions timer: with SharePoint configured it syncs at
// start and then every SHAREPOINT_SYNC_MINUTES; without, it says that the local store is the
// truth. Returns a function that stops the loop.
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
  return () => clearInterval(timer);
}
