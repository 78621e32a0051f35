// A local stand-in for the Bot Connector REST API, the endpoints the bot uses:
//   POST /v3/conversations/{id}/activities[/{replyTo}]  send or reply (201 { id })
//   PUT  /v3/conversations/{id}/activities/{activityId} update a sent card in place (200 { id })
//   POST /v3/conversations                              open a 1:1 chat (201 { id })
// It enforces the Teams limits by arrival time (tenant 50/s; per conversation 7/1 s, 8/2 s,
// 60/30 s, 1,800/h), answering 429 with Retry-After when one would be exceeded; it can compress
// time (timeScale 10: 500/s, same ratios; Retry-After then has decimals). It injects failures:
// 403 with the MessageWritesBlocked body and 404 for a fixed share of conversations, and
// 429/412/5xx for a share of requests. A send that repeats an activity id already delivered to
// the conversation is answered with the first send's id and not delivered again (idempotent).
// Everything delivered is recorded, so tests can count lost and duplicated messages.
// Like the service, it answers 401 to a request without the bot's bearer token (here: the
// stand-in's fixed token, BOT_CONNECTOR_TOKEN on the API's side), with the body the service
// sends (learn.microsoft.com/answers/questions/434916: "Authorization has been denied for this
// request."); the Bot Connector API reference lists 401 for a bot that is not authorized yet.
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { TEAMS_LIMITS, timeScaled, type TeamsLimits } from "../../bot/src/delivery/teamsLimits.js";
import { ArrivalLog } from "./arrivalLog.js";
import { seededRandom, stableFraction } from "./random.js";

/** The bearer token the stand-in accepts unless told otherwise (the API's BOT_CONNECTOR_TOKEN in tests). */
export const BOT_CONNECTOR_STAND_IN_TOKEN = "bot-connector-stand-in-token";

export interface InjectedFailures {
  /** Share of conversations whose user blocked the bot (403 MessageWritesBlocked on every send). */
  blocked?: number;
  /** Share of conversations that no longer exist (404 on every send). */
  gone?: number;
  /** Share of requests answered 429 (besides the real limits). */
  throttled?: number;
  /** Share of requests answered 502/503/504 or 412. */
  transient?: number;
}

export interface StandInOptions {
  timeScale?: number;
  limits?: TeamsLimits;
  failures?: InjectedFailures;
  seed?: number;
  /** Retry-After of injected 429s and 503s, in unscaled seconds. */
  retryAfterSeconds?: number;
  /** Which bearer tokens are the bot's; default: BOT_CONNECTOR_STAND_IN_TOKEN only. */
  acceptToken?: (token: string) => boolean;
}

export interface DeliveredActivity {
  conversationId: string;
  activityId: string;
  activity: Record<string, unknown>;
  at: number;
}

export interface StandInStats {
  requests: number;
  /** Requests answered 401: no bearer token, or not the bot's. */
  unauthorized: number;
  delivered: number;
  updated: number;
  /** 429s because a real limit would have been exceeded: the client's fault. */
  overLimit: number;
  injected: { throttled: number; transient: number; blocked: number; gone: number };
  /** Repeated sends of an already delivered activity id, answered without a second delivery. */
  replays: number;
  peakTenantInWindow: number;
  peakConversationInWindow: number[];
}

export interface BotConnectorStandIn {
  url: string;
  delivered: DeliveredActivity[];
  /** Arrival times of the requests the limits counted: all but the over-limit 429s. */
  counted: number[];
  updates: DeliveredActivity[];
  stats: StandInStats;
  limits: TeamsLimits;
  /** Whether a conversation is one the stand-in treats as blocked (403) or gone (404). */
  isUnreachable(conversationId: string): "blocked" | "gone" | undefined;
  close(): Promise<void>;
}

