// The bot's settings, part of the API's one validated configuration (config.ts calls this).
// The bot fails closed: outside local mode (Entra settings present) it needs a complete Bot
// Framework identity, or BOT_ENABLED=false to run the API without it. Without an identity (local
// mode only) no Bot Framework token is checked, so the bot then talks to loopback addresses only:
// the Agents Playground and the Bot Connector stand-in.
import { serviceOrigin, serviceUrlAllowed, TEAMS_PUBLIC_SERVICE_ORIGINS, type BotAuth, type BotCredential, type ServiceUrlPolicy } from "@campus-westum/bot";
import { ConfigError } from "../configError.js";
import { _default, enum as oneOf, includes, object, optional, refine, string, url, type output } from "zod/mini";
import { guid, list, matching, numberSetting, parseSettings, text, wholeNumberSetting } from "../settingSchemas.js";

/** Teams' public service URL for proactive messages, for use until a conversation gives its own (Microsoft 365 Agents SDK, TeamsServiceEndpoints.publicGlobal). */
export const TEAMS_GLOBAL_SERVICE_URL = "https://smba.trafficmanager.net/teams/";

const seconds = (fallback: number) => numberSetting(1, 3600, fallback);
const isLoopback = (url: string) => serviceUrlAllowed(url, { kind: "loopback" });
const loopbackUrl = url().check(refine(isLoopback, "must be a loopback address (a local stand-in)"));

const schema = object({
  /** false: the API runs without the bot (/api/messages answers 503, no bot timers or delivery worker). */
  BOT_ENABLED: _default(oneOf(["true", "false"], "must be true or false"), "true"),
  /** The Azure Bot's Microsoft App ID: its Entra app's client id, or the managed identity's. */
  BOT_ID: optional(guid),
  /** One credential: a client secret, or a certificate (thumbprint and PEM private key); none for UserAssignedMSI. */
  BOT_PASSWORD: optional(text()),
  BOT_CERTIFICATE_THUMBPRINT: optional(matching(/^[0-9a-f]{40}$/i, "the certificate's SHA-1 thumbprint (40 hexadecimal digits)")),
  BOT_CERTIFICATE_PRIVATE_KEY: optional(string().check(includes("PRIVATE KEY-----", "the private key in PEM (-----BEGIN PRIVATE KEY-----)"))),
  /** The tenant of the bot's Entra app (SingleTenant) or managed identity (UserAssignedMSI). */
  BOT_TENANT_ID: optional(guid),
  BOT_APP_TYPE: _default(oneOf(["SingleTenant", "MultiTenant", "UserAssignedMSI"]), "SingleTenant"),
  /** Bot Connector origins the bot may call (comma-separated); default Teams' public one. */
  BOT_SERVICE_URL_ORIGINS: optional(list(string())),
  /** Tests only: the Bot Framework stand-in's OpenID metadata, where incoming tokens' keys come from. */
  BOT_OPENID_METADATA_URL: optional(loopbackUrl),
  /** Tests only: a fixed bearer token for the Bot Connector stand-in (loopback service URLs only). */
  BOT_CONNECTOR_TOKEN: optional(text()),
  /** Where users' browsers reach the API (add-to-calendar links in cards). */
  PUBLIC_API_URL: _default(url(), "http://127.0.0.1:7071"),
  /** Compresses the Teams limits' windows (tests and benchmarks against the stand-in only). */
  BOT_DELIVERY_TIME_SCALE: numberSetting(1, 100, 1),
  /** Worker instances sharing the tenant budget (the Functions app's scale-out limit). */
  BOT_DELIVERY_INSTANCES: wholeNumberSetting(1, 50, 1),
  /** Deliveries in flight per worker: waiting for a grant, being sent, or waiting for their result. */
  BOT_DELIVERY_CONCURRENCY: wholeNumberSetting(1, 1000, 256),
  BOT_DELIVERY_VISIBILITY_SECONDS: seconds(60),
  BOT_DELIVERY_LEASE_SECONDS: seconds(45),
  BOT_DELIVERY_MAX_ATTEMPTS: wholeNumberSetting(1, 20, 6),
  /** What a worker does with a send cut short by a crash: resend with the same activity id, or skip it. */
  BOT_UNCERTAIN_SENDS: _default(oneOf(["resend", "skip"]), "resend"),
  /** When a delivery refused with a 403 that is not the recipient's own (a tenant policy) is tried again. */
  BOT_DELIVERY_REFUSED_RETRY_SECONDS: numberSetting(1, 86_400, 600),
  /** How long the worker sends nothing after many deliveries were refused at once (its alarm). */
  BOT_DELIVERY_ALARM_PAUSE_SECONDS: numberSetting(1, 86_400, 900),
  /**
   * The app's id in the tenant's app catalogue (Graph's teamsApp id, not the manifest's id). Set:
   * people in an audience who have no chat with the bot get the app installed through Graph
   * (TeamsAppInstallation.ReadWriteSelfForUser.All, with the GRAPH_* credentials).
   */
  BOT_INSTALL_APP_ID: optional(guid),
  /** Bot Connector service URL for chats opened by installation, until Teams sends the chat's own. */
  BOT_INSTALL_SERVICE_URL: _default(url(), TEAMS_GLOBAL_SERVICE_URL),
  /** How often the local host runs the bot's timers, in seconds. */
  BOT_TIMER_SECONDS: numberSetting(1, 3600, 60),
});

