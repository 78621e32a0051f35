// The one module that imports botbuilder. It authenticates incoming requests (the Bot
// Connector's JWT, validated by botbuilder; none in local mode without an identity, where the
// Agents Playground talks to the bot), refuses any activity whose serviceUrl the policy does not
// allow, turns botbuilder's TurnContext into the bot's own Turn, runs the first matching route,
// and gets Bot Framework tokens for proactive sends. Moving to another SDK means rewriting this
// file only.
import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
  TeamsInfo,
  TurnContext,
  type Activity,
} from "botbuilder";
import type { BotAuth } from "./connector/botAuth.js";
import type { ConnectorToken } from "./connector/botConnectorClient.js";
import { serviceUrlAllowed, type ServiceUrlPolicy } from "./connector/serviceUrlPolicy.js";
import type { BotPorts, Person } from "./ports.js";
import { botRoutes, FORGETTING_ROUTES } from "./routes.js";
import { incomingSchema, type Incoming } from "./turn/incoming.js";
import { withChannelNames, type TeamNames } from "./turn/channelNames.js";
import { recordFromActivity, refreshConversation } from "./turn/conversationRecord.js";
import type { BotRoute, Turn } from "./turn/turn.js";

/** botbuilder's settings for the identity (ConfigurationServiceClientCredentialFactory's names). */
function identitySettings(auth: BotAuth | undefined): Record<string, string | undefined> {
  if (!auth) return {};
  const { credential } = auth;
  return {
    MicrosoftAppId: auth.appId,
    MicrosoftAppType: auth.appType === "UserAssignedMSI" ? "UserAssignedMsi" : auth.appType,
    MicrosoftAppTenantId: auth.tenantId,
    MicrosoftAppPassword: credential.kind === "secret" ? credential.secret : undefined,
    CertificateThumbprint: credential.kind === "certificate" ? credential.thumbprint : undefined,
    CertificatePrivateKey: credential.kind === "certificate" ? credential.privateKey : undefined,
  };
}

/** Runs one turn: validate, pick a route, keep the conversation's record, answer invokes. */
export async function runTurn(context: TurnContext, ports: BotPorts, routes: BotRoute[] = botRoutes): Promise<void> {
  const parsed = incomingSchema.safeParse(context.activity);
  const isInvoke = context.activity.type === "invoke";
  if (!parsed.success) {
    if (isInvoke) await context.sendActivity({ type: "invokeResponse", value: { status: 400 } });
    return;
  }
  const activity = parsed.data;
  const route = routes.find((r) => r.select(activity));
  if (!route) {
    if (isInvoke) await context.sendActivity({ type: "invokeResponse", value: { status: 200 } });
    return;
  }
  const nowIso = new Date(ports.now()).toISOString();
  const conversation = FORGETTING_ROUTES.has(route.name)
    ? recordFromActivity(activity, undefined, ports.defaultLang, nowIso)
    : await withChannelNames(ports.conversations, await refreshConversation(ports.conversations, activity, ports.defaultLang, nowIso), (teamId) => lookUpTeam(context, teamId));
  let user: Promise<Person> | undefined;
  const turn: Turn = {
    activity,
    ports,
    conversation,
    lang: conversation.lang,
    send: async (reply) => void (await context.sendActivity(reply as Partial<Activity>)),
    user: () => (user ??= lookUpUser(context, activity)),
  };
  const result = await route.handle(turn);
  if (isInvoke) await context.sendActivity({ type: "invokeResponse", value: result ?? { status: 200 } });
}

/** The user's email comes from the Teams roster; outside Teams (tests) the activity's name and id do. */
async function lookUpUser(context: TurnContext, activity: Incoming): Promise<Person> {
  const fallback: Person = { id: activity.from.aadObjectId ?? activity.from.id, name: activity.from.name ?? "" };
  try {
    const member = await TeamsInfo.getMember(context, activity.from.id);
    return { ...fallback, id: member.aadObjectId ?? fallback.id, name: member.name ?? fallback.name, email: member.email ?? member.userPrincipalName ?? undefined };
  } catch {
    return fallback;
  }
}

/** The team's name and its channels' names, from the Bot Connector (GET /v3/teams/{id} and /v3/teams/{id}/conversations). */
async function lookUpTeam(context: TurnContext, teamId: string): Promise<TeamNames> {
  const [details, channels] = await Promise.all([TeamsInfo.getTeamDetails(context, teamId), TeamsInfo.getTeamChannels(context, teamId)]);
  return { name: details.name ?? undefined, channels: channels.map((c) => ({ id: c.id ?? "", name: c.name ?? undefined })) };
}

export interface BotHttpRequest {
  headers: Record<string, string>;
  /** A JSON object with string type, channelId and serviceUrl (the route checks its shape). */
  body: Record<string, unknown>;
}

export type BotHttpResponse =
  | { kind: "answered"; status: number; body?: unknown }
  /** Nothing ran and nothing was sent; the cause is logged, never returned. */
  | { kind: "refused"; reason: "unauthenticated" | "serviceUrlNotAllowed" | "authUnavailable" };

export interface BotEndpointOptions {
  auth: BotAuth | undefined;
  serviceUrls: ServiceUrlPolicy;
  /** Tests: the Bot Framework stand-in's OpenID metadata and the Bot Connector stand-in's fixed token. */
  standIn?: { openIdMetadataUrl?: string; connectorToken?: string };
  log: { warn(message: string, fields?: Record<string, unknown>): void; error(message: string, fields?: Record<string, unknown>): void };
}

/** Fetching the OpenID metadata and keys has no timeout of its own in botbuilder. */
const AUTHENTICATION_TIMEOUT_MS = 10_000;

