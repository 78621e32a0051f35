// The API's configuration: the one place that reads process.env, validated once at start-up.
// With no tenant settings the app runs in local mode (the embedded default): Azurite and a
// local identity. Setting the Entra settings switches token validation to the tenant's keys and
// makes SharePoint required: its lists are then the only source of the directory and catalogue.
import { randomBytes } from "node:crypto";
import { BOT_SETTING_NAMES, loadBotConfig, type BotConfig } from "./bot/botConfig.js";
import { ConfigError } from "./configError.js";
import { httpConfigOf, httpSettings, type HttpConfig } from "./http/httpConfig.js";
import { _default, object, optional, string, url, type output } from "zod/mini";
import { guid, list, matching, numberSetting, parseSettings, text, wholeNumberSetting } from "./settingSchemas.js";

const AZURITE = "UseDevelopmentStorage=true";

const schema = object({
  /** Azure Storage (Tables, Queues). Locally Azurite. */
  STORAGE_CONNECTION_STRING: _default(text(), AZURITE),
  /** Prefix for table names, so tests and benchmarks can share one Azurite without colliding. */
  TABLE_PREFIX: _default(matching(/^[A-Za-z][A-Za-z0-9]{0,20}$/, "letters and digits, starting with a letter"), "cw"),
  /** Entra ID (production): the tenant(s) whose users may call the API, and the API's app registration. */
  AAD_TENANT_IDS: optional(list(guid)),
  AAD_APP_CLIENT_ID: optional(guid),
  /** Application ID URI of the API, e.g. api://campus.example.org/<client id>; accepted as audience too. */
  AAD_APP_ID_URI: optional(text()),
  /** Client applications (token azp/appid) that may call the API; default: Teams, Outlook and Microsoft 365's hosts plus AAD_APP_CLIENT_ID (auth/allowedClients.ts). */
  AAD_ALLOWED_CLIENT_IDS: optional(list(guid, { atLeast: 1 })),
  /** Seconds a directory snapshot may be served before the store is checked for changes. */
  DIRECTORY_REFRESH_SECONDS: numberSetting(0, 3600, 5),
  APP_VERSION: _default(string(), "0.1.0"),
  /** SharePoint through Microsoft Graph (see sharePointSettings below): none set = local mode. */
  GRAPH_TENANT_ID: optional(guid),
  GRAPH_CLIENT_ID: optional(guid),
  GRAPH_CLIENT_SECRET: optional(text()),
  /** A PEM file with the certificate and its unencrypted private key, or the PEM text itself. */
  GRAPH_CERTIFICATE_PATH: optional(text()),
  GRAPH_CERTIFICATE_PEM: optional(text()),
  /** The coordinators' site: its URL (https://tenant.sharepoint.com/sites/campus) or Graph site id. */
  SHAREPOINT_SITE: optional(text()),
  GRAPH_BASE_URL: _default(url(), "https://graph.microsoft.com"),
  /** A fixed token for the local Graph stand-in (loopback GRAPH_BASE_URL only). */
  GRAPH_ACCESS_TOKEN: optional(text()),
  SHAREPOINT_SYNC_MINUTES: wholeNumberSetting(1, 1440, 5),
  /** Attempts a write-back gets before it is dead-lettered (shown to coordinators, retried only from the tab). 20 is about three hours of retrying. */
  SHAREPOINT_WRITE_MAX_ATTEMPTS: wholeNumberSetting(1, 100, 20),
  /** CORS origins and write rate limits (http/httpConfig.ts). */
  ...httpSettings,
  /** Set: logs, traces and metrics go to Application Insights through OpenTelemetry. */
  APPLICATIONINSIGHTS_CONNECTION_STRING: optional(text()),
  /** Key of the HMAC that signs the calendar links in bot cards and the events view (calendar/signedLink.ts). Required outside local mode. */
  CALENDAR_LINK_KEY: optional(text(32, "at least 32 characters, e.g. the output of `openssl rand -base64 32`")),
  /** Days a calendar link in a card can be opened. */
  CALENDAR_LINK_DAYS: wholeNumberSetting(1, 730, 180),
});

/** Every setting the API reads, by name (the tabs' bundle must name none: test/security/bundleSecrets.test.ts). */
export const SETTING_NAMES: readonly string[] = [...Object.keys(schema.shape), ...BOT_SETTING_NAMES];

export type Config = {
  mode: "local" | "production";
  storageConnectionString: string;
  tablePrefix: string;
  directoryRefreshSeconds: number;
  version: string;
  /** The bot and its delivery engine (api/src/bot/botConfig.ts). */
  bot: BotConfig;
  /** CORS and write rate limits (api/src/http/httpConfig.ts). */
  http: HttpConfig;
  /** Absent: no telemetry is exported (and its SDK is never loaded). */
  applicationInsightsConnectionString?: string;
  identity:
    | { kind: "local" }
    | { kind: "entra"; tenantIds: string[]; clientId: string; appIdUri?: string; allowedClientIds?: string[] };
  /** Absent (local mode only): the local store is the truth. Present: SharePoint is, through Graph. */
  sharepoint?: SharePointConfig;
  /** Signed calendar links; in local mode the key is made at start (`generated`), so links die with the process. */
  calendarLinks: { key: string; generated: boolean; lifetimeDays: number };
};

export interface SharePointConfig {
  site: string;
  graphBaseUrl: string;
  syncIntervalMinutes: number;
  /** A write-back that failed this many times waits in the dead-letter state for a coordinator's retry. */
  writeMaxAttempts: number;
  auth:
    | { kind: "msal"; tenantId: string; clientId: string; credential: { kind: "secret"; secret: string } | { kind: "certificate"; path?: string; pem?: string } }
    | { kind: "static"; token: string };
}

