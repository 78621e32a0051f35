// The API's configuration: the one place that reads process.env, validated once at start-up.
// With no tenant settings the app runs in local mode (the embedded default): Azurite and a
// local identity. Setting the Entra settings switches token validation to the tenant's keys.
import { z } from "zod";
import { loadBotConfig, type BotConfig } from "./bot/botConfig.js";

const AZURITE = "UseDevelopmentStorage=true";

const guid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, "must be a GUID");
const csv = z
  .string()
  .transform((s) => s.split(",").map((x) => x.trim()).filter(Boolean));

const schema = z.object({
  /** Azure Storage (Tables, Queues). Locally Azurite. */
  STORAGE_CONNECTION_STRING: z.string().min(1).default(AZURITE),
  /** Prefix for table names, so tests and benchmarks can share one Azurite without colliding. */
  TABLE_PREFIX: z.string().regex(/^[A-Za-z][A-Za-z0-9]{0,20}$/, "letters and digits, starting with a letter").default("cw"),
  /** Entra ID (production): the tenant(s) whose users may call the API, and the API's app registration. */
  AAD_TENANT_IDS: csv.pipe(z.array(guid)).optional(),
  AAD_APP_CLIENT_ID: guid.optional(),
  /** Application ID URI of the API, e.g. api://campus.example.org/<client id>; accepted as audience too. */
  AAD_APP_ID_URI: z.string().min(1).optional(),
  /** Seconds a directory snapshot may be served before the store is checked for changes. */
  DIRECTORY_REFRESH_SECONDS: z.coerce.number().min(0).max(3600).default(5),
  APP_VERSION: z.string().default("0.1.0"),
});

export type Config = {
  mode: "local" | "production";
  storageConnectionString: string;
  tablePrefix: string;
  directoryRefreshSeconds: number;
  version: string;
  /** The bot and its delivery engine (api/src/bot/botConfig.ts). */
  bot: BotConfig;
  identity:
    | { kind: "local" }
    | { kind: "entra"; tenantIds: string[]; clientId: string; appIdUri?: string };
};

export class ConfigError extends Error {
  override name = "ConfigError";
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const c = parsed.data;
  const entraSettings = { AAD_TENANT_IDS: c.AAD_TENANT_IDS, AAD_APP_CLIENT_ID: c.AAD_APP_CLIENT_ID };
  const given = Object.entries(entraSettings).filter(([, v]) => v !== undefined);
  if (given.length > 0 && given.length < Object.keys(entraSettings).length) {
    const missing = Object.entries(entraSettings).filter(([, v]) => v === undefined).map(([k]) => k);
    throw new ConfigError(
      `Entra ID is partly configured: set ${missing.join(" and ")} as well, or unset ${given.map(([k]) => k).join(" and ")} to run in local mode.`,
    );
  }
  const base = {
    storageConnectionString: c.STORAGE_CONNECTION_STRING,
    tablePrefix: c.TABLE_PREFIX,
    directoryRefreshSeconds: c.DIRECTORY_REFRESH_SECONDS,
    version: c.APP_VERSION,
    bot: loadBotConfig(env),
  };
  if (c.AAD_TENANT_IDS && c.AAD_APP_CLIENT_ID) {
    return {
      ...base,
      mode: "production",
      identity: { kind: "entra", tenantIds: c.AAD_TENANT_IDS, clientId: c.AAD_APP_CLIENT_ID, appIdUri: c.AAD_APP_ID_URI },
    };
  }
  return { ...base, mode: "local", identity: { kind: "local" } };
}
