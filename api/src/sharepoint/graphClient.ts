// The Microsoft Graph client of the API: @microsoft/microsoft-graph-client with our behaviors
// as its middleware chain, in pnpjs's spirit (each cross-cutting concern one small step):
//   user agent -> retry (429/503/504, Retry-After) -> meter (requests, RU) -> bearer token -> fetch with timeout
// The base URL is configurable so that tests and offline development talk to the stand-in.
import { Client, type Middleware } from "@microsoft/microsoft-graph-client";
import { BearerTokenBehavior } from "./behaviors/bearerToken.js";
import { GraphMeter, MeterBehavior } from "./behaviors/meter.js";
import { DEFAULT_RETRY, RetryBehavior, type RetryOptions } from "./behaviors/retry.js";
import { FetchTransport } from "./behaviors/transport.js";
import { decoratedUserAgent, UserAgentBehavior } from "./behaviors/userAgent.js";
import type { GraphTokenProvider } from "./tokenProvider.js";

export const GRAPH_ORIGIN = "https://graph.microsoft.com";
export const GRAPH_VERSION = "v1.0";

export interface GraphClientOptions {
  tokens: GraphTokenProvider;
  /** Origin of Graph; the stand-in's loopback origin in tests. */
  baseUrl?: string;
  appVersion: string;
  retry?: Partial<RetryOptions>;
  timeoutMs?: number;
  meter?: GraphMeter;
  /** Paces requests to a service's own limits (Teams' installation limits); after retry, so retries are paced too. */
  limiter?: Middleware;
}

export interface GraphConnection {
  client: Client;
  baseUrl: string;
  meter: GraphMeter;
  /** A nextLink or deltaLink as a path the client accepts; refuses links to any other host. */
  relative(link: string): string;
}

export function createGraphClient(options: GraphClientOptions): GraphConnection {
  const baseUrl = (options.baseUrl ?? GRAPH_ORIGIN).replace(/\/+$/, "");
  const origin = new URL(baseUrl).origin;
  const meter = options.meter ?? new GraphMeter();
  const chain = [
    new UserAgentBehavior(decoratedUserAgent("Nätverk Westum", "CampusWestum", options.appVersion)),
    new RetryBehavior({ ...DEFAULT_RETRY, ...options.retry }),
    ...(options.limiter ? [options.limiter] : []),
    new MeterBehavior(meter),
    new BearerTokenBehavior(options.tokens, origin),
    new FetchTransport(options.timeoutMs),
  ];
  const client = Client.initWithMiddleware({ middleware: chain, baseUrl, defaultVersion: GRAPH_VERSION });
  const prefix = `${baseUrl}/${GRAPH_VERSION}`;
  return {
    client,
    baseUrl,
    meter,
    relative(link) {
      if (!link.startsWith(`${prefix}/`)) throw new Error(`Refusing a link outside ${prefix}: ${link.slice(0, 120)}`);
      return link.slice(prefix.length);
    },
  };
}
