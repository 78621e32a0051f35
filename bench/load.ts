// HTTP load with autocannon, keeping every response time so that any percentile (p95 too,
// which autocannon's summary lacks) can be computed.
import autocannon from "autocannon";
import { percentile, round } from "./stats.js";

export interface LoadResult {
  requests: number;
  requestsPerSecond: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  non2xx: number;
}

export async function load(options: {
  url: string;
  /** Each connection sends these in turn. */
  paths: string[];
  /** Instead of paths: every request, on any connection, takes the next path from here. */
  nextPath?: () => string;
  headers?: Record<string, string>;
  connections: number;
  seconds: number;
}): Promise<LoadResult> {
  const times: number[] = [];
  // Without a callback autocannon returns an event emitter that is also a promise of the result.
  const instance = autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.seconds,
    headers: options.headers,
    requests: options.nextPath
      ? [{ method: "GET", setupRequest: (request: object) => ({ ...request, path: options.nextPath!() }) }]
      : options.paths.map((path) => ({ method: "GET", path })),
  });
  (instance as unknown as NodeJS.EventEmitter).on("response", (_client: unknown, _status: number, _bytes: number, responseTime: number) => times.push(responseTime));
  const result = await instance;
  times.sort((a, b) => a - b);
  return {
    requests: result.requests.total,
    requestsPerSecond: round(result.requests.total / options.seconds, 0),
    p50Ms: round(percentile(times, 50)),
    p95Ms: round(percentile(times, 95)),
    p99Ms: round(percentile(times, 99)),
    non2xx: result.non2xx,
  };
}
