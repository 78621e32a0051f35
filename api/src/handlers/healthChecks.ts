// What /api/health looks at: storage answers (the one check that makes the instance unhealthy),
// and the backlogs an operator watches: deliveries waiting in the queue, and the last SharePoint
// sync. Each is bounded by a timeout, so a slow dependency makes health slow by 2 s at most.
// The delivery queue is read through its own client: building the bot's services (the delivery
// worker, the Bot Connector client, the installer) to count messages would load them all on a
// cold start's first probe.
import { StorageDeliveryQueue } from "../bot/deliveryQueue.js";
import type { Health } from "../contract/index.js";
import type { Services } from "../services.js";

const TIMEOUT_MS = 2000;

export async function checkHealth(services: Services): Promise<Pick<Health, "checks" | "backlog">> {
  const [storage, deliveries, sync] = await Promise.all([
    withTimeout(services.members.version()).then(() => "ok" as const, () => "failing" as const),
    withTimeout(deliveryQueueOf(services).approximateCount()).catch(() => undefined),
    services.sharepointSync ? withTimeout(syncBacklog(services)).catch(() => undefined) : Promise.resolve(undefined),
  ]);
  return { checks: { storage }, backlog: { ...(deliveries ? { deliveries } : {}), ...(sync ? { sync } : {}) } };
}

const deliveryQueues = new WeakMap<Services, StorageDeliveryQueue>();

function deliveryQueueOf(services: Services): StorageDeliveryQueue {
  let queue = deliveryQueues.get(services);
  if (!queue) deliveryQueues.set(services, (queue = StorageDeliveryQueue.fromConnectionString(services.config.storageConnectionString, services.config.tablePrefix)));
  return queue;
}

async function syncBacklog(services: Services): Promise<NonNullable<Health["backlog"]>["sync"]> {
  // The last run's report only, which does not build the sync (nor load the Graph client) on a cold start's first probe.
  const status = await services.sharepointSync!.lastRun();
  // Outcome and time only: the run's errors and rejected rows are for coordinators (GET /api/sync/status).
  return { running: status.running, lastOutcome: status.lastRun?.outcome, lastFinishedAt: status.lastRun?.finishedAt, intervalMinutes: status.intervalMinutes };
}

function withTimeout<T>(promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error("timeout")), TIMEOUT_MS)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
