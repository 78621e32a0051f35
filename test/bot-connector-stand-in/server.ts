// A local stand-in for the Bot Connector REST API, the endpoints the bot uses:
//   POST /v3/conversations/{id}/activities[/{replyTo}]  send or reply (201 { id })
//   PUT  /v3/conversations/{id}/activities/{activityId} update a sent card in place (200 { id })
//   POST /v3/conversations                              open a 1:1 chat (201 { id })
//   GET  /v3/teams/{id}[/conversations]                 a team's name and its channels (teams.ts)
// It enforces the Teams limits by arrival time (tenant 50/s; per conversation 7/1 s, 8/2 s,
// 60/30 s, 1,800/h), answering 429 with Retry-After when one would be exceeded; it can compress
// time (timeScale 10: 500/s, same ratios). Retry-After comes as Graph and Teams send it:
// decimal seconds ("2.128"), long values, or not at all (Teams' docs do not promise it). It
// injects failures: for a fixed share of conversations, 403 with the body Teams documents for
// a user who blocked or uninstalled the bot (subCode MessageWritesBlocked), 404
// ConversationNotFound, or 403 BotDisabledByAdmin (a tenant's app policy; share 1 refuses the
// whole tenant); and 429/412/5xx for a share of requests.
// Like Teams, it delivers every send: Teams documents no de-duplication on the client's
// activity id. A repeat (same conversation and same client activity id, or the same content)
// is delivered again and recorded as a duplicate, so tests can count lost and duplicated
// messages. A request that comes before a Retry-After it was given has run out is counted.
// Like the service, it answers 401 to a request without the bot's bearer token (here: the
// stand-in's fixed token, BOT_CONNECTOR_TOKEN on the API's side), with the body the service
// sends (learn.microsoft.com/answers/questions/434916: "Authorization has been denied for this
// request."); the Bot Connector API reference lists 401 for a bot that is not authorized yet.
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { TEAMS_LIMITS, timeScaled, type TeamsLimits } from "../../bot/src/delivery/teamsLimits.js";
import { ArrivalLog } from "./arrivalLog.js";
import { seededRandom, stableFraction } from "./random.js";
import { teamAnswer, type StandInTeam } from "./teams.js";

/** The bearer token the stand-in accepts unless told otherwise (the API's BOT_CONNECTOR_TOKEN in tests). */
export const BOT_CONNECTOR_STAND_IN_TOKEN = "bot-connector-stand-in-token";

export interface InjectedFailures {
  /** Share of conversations whose user blocked the bot (403 MessageWritesBlocked on every send). */
  blocked?: number;
  /** Share of conversations that no longer exist (404 on every send). */
  gone?: number;
  /** Share of conversations an app policy refuses (403 BotDisabledByAdmin); 1: the whole tenant. */
  refused?: number;
  /** Share of requests answered 429 (besides the real limits). */
  throttled?: number;
  /** The first this many requests are answered 429: the whole app throttled for a moment. */
  throttledFirst?: number;
  /** Share of requests answered 502/503/504 or 412. */
  transient?: number;
}

export interface StandInOptions {
  timeScale?: number;
  limits?: TeamsLimits;
  failures?: InjectedFailures;
  seed?: number;
  /** Retry-After of 429s and 503s, in unscaled seconds (decimals kept); null: no Retry-After at all. */
  retryAfterSeconds?: number | null;
  /** Which bearer tokens are the bot's; default: BOT_CONNECTOR_STAND_IN_TOKEN only. */
  acceptToken?: (token: string) => boolean;
  /** The teams the bot is installed in, for the team endpoints (teams.ts); changed in place by tests. */
  teams?: StandInTeam[];
}

export interface DeliveredActivity {
  conversationId: string;
  activityId: string;
  activity: Record<string, unknown>;
  at: number;
  /** Set when this repeats an earlier delivery to the conversation: that delivery's activity id. */
  duplicateOf?: string;
}

export interface StandInStats {
  requests: number;
  /** Requests answered 401: no bearer token, or not the bot's. */
  unauthorized: number;
  delivered: number;
  updated: number;
  /** 429s because a real limit would have been exceeded: the client's fault. */
  overLimit: number;
  injected: { throttled: number; transient: number; blocked: number; gone: number; refused: number };
  /** Deliveries that repeat an earlier one to the same conversation (same client id or same content). */
  duplicates: number;
  /** Requests to a conversation before the Retry-After it was last given had run out. */
  earlyRetries: number;
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
  /** Whether a conversation is one the stand-in treats as blocked (403), gone (404) or refused by policy (403). */
  isUnreachable(conversationId: string): "blocked" | "gone" | "refused" | undefined;
  /** The teams it serves (options.teams): rename one here as Teams would. */
  teams: StandInTeam[];
  close(): Promise<void>;
}

