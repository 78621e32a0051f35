// The stand-in's HTTP face on loopback: checks the bearer token, injects faults, counts requests
// and resource units, and serves $batch (at most 20 requests, each throttled on its own).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { count, emptyCounters, type Counters } from "./costs.js";
import { FaultPlan, type Fault } from "./faults.js";
import { grantAllows, type SiteRole } from "./grants.js";
import type { StandInModel } from "./model.js";
import { graphError, route, type StandInRequest, type StandInResponse } from "./routes.js";

const MAX_BATCH = 20;

export interface StandInServer {
  url: string;
  counters: Counters;
  faults: FaultPlan;
  /** User agents seen, for checking traffic decoration. */
  userAgents: Set<string>;
  /** Sets the app's Sites.Selected role on the site (grants.ts); fullcontrol unless a test lowers it. */
  setGrant(role: SiteRole): void;
  /** Runs `action` when `requests` more requests have arrived (before answering that one). */
  afterRequests(requests: number, action: () => void): void;
  /** Called with every plain request (not those inside a $batch) before it is answered. */
  onRequest(listener: ((request: { method: string; path: string }) => void) | undefined): void;
  close(): Promise<void>;
}

export async function serveStandIn(model: StandInModel, acceptToken: (token: string) => boolean): Promise<StandInServer> {
  const state = { counters: emptyCounters(), faults: new FaultPlan(), userAgents: new Set<string>() };
  let grant: SiteRole = "fullcontrol";
  let origin = "";
  let trigger: { at: number; action: () => void } | undefined;
  let listener: ((request: { method: string; path: string }) => void) | undefined;

  const answer = (req: Omit<StandInRequest, "origin">): StandInResponse | "drop" => {
    if (req.path.startsWith("/sites/") && !grantAllows(grant, req.method, req.path)) {
      const denied = graphError(403, "accessDenied", "Access denied");
      count(state.counters, denied.kind, denied.status);
      return denied;
    }
    const fault = state.faults.next(req.path);
    if (fault === "410") {
      // An expired token is the model's state, not a canned answer: the list's tokens expire
      // and the request is answered as any request with an old token is.
      state.counters.faultsInjected++;
      const list = /\/lists\/([^/]+)\/items\/delta$/.exec(req.path)?.[1];
      const found = list ? model.findList(list) : undefined;
      if (found) model.expireDeltaTokens(found);
    } else if (fault === "lost") {
      state.counters.faultsInjected++;
      const done = route(model, { ...req, origin });
      count(state.counters, done.kind, done.status);
      return "drop";
    } else if (fault) {
      state.counters.faultsInjected++;
      const faulted = faultResponse(fault, state.faults.retryAfterSeconds);
      // Throttled requests count toward the limits too; a dropped one never arrived whole.
      if (faulted !== "drop") count(state.counters, faulted.kind, faulted.status);
      return faulted;
    }
    const response = route(model, { ...req, origin });
    count(state.counters, response.kind, response.status);
    return response;
  };

  const server: Server = createServer(async (incoming, res) => {
    try {
      state.counters.requests++;
      if (trigger && state.counters.requests >= trigger.at) {
        trigger.action();
        trigger = undefined;
      }
      state.userAgents.add(incoming.headers["user-agent"] ?? "");
      const auth = incoming.headers.authorization ?? "";
      if (!/^Bearer \S+$/.test(auth) || !acceptToken(auth.slice(7))) {
        return send(res, graphError(401, "InvalidAuthenticationToken", "Access token is empty or invalid."));
      }
      const url = new URL(incoming.url ?? "/", origin);
      if (!url.pathname.startsWith("/v1.0/")) return send(res, graphError(404, "invalidRequest", "Only /v1.0 is served"));
      const body = await readJson(incoming);
      const path = url.pathname.slice("/v1.0".length);
      const headers = lowerCase(incoming.headers);
      if (path === "/$batch" && incoming.method === "POST") {
        const envelope = batch(body, headers, answer, state.counters);
        count(state.counters, "batch", envelope.status);
        return send(res, envelope);
      }
      listener?.({ method: incoming.method ?? "GET", path });
      const result = answer({ method: incoming.method ?? "GET", path, query: url.searchParams, headers, body });
      if (result === "drop") return void incoming.socket.destroy();
      send(res, result);
    } catch (error) {
      send(res, graphError(500, "generalException", String(error)));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: origin,
    ...state,
    setGrant: (role) => void (grant = role),
    afterRequests: (requests, action) => (trigger = { at: state.counters.requests + requests, action }),
    onRequest: (given) => (listener = given),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

interface BatchBody {
  requests?: { id: string; method: string; url: string; headers?: Record<string, string>; body?: unknown }[];
}

function batch(body: unknown, outer: Record<string, string>, answer: (r: Omit<StandInRequest, "origin">) => StandInResponse | "drop", counters: Counters): StandInResponse {
  const requests = (body as BatchBody)?.requests;
  if (!Array.isArray(requests) || requests.length === 0) return graphError(400, "BadRequest", "A batch needs requests.", "batch");
  if (requests.length > MAX_BATCH) return graphError(400, "BadRequest", `Number of batch request steps exceeds the maximum of ${MAX_BATCH}.`, "batch");
  const responses = requests.map((r) => {
    counters.batchedRequests++;
    const url = new URL(r.url.startsWith("/") ? r.url : `/${r.url}`, "http://batch");
    const headers = { ...lowerCase(r.headers ?? {}), authorization: outer.authorization ?? "" };
    const result = answer({ method: r.method, path: url.pathname, query: url.searchParams, headers, body: r.body });
    // A dropped connection inside a batch surfaces as a gateway error of that one request.
    const done = result === "drop" ? graphError(504, "gatewayTimeout", "The request timed out.") : result;
    return { id: r.id, status: done.status, headers: { "Content-Type": "application/json", ...done.headers }, body: done.body };
  });
  return { status: 200, kind: "batch", body: { responses } };
}

function faultResponse(fault: Exclude<Fault, "410" | "lost">, retryAfterSeconds: number | null): StandInResponse | "drop" {
  const retryAfter: Record<string, string> = retryAfterSeconds === null ? {} : { "Retry-After": String(retryAfterSeconds) };
  switch (fault) {
    case "429": return graphError(429, "activityLimitReached", "The request has been throttled.", "single", retryAfter);
    case "503": return graphError(503, "serviceNotAvailable", "The service is temporarily unavailable.", "single", retryAfter);
    case "drop": return "drop";
  }
}

function send(res: ServerResponse, response: StandInResponse): void {
  const headers: Record<string, string> = { ...response.headers };
  if (response.body === undefined) return void res.writeHead(response.status, headers).end();
  headers["Content-Type"] = "application/json;odata.metadata=minimal";
  res.writeHead(response.status, headers).end(JSON.stringify(response.body));
}

export function readJson(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const text = Buffer.concat(chunks).toString();
      try {
        resolve(text ? JSON.parse(text) : undefined);
      } catch (error) {
        reject(error);
      }
    });
    req.on("error", reject);
  });
}

function lowerCase(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).flatMap(([k, v]) => (v === undefined ? [] : [[k.toLowerCase(), Array.isArray(v) ? v.join(", ") : v]])));
}
