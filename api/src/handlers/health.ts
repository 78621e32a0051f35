// GET /api/health: the one route without a token, for probes and operators. 200 while storage
// answers (503 when it does not), with the delivery and sync backlogs. The answer is cached for a
// few seconds so that frequent probes do not turn into storage traffic.
import type { Health } from "../contract/index.js";
import { json, type Handler } from "../http/route.js";
import type { Services } from "../services.js";
import { checkHealth } from "./healthChecks.js";

const CHECK_TTL_MS = 5000;
const lastCheck = new WeakMap<Services, { at: number; result: ReturnType<typeof checkHealth> }>();

export const health: Handler<"anonymous"> = async ({ services }) => {
  const { checks, backlog } = await cachedCheck(services);
  const body: Health = {
    status: checks.storage === "ok" ? "ok" : "degraded",
    mode: services.config.mode,
    version: services.config.version,
    checks,
    backlog,
  };
  return json(body, checks.storage === "ok" ? 200 : 503);
};

function cachedCheck(services: Services): ReturnType<typeof checkHealth> {
  const cached = lastCheck.get(services);
  if (cached && Date.now() - cached.at < CHECK_TTL_MS) return cached.result;
  const result = checkHealth(services);
  lastCheck.set(services, { at: Date.now(), result });
  return result;
}