export async function startBotConnectorStandIn(options: StandInOptions = {}): Promise<BotConnectorStandIn> {
  const timeScale = options.timeScale ?? 1;
  const limits = options.limits ?? timeScaled(TEAMS_LIMITS, timeScale);
  const failures = options.failures ?? {};
  const random = seededRandom(options.seed ?? 1);
  const retryAfterSeconds = options.retryAfterSeconds === undefined ? 1 : options.retryAfterSeconds;
  const acceptToken = options.acceptToken ?? ((token: string) => token === BOT_CONNECTOR_STAND_IN_TOKEN);
  const teams = options.teams ?? [];
  // Up to three decimals, as Graph sends them ("2.128"); none where the value is whole.
  const retryAfter = retryAfterSeconds === null ? undefined : String(Number((retryAfterSeconds / timeScale).toFixed(3)));
  const retryAfterHeaders = (conversationId: string): Record<string, string> | undefined => {
    if (retryAfter === undefined) return undefined;
    notBefore.set(conversationId, performance.now() + Number(retryAfter) * 1000);
    return { "Retry-After": retryAfter };
  };
  const notBefore = new Map<string, number>();
  const tenant = new ArrivalLog(limits.tenant.limit, limits.tenant.windowMs);
  const conversations = new Map<string, ArrivalLog[]>();
  /** Per conversation: what was delivered, by client activity id and by content. */
  const seen = new Map<string, Map<string, string>>();
  const delivered: DeliveredActivity[] = [];
  const counted: number[] = [];
  const updates: DeliveredActivity[] = [];
  const stats: StandInStats = {
    requests: 0,
    unauthorized: 0,
    delivered: 0,
    updated: 0,
    overLimit: 0,
    injected: { throttled: 0, transient: 0, blocked: 0, gone: 0, refused: 0 },
    duplicates: 0,
    earlyRetries: 0,
    peakTenantInWindow: 0,
    peakConversationInWindow: limits.conversation.map(() => 0),
  };
  let nextId = 1;

  const isUnreachable = (conversationId: string) =>
    stableFraction(conversationId, 1) < (failures.blocked ?? 0)
      ? ("blocked" as const)
      : stableFraction(conversationId, 2) < (failures.gone ?? 0)
        ? ("gone" as const)
        : stableFraction(conversationId, 3) < (failures.refused ?? 0)
          ? ("refused" as const)
          : undefined;
  const logsOf = (conversationId: string) => {
    let logs = conversations.get(conversationId);
    if (!logs) conversations.set(conversationId, (logs = limits.conversation.map((w) => new ArrivalLog(w.limit, w.windowMs))));
    return logs;
  };

  /** Applies the limits and the injected failures; undefined when the request goes through. */
  function gate(conversationId: string): { status: number; body: unknown; headers?: Record<string, string> } | undefined {
    const now = performance.now();
    if (now < (notBefore.get(conversationId) ?? 0)) stats.earlyRetries++;
    const logs = logsOf(conversationId);
    if (tenant.full(now) || logs.some((l) => l.full(now))) {
      stats.overLimit++;
      return { status: 429, headers: retryAfterHeaders(conversationId), body: { error: { code: "Throttled", message: "Too many requests" } } };
    }
    tenant.record(now);
    for (const log of logs) log.record(now);
    counted.push(now);
    stats.peakTenantInWindow = tenant.peak;
    logs.forEach((l, i) => (stats.peakConversationInWindow[i] = Math.max(stats.peakConversationInWindow[i]!, l.peak)));
    const unreachable = isUnreachable(conversationId);
    if (unreachable === "blocked") {
      stats.injected.blocked++;
      // The body Teams documents ("Send proactive messages": understand who blocked, muted, or uninstalled a bot).
      const details = { subCode: "MessageWritesBlocked", details: "Thread is blocked from message writes.", errorCode: null, errorSubCode: null };
      return { status: 403, body: { errorCode: 209, message: JSON.stringify(details, null, 2).replace(/\n/g, "\r\n") } };
    }
    if (unreachable === "refused") {
      stats.injected.refused++;
      return { status: 403, body: { error: { code: "BotDisabledByAdmin", message: "The tenant admin disabled this bot" } } };
    }
    if (unreachable === "gone") {
      stats.injected.gone++;
      return { status: 404, body: { error: { code: "ConversationNotFound", message: "Conversation not found." } } };
    }
    const roll = random();
    if (stats.requests <= (failures.throttledFirst ?? 0) || roll < (failures.throttled ?? 0)) {
      stats.injected.throttled++;
      return { status: 429, headers: retryAfterHeaders(conversationId), body: { error: { code: "Throttled", message: "Too many requests" } } };
    }
    if (roll < (failures.throttled ?? 0) + (failures.transient ?? 0)) {
      stats.injected.transient++;
      const status = [412, 502, 503, 504][Math.floor(random() * 4)]!;
      return { status, headers: status === 503 ? retryAfterHeaders(conversationId) : undefined, body: { error: { code: "ServiceError", message: "Injected failure" } } };
    }
    return undefined;
  }

  /** Remembers a delivery; the activity id of an earlier one it repeats, if any. */
  function recordDelivery(conversationId: string, activity: Record<string, unknown>, activityId: string): string | undefined {
    let keys = seen.get(conversationId);
    if (!keys) seen.set(conversationId, (keys = new Map()));
    const { id: clientId, ...content } = activity;
    const byContent = `content\n${JSON.stringify(content)}`;
    const byId = typeof clientId === "string" ? `id\n${clientId}` : undefined;
    const earlier = (byId && keys.get(byId)) || keys.get(byContent);
    if (byId && !keys.has(byId)) keys.set(byId, activityId);
    if (!keys.has(byContent)) keys.set(byContent, activityId);
    return earlier;
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
        const activityId = `1:${nextId++}`;
        const duplicateOf = recordDelivery(conversationId, body, activityId);
        if (duplicateOf) stats.duplicates++;
        delivered.push({ conversationId, activityId, activity: body, at: performance.now(), duplicateOf });
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
      const team = teamAnswer(req.method ?? "", url.pathname, teams);
      if (team) return reply(team.status, team.body);
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
    teams,
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
