// The bot's settings, part of the API's one validated configuration (config.ts calls this).
// Without BOT_ID and BOT_PASSWORD the bot runs in local mode: no Bot Framework authentication,
// which is how the Agents Playground and the Bot Connector stand-in talk to it.
import * as z from "zod";

const seconds = (fallback: number) => z.coerce.number().min(1).max(3600).default(fallback);

const schema = z.object({
  /** The Azure Bot's app (client) id and secret; both or neither. */
  BOT_ID: z.string().min(1).optional(),
  BOT_PASSWORD: z.string().min(1).optional(),
  /** The tenant of a single-tenant bot registration. */
  BOT_TENANT_ID: z.string().min(1).optional(),
  BOT_APP_TYPE: z.enum(["SingleTenant", "MultiTenant", "UserAssignedMSI"]).default("SingleTenant"),
  /** Where users' browsers reach the API (add-to-calendar links in cards). */
  PUBLIC_API_URL: z.url().default("http://127.0.0.1:7071"),
  /** Compresses the Teams limits' windows (tests and benchmarks against the stand-in only). */
  BOT_DELIVERY_TIME_SCALE: z.coerce.number().min(1).max(100).default(1),
  /** Worker instances sharing the tenant budget (the Functions app's scale-out limit). */
  BOT_DELIVERY_INSTANCES: z.coerce.number().int().min(1).max(50).default(1),
  /** Deliveries in flight per worker: waiting for a grant, being sent, or waiting for their result. */
  BOT_DELIVERY_CONCURRENCY: z.coerce.number().int().min(1).max(1000).default(256),
  BOT_DELIVERY_VISIBILITY_SECONDS: seconds(60),
  BOT_DELIVERY_LEASE_SECONDS: seconds(45),
  BOT_DELIVERY_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(6),
  /** What a worker does with a send cut short by a crash: resend with the same activity id, or skip it. */
  BOT_UNCERTAIN_SENDS: z.enum(["resend", "skip"]).default("resend"),
  /** How often the local host runs the bot's timers, in seconds. */
  BOT_TIMER_SECONDS: z.coerce.number().min(1).max(3600).default(60),
});

export interface BotConfig {
  auth: { appId: string; password: string; tenantId?: string; appType: "SingleTenant" | "MultiTenant" | "UserAssignedMSI" } | undefined;
  publicApiUrl: string;
  delivery: {
    timeScale: number;
    instances: number;
    concurrency: number;
    visibilityMs: number;
    leaseMs: number;
    maxAttempts: number;
    uncertainSends: "resend" | "skip";
  };
  timerMs: number;
}

export function loadBotConfig(env: Record<string, string | undefined>): BotConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    throw new Error(`Invalid bot configuration:\n${parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n")}`);
  }
  const c = parsed.data;
  if (Boolean(c.BOT_ID) !== Boolean(c.BOT_PASSWORD)) throw new Error("Invalid bot configuration: set both BOT_ID and BOT_PASSWORD, or neither for local mode.");
  return {
    auth: c.BOT_ID && c.BOT_PASSWORD ? { appId: c.BOT_ID, password: c.BOT_PASSWORD, tenantId: c.BOT_TENANT_ID, appType: c.BOT_APP_TYPE } : undefined,
    publicApiUrl: c.PUBLIC_API_URL.replace(/\/+$/, ""),
    delivery: {
      timeScale: c.BOT_DELIVERY_TIME_SCALE,
      instances: c.BOT_DELIVERY_INSTANCES,
      concurrency: c.BOT_DELIVERY_CONCURRENCY,
      visibilityMs: c.BOT_DELIVERY_VISIBILITY_SECONDS * 1000,
      leaseMs: c.BOT_DELIVERY_LEASE_SECONDS * 1000,
      maxAttempts: c.BOT_DELIVERY_MAX_ATTEMPTS,
      uncertainSends: c.BOT_UNCERTAIN_SENDS,
    },
    timerMs: c.BOT_TIMER_SECONDS * 1000,
  };
}
