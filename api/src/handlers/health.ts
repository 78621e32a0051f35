// GET /api/health: the one route without a token. Says whether storage answers.
import type { Health } from "../contract/index.js";
import { defineRoute, json } from "../http/route.js";

const STORAGE_TIMEOUT_MS = 2000;

export const health = defineRoute({
  name: "health",
  methods: ["GET"],
  route: "health",
  access: "anonymous",
  async handle({ services }) {
    const storage = await withTimeout(services.members.version(), STORAGE_TIMEOUT_MS).then(
      () => "ok" as const,
      () => "failing" as const,
    );
    const body: Health = {
      status: storage === "ok" ? "ok" : "degraded",
      mode: services.config.mode,
      version: services.config.version,
      checks: { storage },
    };
    return json(body, storage === "ok" ? 200 : 503);
  },
});

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error("timeout")), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
