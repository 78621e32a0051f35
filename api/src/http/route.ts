// A route is plain data: where it listens, who may call it, and a handler of (request, caller,
// services). toHttpHandler turns it into an Azure Functions HTTP handler that authenticates,
// maps errors to problem+json and tags everything with a correlation id. The Functions app and
// the local host both serve routes through this one function.
import { randomUUID } from "node:crypto";
import type { HttpHandler, HttpRequest, HttpResponseInit, InvocationContext } from "@azure/functions";
import type { Principal } from "../auth/principal.js";
import { TokenError } from "../auth/tokenError.js";
import type { Services } from "../services.js";
import { MAX_BODY_BYTES } from "./body.js";
import { corsHeaders, preflightResponse } from "./cors.js";
import { languageOf, type Lang } from "./language.js";
import { internalErrorResponse, ProblemError, problemResponse, problems } from "./problem.js";
import { apiSecurityHeaders } from "./securityHeaders.js";
import { tokenProblem } from "./tokenProblem.js";
import { limitWrites } from "./writeRateLimit.js";

export type Access = "anonymous" | "user" | "coordinator";

export interface RouteInput<A extends Access> {
  request: HttpRequest;
  caller: A extends "anonymous" ? Principal | undefined : Principal;
  services: Services;
  lang: Lang;
  correlationId: string;
}

export interface Route<A extends Access = Access> {
  name: string;
  methods: ("GET" | "POST" | "PUT" | "PATCH" | "DELETE")[];
  /** Azure Functions route template under /api, e.g. "members/{id}". */
  route: string;
  access: A;
  handle(input: RouteInput<A>): Promise<HttpResponseInit>;
}

export const defineRoute = <A extends Access>(route: Route<A>): Route => route as unknown as Route;

/** What the route table says of a route: all the Functions app and the authentication need. */
export type RouteInfo = Omit<Route, "handle">;

export type LazyRoute = Route & { load(): Promise<Route> };

/**
 * A route whose handler module is imported on its first request, so that a cold start loads only
 * what it serves. A module whose route differs from the table's is refused (a 500, every time)
 * rather than served under the table's access.
 */
export function lazyRoute(info: RouteInfo, importRoute: () => Promise<Route>): LazyRoute {
  let loaded: Promise<Route> | undefined;
  const load = () =>
    (loaded ??= importRoute().then((route) => {
      const same = route.name === info.name && route.route === info.route && route.access === info.access && route.methods.join() === info.methods.join();
      if (!same) throw new Error(`The route table's ${info.name} is not the route its module defines`);
      return route;
    }));
  return { ...info, load, handle: async (input) => (await load()).handle(input) };
}

const CORRELATION_ID = /^[A-Za-z0-9-]{8,64}$/;

export function toHttpHandler(route: Route, getServices: () => Promise<Services>): HttpHandler {
  return async (request: HttpRequest, context: InvocationContext): Promise<HttpResponseInit> => {
    const given = request.headers.get("x-correlation-id");
    const correlationId = given && CORRELATION_ID.test(given) ? given : randomUUID();
    const lang = languageOf(request.headers.get("accept-language"));
    const base = { "X-Correlation-Id": correlationId, ...apiSecurityHeaders };
    let cors: Record<string, string> = {};
    let response: HttpResponseInit;
    const started = performance.now();
    let services: Services | undefined;
    let caller: Principal | undefined;
    try {
      services = await getServices();
      const { allowedOrigins } = services.config.http;
      cors = corsHeaders(request.headers.get("origin"), allowedOrigins);
      if (request.method === "OPTIONS") {
        response = preflightResponse(request, allowedOrigins);
      } else {
        // Refused before anything is read or verified; parseBody checks the bytes it reads as well.
        if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) throw problems.tooLarge(MAX_BODY_BYTES);
        caller = await authenticate(route.access, request, services);
        limitWrites(services, request.method, caller);
        response = await route.handle({ request, caller: caller as Principal, services, lang, correlationId });
      }
    } catch (error) {
      if (error instanceof ProblemError) {
        response = problemResponse(error, lang, correlationId);
      } else {
        context.error(JSON.stringify({ message: "unhandled error", route: route.name, correlationId, error: String(error), stack: (error as Error)?.stack }));
        response = internalErrorResponse(lang, correlationId);
      }
    }
    // One structured line per request: the correlation id ties it to the tab's call and to the queue messages it causes.
    services?.log.info("request", { route: route.name, method: request.method, status: response.status ?? 200, ms: Math.round(performance.now() - started), correlationId, caller: caller?.id });
    return { ...response, headers: { ...base, ...cors, ...(response.headers as Record<string, string>) } };
  };
}

async function authenticate(access: Access, request: HttpRequest, services: Services): Promise<Principal | undefined> {
  if (access === "anonymous") return undefined;
  let caller: Principal;
  try {
    caller = await services.validateToken(request.headers.get("authorization"));
  } catch (error) {
    if (error instanceof TokenError) throw tokenProblem(error);
    throw error;
  }
  if (access === "coordinator" && caller.role !== "coordinator") throw problems.forbidden();
  return caller;
}

export const json = (body: unknown, status = 200): HttpResponseInit => ({ status, jsonBody: body });