type Settings = output<typeof schema>;

/** The bot's settings by name (the tabs' bundle must name none: test/security/bundleSecrets.test.ts). */
export const BOT_SETTING_NAMES: readonly string[] = Object.keys(schema.shape);

export interface BotConfig {
  /** false: BOT_ENABLED=false; nothing of the bot runs. */
  enabled: boolean;
  /** Undefined in local mode without an identity: no Bot Framework authentication. */
  auth: BotAuth | undefined;
  /** Where the bot may send (serviceUrlPolicy.ts in the bot). */
  serviceUrls: ServiceUrlPolicy;
  /** Loopback-only settings for the Bot Framework stand-ins in tests. */
  standIn: { openIdMetadataUrl?: string; connectorToken?: string };
  publicApiUrl: string;
  delivery: {
    timeScale: number;
    instances: number;
    concurrency: number;
    visibilityMs: number;
    leaseMs: number;
    maxAttempts: number;
    uncertainSends: "resend" | "skip";
    refusedRetryMs: number;
    alarmPauseMs: number;
  };
  timerMs: number;
  /** Proactive installation (docs/decisions/0016); absent: people without a chat are reported unreachable. */
  install?: { catalogAppId: string; serviceUrl: string };
}

export function loadBotConfig(env: Record<string, string | undefined>, mode: "local" | "production"): BotConfig {
  const parsed = parseSettings(schema, env);
  if (!parsed.success) {
    throw new ConfigError(`Invalid bot configuration:\n${parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n")}`);
  }
  const c = parsed.data;
  const enabled = c.BOT_ENABLED === "true";
  const auth = enabled ? identityOf(c, mode) : undefined;
  const serviceUrls = serviceUrlPolicyOf(c, auth);
  return {
    enabled,
    auth,
    serviceUrls,
    standIn: standInSettings(c, auth, serviceUrls),
    publicApiUrl: c.PUBLIC_API_URL.replace(/\/+$/, ""),
    delivery: {
      timeScale: c.BOT_DELIVERY_TIME_SCALE,
      instances: c.BOT_DELIVERY_INSTANCES,
      concurrency: c.BOT_DELIVERY_CONCURRENCY,
      visibilityMs: c.BOT_DELIVERY_VISIBILITY_SECONDS * 1000,
      leaseMs: c.BOT_DELIVERY_LEASE_SECONDS * 1000,
      maxAttempts: c.BOT_DELIVERY_MAX_ATTEMPTS,
      uncertainSends: c.BOT_UNCERTAIN_SENDS,
      refusedRetryMs: c.BOT_DELIVERY_REFUSED_RETRY_SECONDS * 1000,
      alarmPauseMs: c.BOT_DELIVERY_ALARM_PAUSE_SECONDS * 1000,
    },
    timerMs: c.BOT_TIMER_SECONDS * 1000,
    install: installSettings(c, serviceUrls),
  };
}

function installSettings(c: Settings, serviceUrls: ServiceUrlPolicy): BotConfig["install"] {
  if (!c.BOT_INSTALL_APP_ID) return undefined;
  if (!serviceUrlAllowed(c.BOT_INSTALL_SERVICE_URL, serviceUrls)) {
    throw new ConfigError(`BOT_INSTALL_SERVICE_URL (${c.BOT_INSTALL_SERVICE_URL}) is not among the Bot Connector origins the bot may call (BOT_SERVICE_URL_ORIGINS).`);
  }
  return { catalogAppId: c.BOT_INSTALL_APP_ID, serviceUrl: c.BOT_INSTALL_SERVICE_URL };
}

const CREDENTIAL_CHOICES = "BOT_PASSWORD (or BOT_CERTIFICATE_THUMBPRINT and BOT_CERTIFICATE_PRIVATE_KEY, or BOT_APP_TYPE=UserAssignedMSI)";

