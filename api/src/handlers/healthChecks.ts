// What /api/health looks at: storage answers (the one check that makes the instance unhealthy),
// and the backlogs an operator watches: deliveries waiting in the queue, and the last SharePoint
// sync. Each is bounded by a timeout, so a slow dependency makes health slow by 2 s at most.
import { botServicesOf } from "../bot/botServices.js";
import type { Health } from "../contract/index.js";
import type { Services } from "../services.js";

const TIMEOUT_MS = 2000;

export async function checkHealth(services: Services): Promise<Pick<Health, "checks" | "backlog">> {
  const [storage, deliveries, sync] = await Promise.all([
    withTimeout(services.members.version()).then(() => "ok" as const, () => "failing" as const),
    withTimeout(botServicesOf(services).queue.approximateCount()).catch(() => undefined),
    services.sharepointSync ? withTimeout(syncBacklog(services)).catch(() => undefined) : Promise.resolve(undefined),
  ]);
  return { checks: { storage }, backlog: { ...(deliveries ? { deliveries } : {}), ...(sync ? { sync } : {}) } };
}

async function syncBacklog(services: Services): Promise<NonNullable<Health["backlog"]>["sync"]> {
  const status = await services.sharepointSync!.status();
  // Outcome and time only: the run's errors and rejected rows are for coordinators (GET /api/sync/status).
  return { running: status.running, lastOutcome: status.lastRun?.outcome, lastFinishedAt: status.lastRun?.finishedAt, intervalMinutes: status.intervalMinutes };
}

function withTimeout<T>(promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error("timeout")), TIMEOUT_MS)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
