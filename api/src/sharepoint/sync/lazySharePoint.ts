// The SharePoint sync and write-back as the composition root offers them: built, with the Graph
// client and the sync's code, on their first use (a timer, "sync now", the sync status route, a
// write-back drain), so that a cold start answering health loads none of it. Health asks only
// how the last run went, which the sync's state table holds: `lastRun` reads it without building
// the sync.
import { accessSync, constants } from "node:fs";
import type { SharePointConfig } from "../../config.js";
import type { SyncRun } from "../../contract/index.js";
import type { OutboxWorker } from "../outbox/outboxWorker.js";
import type { SharePoint, SharePointDeps } from "./createSharePointSync.js";
import type { SharePointSync } from "./sharePointSync.js";
import { SyncState } from "./syncState.js";

export interface SyncService extends Pick<SharePointSync, "run" | "status"> {
  /** How the last run went, and whether one is running in this process, without building the sync. */
  lastRun(): Promise<{ running: boolean; lastRun?: SyncRun; intervalMinutes: number }>;
}

export type WriteBackService = Pick<OutboxWorker, "drain">;

export function lazySharePoint(config: SharePointConfig, deps: SharePointDeps): { sync: SyncService; outbox: WriteBackService } {
  requireReadableCertificate(config);
  let built: Promise<SharePoint> | undefined;
  const sharePoint = () => (built ??= import("./createSharePointSync.js").then((m) => m.createSharePoint(config, deps)));
  const state = new SyncState(deps.tables);
  // SharePointSync shares one run among concurrent callers; this counts the callers still waiting.
  let waiting = 0;
  const sync: SyncService = {
    run(trigger) {
      waiting++;
      return sharePoint()
        .then((s) => s.sync.run(trigger))
        .finally(() => waiting--);
    },
    status: async () => (await sharePoint()).sync.status(),
    lastRun: async () => ({ running: waiting > 0, lastRun: await state.lastReport(), intervalMinutes: config.syncIntervalMinutes }),
  };
  const outbox: WriteBackService = {
    async drain(options) {
      const worker = (await sharePoint()).outbox;
      if (!worker) throw new Error("the SharePoint write-back needs the catalogue stores");
      return worker.drain(options);
    },
  };
  return { sync, outbox };
}

/**
 * A certificate file named in the settings is read when the Graph client is built, now on first
 * use: checking it is readable here keeps a wrong path refusing the start, as before.
 */
function requireReadableCertificate(config: SharePointConfig): void {
  const { auth } = config;
  if (auth.kind !== "msal" || auth.credential.kind !== "certificate" || auth.credential.pem !== undefined) return;
  accessSync(auth.credential.path!, constants.R_OK);
}
