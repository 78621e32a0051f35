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

/** Who a handler is called for: nobody in particular, any signed-in user, or a coordinator. */
export interface CallerOf {
  anonymous: Principal | undefined;
  user: Principal;
  coordinator: Principal & { role: "coordinator" };
}

export interface RouteInput<Caller> {
  request: HttpRequest;
  caller: Caller;
  services: Services;
  lang: Lang;
  correlationId: string;
}

/**
 * What a handler module exports: the answer to one request. Where it listens and who may call it
 * are the route table's (api/src/routes.ts); a handler written for coordinators does not compile in
 * an entry open to every user, nor one written for signed-in users in an anonymous entry.
 */
export type Handler<A extends Access = Access> = (input: RouteInput<CallerOf[A]>) => Promise<HttpResponseInit>;

/** A route of the table: where it listens, who may call it, and its handler. */
export interface Route<A extends Access = Access> {
  name: string;
  methods: ("GET" | "POST" | "PUT" | "PATCH" | "DELETE")[];
  /** Azure Functions route template under /api, e.g. "members/{id}". */
  route: string;
  access: A;
  handle: Handler<A>;
}

/** What the route table says of a route: all the Functions app and the authentication need. */
export type RouteInfo<A extends Access = Access> = Omit<Route<A>, "handle">;

export type LazyRoute = Route & { load(): Promise<Handler> };

/**
 * A route whose handler module is imported on its first request, so that a cold start loads only
 * what it serves. The table's entry is the one statement of the route's name, methods, path and
 * access; the module gives only the handler.
 */
export function lazyRoute<A extends Access>(info: RouteInfo<A>, importHandler: () => Promise<(input: RouteInput<CallerOf[NoInfer<A>]>) => Promise<HttpResponseInit>>): LazyRoute {
  let loaded: Promise<Handler<A>> | undefined;
  const load = () => (loaded ??= importHandler());
  return { ...(info as RouteInfo), load: load as () => Promise<Handler>, handle: async (input) => (await load())(input as RouteInput<CallerOf[A]>) };
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
