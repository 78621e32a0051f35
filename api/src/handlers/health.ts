// GET /api/health: the one route without a token, for probes and operators. 200 while storage
// answers (503 when it does not), with the delivery and sync backlogs. The answer is cached for a
// few seconds so that frequent probes do not turn into storage traffic. It is a probe route
// (api/src/http/route.ts): it gets the host, not the services, and does not build them.
import type { Health } from "../contract/index.js";
import { json, type ProbeHandler, type RouteHost } from "../http/route.js";
import { checkHealth } from "./healthChecks.js";

const CHECK_TTL_MS = 5000;
const lastCheck = new WeakMap<RouteHost, { at: number; result: ReturnType<typeof checkHealth> }>();

export const health: ProbeHandler = async ({ host }) => {
  const { checks, backlog } = await cachedCheck(host);
  const body: Health = {
    status: checks.storage === "ok" ? "ok" : "degraded",
    mode: host.config.mode,
    version: host.config.version,
    checks,
    backlog,
  };
  return json(body, checks.storage === "ok" ? 200 : 503);
};

function cachedCheck(host: RouteHost): ReturnType<typeof checkHealth> {
  const cached = lastCheck.get(host);
  if (cached && Date.now() - cached.at < CHECK_TTL_MS) return cached.result;
  const result = checkHealth(host);
  lastCheck.set(host, { at: Date.now(), result });
  return result;
}
