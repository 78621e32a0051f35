// The Teams part of the Microsoft Graph stand-in, on its own loopback port: the requests of
// proactive installation, answered as Graph v1.0 documents them, never kinder:
//   POST /users/{id}/teamwork/installedApps   201 with no body ("Install app for user"); 409
//        when the app is already installed for her; 400 without a valid teamsApp@odata.bind
//   GET  /users/{id}/teamwork/installedApps   "List apps installed for user": only
//        $expand=teamsApp and $filter=teamsApp/id eq '{id}' are understood (400 otherwise)
//   GET  /users/{id}/teamwork/installedApps/{installation}/chat   "Get chat between user and
//        teamsApp" (404 for an installation that is not hers)
// Errors the docs do not spell out are answered as Graph answers in practice (Company
// Communicator's issues #285, #889, #1537; Graph's permission errors): 404 NotFound for an
// unknown user, 403 Forbidden "App is blocked by app permission policy. ..." (inner
// AccessDenied), 403 "Failed to get license information for the user. ...", and, while the
// app lacks its permission, 403 "Missing role permissions on the request. ...".
// Limits ("Microsoft Graph service-specific throttling limits", Teams, per app per tenant):
// GET installedApps 60 a second, POST installedApps 30 a second, counted by arrival in a
// sliding second; over it, 429 TooManyRequests with Retry-After in decimal seconds. Time can be
// compressed by a factor, as the Bot Connector stand-in's. Tests can inject 429s and 503s.
// Bearer token required (401 InvalidAuthenticationToken), as the SharePoint stand-in.
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { ArrivalLog } from "../../bot-connector-stand-in/arrivalLog.js";
import { readJson } from "../server.js";
import { TeamworkModel } from "./model.js";

export const TEAMWORK_LIMITS = { get: 60, post: 30 } as const;

export interface TeamworkStandInOptions {
  catalogAppId?: string;
  externalId?: string;
  botId?: string;
  timeScale?: number;
  acceptToken?: (token: string) => boolean;
  /** Retry-After of 429s and injected 503s, in unscaled seconds; null: none. */
  retryAfterSeconds?: number | null;
}

export interface TeamworkCounters {
  requests: number;
  /** POSTs that installed (201). */
  installs: number;
  conflicts: number;
  /** 429s because a limit would have been exceeded: the client's fault. */
  overLimit: number;
  injected: number;
  byStatus: Record<number, number>;
  peak: { get: number; post: number };
}

export interface TeamworkStandIn {
  url: string;
  model: TeamworkModel;
  counters: TeamworkCounters;
  /** The next `count` requests (after any already queued) answer `status` with Retry-After. */
  injectFaults(count: number, status?: 429 | 503): void;
  /** False: every request answers 403 for a missing permission (no admin consent). */
  setPermission(granted: boolean): void;
  close(): Promise<void>;
}

type Answer = { status: number; body?: unknown; headers?: Record<string, string> };

const error = (status: number, code: string, message: string, inner?: string): Answer => ({
  status,
  body: { error: { code, message, innerError: { ...(inner ? { code: inner } : {}), date: new Date().toISOString().slice(0, 19), "request-id": crypto.randomUUID() } } },
});

