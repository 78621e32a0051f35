// Per-person rate limit on writes: a token bucket per caller, refilled at WRITES_PER_MINUTE and
// holding up to WRITE_BURST. It guards against a runaway client or script, not a quota: the buckets
// live in this instance's memory, so with N Functions instances a person could write up to N times
// as fast. That bound is acceptable (instances are few and capped by the plan) and costs no storage
// round trip per write; a shared limit would need a Tables write per request.
import type { Principal } from "../auth/principal.js";
import type { Config } from "../config.js";
import { problems } from "./problem.js";

export const WRITE_METHODS: ReadonlySet<string> = new Set(["POST", "PUT", "PATCH", "DELETE"]);
/** Buckets kept; the least recently used is forgotten first (a forgotten bucket is a full one). */
const MAX_CALLERS = 10_000;

export class TokenBuckets {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly perMinute: number,
    private readonly burst: number,
  ) {}

  /** Takes one token; when none is left, how many seconds until one is. */
  take(key: string, nowMs: number): { ok: true } | { ok: false; retryAfterSeconds: number } {
    const previous = this.buckets.get(key) ?? { tokens: this.burst, at: nowMs };
    this.buckets.delete(key);
    const refilled = Math.min(this.burst, previous.tokens + ((nowMs - previous.at) / 60_000) * this.perMinute);
    const ok = refilled >= 1;
    this.buckets.set(key, { tokens: ok ? refilled - 1 : refilled, at: nowMs });
    if (this.buckets.size > MAX_CALLERS) this.buckets.delete(this.buckets.keys().next().value!);
    if (ok) return { ok: true };
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(((1 - refilled) / this.perMinute) * 60)) };
  }
}

const bucketsOf = new WeakMap<Config, TokenBuckets>();

/** Throws 429 problem+json (with Retry-After) when the caller has written too fast. */
export function limitWrites(config: Config, method: string, caller: Principal | undefined): void {
  if (!caller || !WRITE_METHODS.has(method)) return;
  let buckets = bucketsOf.get(config);
  if (!buckets) bucketsOf.set(config, (buckets = new TokenBuckets(config.http.writeLimit.perMinute, config.http.writeLimit.burst)));
  const taken = buckets.take(`${caller.tenantId}/${caller.id}`, Date.now());
  if (!taken.ok) throw problems.tooManyWrites(taken.retryAfterSeconds);
}
