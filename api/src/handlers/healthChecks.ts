// What /api/health looks at: storage answers (the one check that makes the instance unhealthy),
// and the backlogs an operator watches: deliveries waiting in the queue, and the last SharePoint
// sync. Each is bounded by a timeout, so a slow dependency makes health slow by 2 s at most.
// Health is a probe: it answers from the configuration and storage, with clients of its own, and
// never builds the services (the stores, the bot's delivery worker, the SharePoint sync), so a cold
// start's first probe loads none of them. Where a request has built them, it asks the sync whether
// a run is under way in this instance.
import { StorageDeliveryQueue } from "../bot/deliveryQueue.js";
import type { Config, SharePointConfig } from "../config.js";
import type { Health } from "../contract/index.js";
import type { RouteHost } from "../http/route.js";
import { SyncState } from "../sharepoint/sync/syncState.js";
import { readDirectoryVersion } from "../store/directoryVersion.js";
import { Tables } from "../store/tables.js";

const TIMEOUT_MS = 2000;

export async function checkHealth(host: RouteHost): Promise<Pick<Health, "checks" | "backlog">> {
  const probe = probeOf(host.config);
  const { sharepoint } = host.config;
  const [storage, deliveries, sync] = await Promise.all([
    withTimeout(readDirectoryVersion(probe.tables)).then(() => "ok" as const, () => "failing" as const),
    withTimeout(probe.deliveries.approximateCount()).catch(() => undefined),
    sharepoint ? withTimeout(syncBacklog(host, probe, sharepoint)).catch(() => undefined) : Promise.resolve(undefined),
  ]);
  return { checks: { storage }, backlog: { ...(deliveries ? { deliveries } : {}), ...(sync ? { sync } : {}) } };
}

interface Probe {
  tables: Tables;
  deliveries: StorageDeliveryQueue;
  syncState: SyncState;
}

const probes = new WeakMap<Config, Probe>();

function probeOf(config: Config): Probe {
  let probe = probes.get(config);
  if (!probe) {
    const tables = new Tables(config.storageConnectionString, config.tablePrefix);
    probe = { tables, deliveries: StorageDeliveryQueue.fromConnectionString(config.storageConnectionString, config.tablePrefix), syncState: new SyncState(tables) };
    probes.set(config, probe);
  }
  return probe;
}

async function syncBacklog(host: RouteHost, probe: Probe, sharepoint: SharePointConfig): Promise<NonNullable<Health["backlog"]>["sync"]> {
  // The last run's report only, which does not build the sync (nor load the Graph client).
  const built = host.built()?.sharepointSync;
  const status = built ? await built.lastRun() : { running: false, lastRun: await probe.syncState.lastReport(), intervalMinutes: sharepoint.syncIntervalMinutes };
  // Outcome and time only: the run's errors and rejected rows are for coordinators (GET /api/sync/status).
  return { running: status.running, lastOutcome: status.lastRun?.outcome, lastFinishedAt: status.lastRun?.finishedAt, intervalMinutes: status.intervalMinutes };
}

function withTimeout<T>(promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error("timeout")), TIMEOUT_MS)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