export async function startBotConnectorStandIn(options: StandInOptions = {}): Promise<BotConnectorStandIn> {
  const timeScale = options.timeScale ?? 1;
  const limits = options.limits ?? timeScaled(TEAMS_LIMITS, timeScale);
  const failures = options.failures ?? {};
  const random = seededRandom(options.seed ?? 1);
  const retryAfter = String(((options.retryAfterSeconds ?? 1) / timeScale).toFixed(3));
  const acceptToken = options.acceptToken ?? ((token: string) => token === BOT_CONNECTOR_STAND_IN_TOKEN);
  const tenant = new ArrivalLog(limits.tenant.limit, limits.tenant.windowMs);
  const conversations = new Map<string, ArrivalLog[]>();
  const sentIds = new Map<string, string>();
  const delivered: DeliveredActivity[] = [];
  const counted: number[] = [];
  const updates: DeliveredActivity[] = [];
  const stats: StandInStats = {
    requests: 0,
    unauthorized: 0,
    delivered: 0,
    updated: 0,
    overLimit: 0,
    injected: { throttled: 0, transient: 0, blocked: 0, gone: 0 },
    replays: 0,
    peakTenantInWindow: 0,
    peakConversationInWindow: limits.conversation.map(() => 0),
  };
  let nextId = 1;

  const isUnreachable = (conversationId: string) =>
    stableFraction(conversationId, 1) < (failures.blocked ?? 0) ? ("blocked" as const) : stableFraction(conversationId, 2) < (failures.gone ?? 0) ? ("gone" as const) : undefined;
  const logsOf = (conversationId: string) => {
    let logs = conversations.get(conversationId);
    if (!logs) conversations.set(conversationId, (logs = limits.conversation.map((w) => new ArrivalLog(w.limit, w.windowMs))));
    return logs;
  };

  /** Applies the limits and the injected failures; undefined when the request goes through. */
  function gate(conversationId: string): { status: number; body: unknown; headers?: Record<string, string> } | undefined {
    const now = performance.now();
    const logs = logsOf(conversationId);
    if (tenant.full(now) || logs.some((l) => l.full(now))) {
      stats.overLimit++;
      return { status: 429, headers: { "Retry-After": retryAfter }, body: { error: { code: "Throttled", message: "Too many requests" } } };
    }
    tenant.record(now);
    for (const log of logs) log.record(now);
    counted.push(now);
    stats.peakTenantInWindow = tenant.peak;
    logs.forEach((l, i) => (stats.peakConversationInWindow[i] = Math.max(stats.peakConversationInWindow[i]!, l.peak)));
    const unreachable = isUnreachable(conversationId);
    if (unreachable === "blocked") {
      stats.injected.blocked++;
      return { status: 403, body: { error: { code: "ConversationBlockedByUser", message: "User blocked the conversation with the bot.", subCode: "MessageWritesBlocked" } } };
    }
    if (unreachable === "gone") {
      stats.injected.gone++;
      return { status: 404, body: { error: { code: "ConversationNotFound", message: "Conversation not found." } } };
    }
    const roll = random();
    if (roll < (failures.throttled ?? 0)) {
      stats.injected.throttled++;
      return { status: 429, headers: { "Retry-After": retryAfter }, body: { error: { code: "Throttled", message: "Too many requests" } } };
    }
    if (roll < (failures.throttled ?? 0) + (failures.transient ?? 0)) {
      stats.injected.transient++;
      const status = [412, 502, 503, 504][Math.floor(random() * 4)]!;
      return { status, headers: status === 503 ? { "Retry-After": retryAfter } : undefined, body: { error: { code: "ServiceError", message: "Injected failure" } } };
    }
    return undefined;
  }

  const server: Server = createServer(async (req, res) => {
    const reply = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { "Content-Type": "application/json", ...headers }).end(JSON.stringify(body));
    };
    try {
      const url = new URL(req.url ?? "/", "http://stand-in");
      const body = (await readJson(req)) as Record<string, unknown> | undefined;
      stats.requests++;
      const bearer = /^Bearer (\S+)$/.exec(req.headers.authorization ?? "")?.[1];
      if (!bearer || !acceptToken(bearer)) {
        stats.unauthorized++;
        return reply(401, { message: "Authorization has been denied for this request." });
      }
      // A reply (POST .../activities/{replyToId}) is delivered like a send.
      const send = req.method === "POST" ? /^\/v3\/conversations\/([^/]+)\/activities(?:\/[^/]+)?\/?$/.exec(url.pathname) : null;
      const update = /^\/v3\/conversations\/([^/]+)\/activities\/([^/]+)$/.exec(url.pathname);
      if (req.method === "POST" && send) {
        const conversationId = decodeURIComponent(send[1]!);
        if (!body || body.type !== "message") return reply(400, { error: { code: "BadArgument", message: "An activity of type message is required." } });
        const refused = gate(conversationId);
        if (refused) return reply(refused.status, refused.body, refused.headers);
        const clientId = typeof body.id === "string" ? body.id : undefined;
        const known = clientId && sentIds.get(`${conversationId}\n${clientId}`);
        if (known) {
          stats.replays++;
          return reply(201, { id: known });
        }
        const activityId = `1:${nextId++}`;
        if (clientId) sentIds.set(`${conversationId}\n${clientId}`, activityId);
        delivered.push({ conversationId, activityId, activity: body, at: performance.now() });
        stats.delivered++;
        return reply(201, { id: activityId });
      }
      if (req.method === "PUT" && update) {
        const conversationId = decodeURIComponent(update[1]!);
        const refused = gate(conversationId);
        if (refused) return reply(refused.status, refused.body, refused.headers);
        const activityId = decodeURIComponent(update[2]!);
        if (!delivered.some((d) => d.conversationId === conversationId && d.activityId === activityId)) {
          return reply(404, { error: { code: "ActivityNotFound", message: "Activity not found." } });
        }
        updates.push({ conversationId, activityId, activity: body ?? {}, at: performance.now() });
        stats.updated++;
        return reply(200, { id: activityId });
      }
      if (req.method === "POST" && url.pathname.replace(/\/$/, "") === "/v3/conversations") {
        const members = (body?.members as { id?: string }[] | undefined) ?? [];
        if (!members[0]?.id) return reply(400, { error: { code: "BadArgument", message: "members[0].id is required." } });
        return reply(201, { id: `a:personal-${members[0].id}` });
      }
      reply(404, { error: { code: "NotFound", message: `No route for ${req.method} ${url.pathname}` } });
    } catch (error) {
      reply(500, { error: { code: "StandInError", message: String(error) } });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    delivered,
    counted,
    updates,
    stats,
    limits,
    isUnreachable,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function readJson(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const text = Buffer.concat(chunks).toString("utf8");
      try {
        resolve(text ? JSON.parse(text) : undefined);
      } catch {
        resolve(undefined);
      }
    });
    req.on("error", reject);
  });
}