export { ConfigError };

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = parseSettings(schema, env);
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
    sharepoint: sharePointSettings(c),
    bot: loadBotConfig(env, c.AAD_TENANT_IDS && c.AAD_APP_CLIENT_ID ? "production" : "local"),
    applicationInsightsConnectionString: c.APPLICATIONINSIGHTS_CONNECTION_STRING,
  };
  if (base.bot.install && !base.sharepoint) {
    throw new ConfigError("BOT_INSTALL_APP_ID is set: proactive installation calls Microsoft Graph as the app, so set its Graph settings too (GRAPH_TENANT_ID, GRAPH_CLIENT_ID, a secret or certificate, and SHAREPOINT_SITE; docs/setup.md).");
  }
  if (c.AAD_TENANT_IDS && c.AAD_APP_CLIENT_ID) {
    if (!base.sharepoint) {
      throw new ConfigError(
        "SharePoint is required outside local mode (its lists are the source of truth; without them the directory stays empty): set GRAPH_TENANT_ID, GRAPH_CLIENT_ID, GRAPH_CLIENT_SECRET or GRAPH_CERTIFICATE_PATH or GRAPH_CERTIFICATE_PEM, and SHAREPOINT_SITE (docs/setup.md).",
      );
    }
    if (!c.CALENDAR_LINK_KEY) {
      throw new ConfigError("CALENDAR_LINK_KEY is required outside local mode (it signs the calendar links in bot cards and in the events view): set it to at least 32 random characters, e.g. `openssl rand -base64 32`.");
    }
    return {
      ...base,
      calendarLinks: { key: c.CALENDAR_LINK_KEY, generated: false, lifetimeDays: c.CALENDAR_LINK_DAYS },
      http: httpConfigOf(c, "production"),
      mode: "production",
      identity: { kind: "entra", tenantIds: c.AAD_TENANT_IDS, clientId: c.AAD_APP_CLIENT_ID, appIdUri: c.AAD_APP_ID_URI, allowedClientIds: c.AAD_ALLOWED_CLIENT_IDS },
    };
  }
  const calendarLinks = c.CALENDAR_LINK_KEY
    ? { key: c.CALENDAR_LINK_KEY, generated: false, lifetimeDays: c.CALENDAR_LINK_DAYS }
    : { key: randomBytes(32).toString("base64url"), generated: true, lifetimeDays: c.CALENDAR_LINK_DAYS };
  return { ...base, http: httpConfigOf(c, "local"), mode: "local", identity: { kind: "local" }, calendarLinks };
}

/** All of tenant, client, one credential and site, or none of them; the stand-in needs only a token and a site. */
function sharePointSettings(c: output<typeof schema>): SharePointConfig | undefined {
  const common = { graphBaseUrl: c.GRAPH_BASE_URL.replace(/\/+$/, ""), syncIntervalMinutes: c.SHAREPOINT_SYNC_MINUTES, writeMaxAttempts: c.SHAREPOINT_WRITE_MAX_ATTEMPTS };
  if (c.GRAPH_ACCESS_TOKEN) {
    if (!/^https?:\/\/(127\.0\.0\.1|localhost)(:\d+)?\/?$/.test(c.GRAPH_BASE_URL)) {
      throw new ConfigError("GRAPH_ACCESS_TOKEN is for the local Graph stand-in only: set GRAPH_BASE_URL to its loopback address, or use GRAPH_CLIENT_SECRET or a certificate.");
    }
    if (!c.SHAREPOINT_SITE) throw new ConfigError("GRAPH_ACCESS_TOKEN is set: set SHAREPOINT_SITE as well.");
    return { ...common, site: c.SHAREPOINT_SITE, auth: { kind: "static", token: c.GRAPH_ACCESS_TOKEN } };
  }
  const credentials = (["GRAPH_CLIENT_SECRET", "GRAPH_CERTIFICATE_PATH", "GRAPH_CERTIFICATE_PEM"] as const).filter((k) => c[k] !== undefined);
  if (credentials.length > 1) throw new ConfigError(`Set one Graph credential, not ${credentials.join(" and ")}.`);
  const settings = {
    GRAPH_TENANT_ID: c.GRAPH_TENANT_ID,
    GRAPH_CLIENT_ID: c.GRAPH_CLIENT_ID,
    "GRAPH_CLIENT_SECRET or GRAPH_CERTIFICATE_PATH or GRAPH_CERTIFICATE_PEM": credentials[0],
    SHAREPOINT_SITE: c.SHAREPOINT_SITE,
  };
  const missing = Object.entries(settings).filter(([, v]) => v === undefined).map(([k]) => k);
  if (missing.length === Object.keys(settings).length) return undefined;
  if (missing.length > 0) {
    throw new ConfigError(`SharePoint is partly configured: set ${missing.join(", ")} as well, or unset the GRAPH_* and SHAREPOINT_SITE settings to run in local mode.`);
  }
  const credential = c.GRAPH_CLIENT_SECRET
    ? { kind: "secret" as const, secret: c.GRAPH_CLIENT_SECRET }
    : { kind: "certificate" as const, path: c.GRAPH_CERTIFICATE_PATH, pem: c.GRAPH_CERTIFICATE_PEM };
  return { ...common, site: c.SHAREPOINT_SITE!, auth: { kind: "msal", tenantId: c.GRAPH_TENANT_ID!, clientId: c.GRAPH_CLIENT_ID!, credential } };
}