/** The bot's identity: complete, or none at all in local mode. */
function identityOf(c: Settings, mode: "local" | "production"): BotAuth | undefined {
  const certificate = c.BOT_CERTIFICATE_THUMBPRINT !== undefined || c.BOT_CERTIFICATE_PRIVATE_KEY !== undefined;
  if (!c.BOT_ID) {
    const given = (["BOT_PASSWORD", "BOT_CERTIFICATE_THUMBPRINT", "BOT_CERTIFICATE_PRIVATE_KEY", "BOT_TENANT_ID"] as const).filter((k) => c[k] !== undefined);
    if (given.length > 0) throw new ConfigError(`${given.join(" and ")} ${given.length > 1 ? "are" : "is"} set: set BOT_ID (the bot's Microsoft App ID) as well.`);
    if (mode === "production") {
      throw new ConfigError(
        `Outside local mode the bot needs its Bot Framework identity: set BOT_ID, BOT_TENANT_ID and ${CREDENTIAL_CHOICES}, or set BOT_ENABLED=false to run the API without the bot.`,
      );
    }
    return undefined;
  }
  if (certificate && (!c.BOT_CERTIFICATE_THUMBPRINT || !c.BOT_CERTIFICATE_PRIVATE_KEY)) {
    throw new ConfigError("Set both BOT_CERTIFICATE_THUMBPRINT and BOT_CERTIFICATE_PRIVATE_KEY for a certificate credential.");
  }
  let credential: BotCredential;
  if (c.BOT_APP_TYPE === "UserAssignedMSI") {
    if (c.BOT_PASSWORD || certificate) {
      throw new ConfigError("BOT_APP_TYPE=UserAssignedMSI signs in with the managed identity: unset BOT_PASSWORD and the BOT_CERTIFICATE_* settings.");
    }
    credential = { kind: "managedIdentity" };
  } else if (c.BOT_PASSWORD && certificate) {
    throw new ConfigError("Set one bot credential: BOT_PASSWORD or the BOT_CERTIFICATE_* settings, not both.");
  } else if (c.BOT_PASSWORD) {
    credential = { kind: "secret", secret: c.BOT_PASSWORD };
  } else if (certificate) {
    credential = { kind: "certificate", thumbprint: c.BOT_CERTIFICATE_THUMBPRINT!, privateKey: c.BOT_CERTIFICATE_PRIVATE_KEY! };
  } else {
    throw new ConfigError(`BOT_ID is set: set ${CREDENTIAL_CHOICES} as well.`);
  }
  if (c.BOT_APP_TYPE !== "MultiTenant" && !c.BOT_TENANT_ID) {
    throw new ConfigError(`BOT_APP_TYPE=${c.BOT_APP_TYPE} needs BOT_TENANT_ID: the tenant of the bot's ${c.BOT_APP_TYPE === "SingleTenant" ? "Entra app" : "managed identity"}.`);
  }
  return { appId: c.BOT_ID, tenantId: c.BOT_TENANT_ID, appType: c.BOT_APP_TYPE, credential };
}

function serviceUrlPolicyOf(c: Settings, auth: BotAuth | undefined): ServiceUrlPolicy {
  if (!auth) {
    if (c.BOT_SERVICE_URL_ORIGINS) throw new ConfigError("BOT_SERVICE_URL_ORIGINS needs a bot identity (BOT_ID): without one the bot calls loopback addresses only.");
    return { kind: "loopback" };
  }
  const entries = c.BOT_SERVICE_URL_ORIGINS ?? TEAMS_PUBLIC_SERVICE_ORIGINS;
  const origins = entries.map((entry) => {
    const origin = serviceOrigin(entry);
    if (!origin) throw new ConfigError(`BOT_SERVICE_URL_ORIGINS: "${entry}" is not an https origin such as https://smba.trafficmanager.net (http only for a loopback stand-in).`);
    return origin;
  });
  if (origins.length === 0) throw new ConfigError("BOT_SERVICE_URL_ORIGINS is empty: list at least one Bot Connector origin, or unset it for Teams' public one.");
  return { kind: "origins", origins };
}

function standInSettings(c: Settings, auth: BotAuth | undefined, serviceUrls: ServiceUrlPolicy): BotConfig["standIn"] {
  if (c.BOT_OPENID_METADATA_URL && !auth) throw new ConfigError("BOT_OPENID_METADATA_URL checks Bot Framework tokens: set BOT_ID and its credential as well.");
  const loopbackOnly = serviceUrls.kind === "loopback" || serviceUrls.origins.every(isLoopback);
  if (c.BOT_CONNECTOR_TOKEN && !loopbackOnly) {
    throw new ConfigError("BOT_CONNECTOR_TOKEN is for the local Bot Connector stand-in only: set BOT_SERVICE_URL_ORIGINS to its loopback origin, or unset BOT_CONNECTOR_TOKEN.");
  }
  return { openIdMetadataUrl: c.BOT_OPENID_METADATA_URL, connectorToken: c.BOT_CONNECTOR_TOKEN };
}
