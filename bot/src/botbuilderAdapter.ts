// The one module that imports botbuilder. It authenticates incoming requests (the Bot
// Connector's JWT in production; none in local mode, where the Agents Playground talks to the
// bot without an app id), turns botbuilder's TurnContext into the bot's own Turn, runs the
// first matching route, and gets Bot Framework tokens for proactive sends. Moving to the
// Microsoft 365 Agents SDK means rewriting this file only.
import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
  TeamsInfo,
  TurnContext,
  type Activity,
} from "botbuilder";
import type { ConnectorToken } from "./connector/botConnectorClient.js";
import type { BotPorts, Person } from "./ports.js";
import { botRoutes, FORGETTING_ROUTES } from "./routes.js";
import { incomingSchema, type Incoming } from "./turn/incoming.js";
import { recordFromActivity, refreshConversation } from "./turn/conversationRecord.js";
import type { BotRoute, Turn } from "./turn/turn.js";

export interface BotAuth {
  appId: string;
  password: string;
  tenantId?: string;
  appType: "SingleTenant" | "MultiTenant" | "UserAssignedMSI";
}

const settingsOf = (auth: BotAuth | undefined) =>
  auth ? { MicrosoftAppId: auth.appId, MicrosoftAppPassword: auth.password, MicrosoftAppType: auth.appType, MicrosoftAppTenantId: auth.tenantId } : {};

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
    : await refreshConversation(ports.conversations, activity, ports.defaultLang, nowIso);
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

export interface BotHttpRequest {
  headers: Record<string, string>;
  body: unknown;
}

export interface BotHttpResponse {
  status: number;
  body?: unknown;
}

/** The /api/messages endpoint: botbuilder's CloudAdapter behind a plain request/response. */
export function createBotEndpoint(ports: BotPorts, auth: BotAuth | undefined, onError: (error: unknown) => void): (request: BotHttpRequest) => Promise<BotHttpResponse> {
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication(settingsOf(auth)));
  adapter.onTurnError = async (_context, error) => onError(error);
  return async (request) => {
    const response: BotHttpResponse = { status: 200 };
    const res = {
      socket: null,
      header: () => undefined,
      status: (code: number) => void (response.status = code),
      send: (body?: unknown) => void (response.body = body),
      end: () => undefined,
    };
    const body = (typeof request.body === "object" && request.body !== null ? request.body : {}) as Record<string, unknown>;
    await adapter.process({ body, headers: request.headers, method: "POST" }, res, (context) => runTurn(context, ports));
    return response;
  };
}

/** Bearer tokens for the Bot Connector from the bot's app credentials (cached and renewed by botbuilder). */
export function botFrameworkToken(auth: BotAuth): ConnectorToken {
  const factory = new ConfigurationServiceClientCredentialFactory(settingsOf(auth));
  const login = `https://login.microsoftonline.com/${auth.appType === "SingleTenant" && auth.tenantId ? auth.tenantId : "botframework.com"}`;
  const credentials = factory.createCredentials(auth.appId, "https://api.botframework.com", login, true);
  return async () => {
    const c = (await credentials) as unknown as { getToken(force?: boolean): Promise<string> };
    return c.getToken();
  };
}

export { TurnContext };