/** CloudAdapter with its authenticated entry point opened: authentication happens before, here. */
class AuthenticatedAdapter extends CloudAdapter {
  runAuthenticated(result: Parameters<CloudAdapter["processActivity"]>[0], activity: Activity, logic: (context: TurnContext) => Promise<void>) {
    return this.processActivity(result as never, activity, logic);
  }
}

/**
 * The /api/messages endpoint. Every activity goes through botbuilder's Bot Framework JWT
 * validation (issuer, audience = the bot's app id, signature with the channel's published keys,
 * endorsement of the channel id, expiry); then its serviceUrl must equal the token's `serviceurl`
 * claim and be allowed by the policy. Only then does a turn run and may the bot send anything.
 */
export function createBotEndpoint(ports: BotPorts, options: BotEndpointOptions): (request: BotHttpRequest) => Promise<BotHttpResponse> {
  const authentication = new ConfigurationBotFrameworkAuthentication(endpointSettings(options), credentialsFactory(options));
  const adapter = new AuthenticatedAdapter(authentication);
  adapter.onTurnError = async (_context, error) => options.log.error("bot turn failed", { error: String(error) });
  return async (request) => {
    const activity = request.body as unknown as Activity;
    const header = request.headers.authorization ?? "";
    let result: Awaited<ReturnType<typeof authentication.authenticateRequest>>;
    try {
      result = await withTimeout(authentication.authenticateRequest(activity, header), AUTHENTICATION_TIMEOUT_MS);
    } catch (error) {
      const reason = refusalOf(error);
      options.log.warn("bot activity refused", { reason, cause: String(error), hasToken: header !== "" });
      return { kind: "refused", reason };
    }
    // botbuilder compares the claim only for channel tokens and only when the activity has a
    // serviceUrl; with an identity the claim is required here, whatever the token's kind.
    if (options.auth && result.claimsIdentity.getClaimValue("serviceurl") !== activity.serviceUrl) {
      options.log.warn("bot activity refused", { reason: "unauthenticated", cause: "serviceUrl differs from the token's serviceurl claim" });
      return { kind: "refused", reason: "unauthenticated" };
    }
    if (!serviceUrlAllowed(activity.serviceUrl, options.serviceUrls)) {
      options.log.warn("bot activity refused", { reason: "serviceUrlNotAllowed", serviceUrl: String(activity.serviceUrl).slice(0, 200) });
      return { kind: "refused", reason: "serviceUrlNotAllowed" };
    }
    const invoke = await adapter.runAuthenticated(result, activity, (context) => runTurn(context, ports));
    return { kind: "answered", status: invoke?.status ?? 200, body: invoke?.body };
  };
}

/** botbuilder's AuthenticationError carries statusCode 401; jsonwebtoken's errors come through unwrapped. */
function refusalOf(error: unknown): "unauthenticated" | "authUnavailable" {
  const { statusCode, name } = (error ?? {}) as { statusCode?: unknown; name?: unknown };
  if (statusCode === 401) return "unauthenticated";
  if (name === "JsonWebTokenError" || name === "TokenExpiredError" || name === "NotBeforeError") return "unauthenticated";
  // Metadata or keys unreachable or unreadable (AuthenticationError 500, node-fetch's FetchError), a timeout, or unknown.
  return "authUnavailable";
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * The public cloud's endpoints, with the OpenID metadata replaced in tests. Setting any endpoint
 * switches botbuilder to take all of them from the settings (BotFrameworkAuthenticationFactory),
 * so the others are given with the values of botframework-connector's AuthenticationConstants.
 */
function endpointSettings({ auth, standIn }: BotEndpointOptions): Record<string, string | undefined> {
  const metadata = standIn?.openIdMetadataUrl;
  if (!metadata) return identitySettings(auth);
  return {
    ...identitySettings(auth),
    ToChannelFromBotLoginUrl: "https://login.microsoftonline.com/botframework.com",
    ToChannelFromBotOAuthScope: "https://api.botframework.com",
    ToBotFromChannelTokenIssuer: "https://api.botframework.com",
    OAuthUrl: "https://api.botframework.com",
    ToBotFromChannelOpenIdMetadataUrl: metadata,
    ToBotFromEmulatorOpenIdMetadataUrl: metadata,
    CallerId: "urn:botframework:azure",
  };
}

/** botbuilder's credentials for replies; in tests, the Bot Connector stand-in's fixed token instead. */
function credentialsFactory({ auth, standIn }: BotEndpointOptions): ConfigurationServiceClientCredentialFactory {
  const token = standIn?.connectorToken;
  if (!token) return new ConfigurationServiceClientCredentialFactory(identitySettings(auth));
  return new (class extends ConfigurationServiceClientCredentialFactory {
    override createCredentials: ConfigurationServiceClientCredentialFactory["createCredentials"] = async () => ({
      signRequest: async (request) => {
        request.headers.set("Authorization", `Bearer ${token}`);
        return request;
      },
    });
  })(identitySettings(auth));
}

/** Bearer tokens for the Bot Connector from the bot's app credentials (cached and renewed by botbuilder). */
export function botFrameworkToken(auth: BotAuth): ConnectorToken {
  const factory = new ConfigurationServiceClientCredentialFactory(identitySettings(auth));
  const login = `https://login.microsoftonline.com/${auth.appType !== "MultiTenant" && auth.tenantId ? auth.tenantId : "botframework.com"}`;
  const credentials = factory.createCredentials(auth.appId, "https://api.botframework.com", login, true);
  return async () => {
    const c = (await credentials) as unknown as { getToken(force?: boolean): Promise<string> };
    return c.getToken();
  };
}

export { TurnContext };
