// A route is plain data: where it listens, who may call it, and a handler of (request, caller,
// services). toHttpHandler turns it into an Azure Functions HTTP handler that authenticates,
// maps errors to problem+json and tags everything with a correlation id. The Functions app and
// the local host both serve routes through this one function.
// A probe (health) is the one kind of route that does not get the services: it answers from the
// configuration and storage alone, so a cold start's first probe does not build the stores.
import { randomUUID } from "node:crypto";
import type { HttpHandler, HttpRequest, HttpResponseInit, InvocationContext } from "@azure/functions";
import type { Principal } from "../auth/principal.js";
import { TokenError } from "../auth/tokenError.js";
import type { Config } from "../config.js";
import type { Logger } from "../logger.js";
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
  /** Routes other than probes get the services. */
  kind?: undefined;
  handle: Handler<A>;
}

/** What the route table says of a route: all the Functions app and the authentication need. */
export type RouteInfo<A extends Access = Access> = Omit<Route<A>, "handle" | "kind">;

/** What a probe gets: no caller and no services, but the host, whose services it may read if they are built. */
export interface ProbeInput {
  request: HttpRequest;
  host: RouteHost;
  lang: Lang;
  correlationId: string;
}

export type ProbeHandler = (input: ProbeInput) => Promise<HttpResponseInit>;

/** A route that answers without the services (and without a token). */
export interface ProbeRoute extends RouteInfo<"anonymous"> {
  kind: "probe";
  handle: ProbeHandler;
}

export type LazyRoute = (Route & { load(): Promise<Handler> }) | (ProbeRoute & { load(): Promise<ProbeHandler> });

/**
 * What serves the routes: the configuration and the logger, known at start, and the services,
 * built (and their modules imported) by the first request that needs them.
 */
export interface RouteHost {
  config: Config;
  log: Logger;
  services(): Promise<Services>;
  /** The services if a request has built them already; a probe reads them without building them. */
  built(): Services | undefined;
}

/** A host that builds its services on first use; a failed build is tried again by the next request. */
export function lazyRouteHost(config: Config, log: Logger, build: () => Promise<Services>): RouteHost {
  let building: Promise<Services> | undefined;
  let built: Services | undefined;
  return {
    config,
    log,
    services: () =>
      (building ??= build().then(
        (services) => (built = services),
        (error: unknown) => {
          building = undefined;
          throw error;
        },
      )),
    built: () => built,
  };
}

/** A host around services built already (the local host, tests). */
export const routeHostOf = (services: Services): RouteHost => ({ config: services.config, log: services.log, services: async () => services, built: () => services });

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

/** A probe whose handler module is imported on its first request. */
export function lazyProbe(info: RouteInfo<"anonymous">, importHandler: () => Promise<ProbeHandler>): LazyRoute {
  let loaded: Promise<ProbeHandler> | undefined;
  const load = () => (loaded ??= importHandler());
  return { ...info, kind: "probe", load, handle: async (input) => (await load())(input) };
}

const CORRELATION_ID = /^[A-Za-z0-9-]{8,64}$/;

export function toHttpHandler(route: Route | ProbeRoute, host: RouteHost): HttpHandler {
  return async (request: HttpRequest, context: InvocationContext): Promise<HttpResponseInit> => {
    const given = request.headers.get("x-correlation-id");
    const correlationId = given && CORRELATION_ID.test(given) ? given : randomUUID();
    const lang = languageOf(request.headers.get("accept-language"));
    const base = { "X-Correlation-Id": correlationId, ...apiSecurityHeaders };
    const { allowedOrigins } = host.config.http;
    const cors = corsHeaders(request.headers.get("origin"), allowedOrigins);
    let response: HttpResponseInit;
    const started = performance.now();
    let caller: Principal | undefined;
    try {
      if (request.method === "OPTIONS") {
        response = preflightResponse(request, allowedOrigins);
      } else if (route.kind === "probe") {
        response = await route.handle({ request, host, lang, correlationId });
      } else {
        // Refused before anything is read or verified; parseBody checks the bytes it reads as well.
        if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) throw problems.tooLarge(MAX_BODY_BYTES);
        const services = await host.services();
        caller = await authenticate(route.access, request, services);
        limitWrites(host.config, request.method, caller);
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
    host.log.info("request", { route: route.name, method: request.method, status: response.status ?? 200, ms: Math.round(performance.now() - started), correlationId, caller: caller?.id });
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
