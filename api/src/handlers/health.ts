// GET /api/health: the one route without a token. Says whether storage answers; the answer is
// cached for a few seconds so that frequent probes do not turn into storage traffic.
import type { Health } from "../contract/index.js";
import { defineRoute, json } from "../http/route.js";
import type { Services } from "../services.js";

const STORAGE_TIMEOUT_MS = 2000;
const CHECK_TTL_MS = 5000;
const lastCheck = new WeakMap<Services, { at: number; result: Promise<"ok" | "failing"> }>();

export const health = defineRoute({
  name: "health",
  methods: ["GET"],
  route: "health",
  access: "anonymous",
  async handle({ services }) {
    const storage = await checkStorage(services);
    const body: Health = {
      status: storage === "ok" ? "ok" : "degraded",
      mode: services.config.mode,
      version: services.config.version,
      checks: { storage },
    };
    return json(body, storage === "ok" ? 200 : 503);
  },
});

function checkStorage(services: Services): Promise<"ok" | "failing"> {
  const cached = lastCheck.get(services);
  if (cached && Date.now() - cached.at < CHECK_TTL_MS) return cached.result;
  const result = withTimeout(services.members.version(), STORAGE_TIMEOUT_MS).then(
    () => "ok" as const,
    () => "failing" as const,
  );
  lastCheck.set(services, { at: Date.now(), result });
  return result;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error("timeout")), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