export async function startTeamworkStandIn(options: TeamworkStandInOptions = {}): Promise<TeamworkStandIn> {
  const timeScale = options.timeScale ?? 1;
  const model = new TeamworkModel(options.catalogAppId ?? crypto.randomUUID(), options.externalId ?? crypto.randomUUID(), options.botId ?? crypto.randomUUID());
  const acceptToken = options.acceptToken ?? ((t: string) => t === "stand-in-token");
  const retryAfter = options.retryAfterSeconds === undefined ? 1 : options.retryAfterSeconds;
  const retryHeaders = (): Record<string, string> => (retryAfter === null ? {} : { "Retry-After": String(retryAfter / timeScale) });
  const logs = { get: new ArrivalLog(TEAMWORK_LIMITS.get, 1000 / timeScale), post: new ArrivalLog(TEAMWORK_LIMITS.post, 1000 / timeScale) };
  const counters: TeamworkCounters = { requests: 0, installs: 0, conflicts: 0, overLimit: 0, injected: 0, byStatus: {}, peak: { get: 0, post: 0 } };
  const faults: (429 | 503)[] = [];
  let permission = true;
  let origin = "";

  const answer = (method: string, path: string, query: URLSearchParams, body: unknown): Answer => {
    const kind = method === "GET" ? "get" : "post";
    const now = performance.now();
    // Throttled requests count towards the limit too: the service saw them arrive.
    const over = logs[kind].full(now);
    logs[kind].record(now);
    counters.peak[kind] = Math.max(counters.peak[kind], logs[kind].peak);
    if (over) {
      counters.overLimit++;
      return { ...error(429, "TooManyRequests", "Too many requests."), headers: retryHeaders() };
    }
    const fault = faults.shift();
    if (fault) {
      counters.injected++;
      return fault === 429 ? { ...error(429, "TooManyRequests", "Too many requests."), headers: retryHeaders() } : { ...error(503, "ServiceUnavailable", "The service is temporarily unavailable."), headers: retryHeaders() };
    }
    if (!permission) {
      return error(403, "Forbidden", "Missing role permissions on the request. API requires one of 'TeamsAppInstallation.ReadWriteSelfForUser.All, TeamsAppInstallation.ReadWriteForUser.All'. Roles on the request ''.");
    }
    const match = /^\/users\/([^/]+)\/teamwork\/installedApps(?:\/([^/]+)\/(chat))?$/.exec(path);
    if (!match) return error(400, "BadRequest", `Resource not found for the segment '${path.split("/").pop()}'.`);
    const user = model.user(decodeURIComponent(match[1]!));
    if (!user) return error(404, "NotFound", "Not Found");
    if (match[3] === "chat") {
      if (method !== "GET") return error(405, "BadRequest", "The HTTP method is not allowed.");
      const installation = model.installationOf(user.id);
      if (!installation || installation.id !== decodeURIComponent(match[2]!)) return error(404, "NotFound", "Not Found");
      return { status: 200, body: { "@odata.context": `${origin}/v1.0/$metadata#chats/$entity`, id: installation.chatId, chatType: "oneOnOne", tenantId: "stand-in", webUrl: `https://teams.microsoft.com/l/chat/${encodeURIComponent(installation.chatId)}/0` } };
    }
    if (match[2]) return error(400, "BadRequest", "Only the installation's chat is served.");
    if (method === "GET") return list(user.id, query);
    if (method !== "POST") return error(405, "BadRequest", "The HTTP method is not allowed.");
    const bind = (body as Record<string, unknown> | undefined)?.["teamsApp@odata.bind"];
    const appId = typeof bind === "string" ? /\/v1\.0\/appCatalogs\/teamsApps\/([^/]+)$/.exec(bind)?.[1] : undefined;
    if (!appId) return error(400, "BadRequest", "teamsApp@odata.bind is missing or not a teamsApp of the catalogue.");
    if (appId !== model.catalogAppId) return error(404, "NotFound", "Not Found");
    if (!user.licensed) return error(403, "Forbidden", "Failed to get license information for the user. Ensure user has a valid Office365 license assigned to them.");
    if (user.blockedByPolicy) {
      const detail = `App is blocked by app permission policy. TenantId: stand-in, UserObjectId: ${user.id}, AppId: ${model.externalId}, AppType: Private`;
      return error(403, "Forbidden", detail, "AccessDenied");
    }
    if (model.installationOf(user.id)) {
      counters.conflicts++;
      return error(409, "Conflict", "App is already installed.");
    }
    model.install(user.id);
    counters.installs++;
    model.installsPerUser.set(user.id, (model.installsPerUser.get(user.id) ?? 0) + 1);
    return { status: 201 };
  };

  const list = (userId: string, query: URLSearchParams): Answer => {
    const expand = query.get("$expand");
    const filter = query.get("$filter");
    if (expand !== null && expand !== "teamsApp") return error(400, "BadRequest", `Could not find a property named '${expand}'.`);
    const wanted = filter === null ? undefined : /^teamsApp\/id eq '([^']+)'$/.exec(filter)?.[1];
    if (filter !== null && !wanted) return error(400, "BadRequest", "Invalid filter clause.");
    if (filter !== null && expand !== "teamsApp") return error(400, "BadRequest", "Filtering on teamsApp needs $expand=teamsApp.");
    const installation = model.installationOf(userId);
    const value = installation && (!wanted || wanted === model.catalogAppId)
      ? [{ id: installation.id, ...(expand ? { teamsApp: { id: model.catalogAppId, externalId: model.externalId, displayName: "Campus Westum", distributionMethod: "organization" } } : {}) }]
      : [];
    return { status: 200, body: { "@odata.context": `${origin}/v1.0/$metadata#users('${userId}')/teamwork/installedApps`, value } };
  };

  const server = createServer(async (req, res) => {
    counters.requests++;
    const auth = req.headers.authorization ?? "";
    let result: Answer;
    if (!/^Bearer \S+$/.test(auth) || !acceptToken(auth.slice(7))) {
      result = error(401, "InvalidAuthenticationToken", "Access token is empty or invalid.");
    } else {
      const url = new URL(req.url ?? "/", origin);
      const body = await readJson(req).catch(() => "malformed");
      if (body === "malformed") result = error(400, "BadRequest", "Unable to read JSON request payload.");
      else if (!url.pathname.startsWith("/v1.0/")) result = error(404, "invalidRequest", "Only /v1.0 is served");
      else result = answer(req.method ?? "GET", url.pathname.slice("/v1.0".length), url.searchParams, body);
    }
    counters.byStatus[result.status] = (counters.byStatus[result.status] ?? 0) + 1;
    send(res, result);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: origin,
    model,
    counters,
    injectFaults: (count, status = 429) => faults.push(...Array.from({ length: count }, () => status)),
    setPermission: (granted) => void (permission = granted),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function send(res: ServerResponse, answer: Answer): void {
  const headers: Record<string, string> = { ...answer.headers };
  if (answer.body === undefined) return void res.writeHead(answer.status, headers).end();
  headers["Content-Type"] = "application/json;odata.metadata=minimal";
  res.writeHead(answer.status, headers).end(JSON.stringify(answer.body));
}

/** The API settings that point proactive installation at this stand-in, sending through `serviceUrl`. */
export function proactiveInstallEnv(standIn: TeamworkStandIn, serviceUrl: string): Record<string, string> {
  return {
    BOT_INSTALL_APP_ID: standIn.model.catalogAppId,
    BOT_INSTALL_SERVICE_URL: serviceUrl,
    GRAPH_BASE_URL: standIn.url,
    GRAPH_ACCESS_TOKEN: "stand-in-token",
    SHAREPOINT_SITE: "stand-in.sharepoint.com,site,web",
  };
}
