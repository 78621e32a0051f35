// Retries throttled and unavailable responses (429, 503, 504) and dropped connections.
// Retry-After is honoured when given; otherwise the wait grows exponentially with full jitter.
// Both are bounded: at most maxAttempts tries and maxDelayMs per wait, after which the error
// surfaces and the caller (the next sync run, the outbox) tries again later.
// A POST is not retried after a dropped connection or a 504, because it may have been done.
import type { Context, Middleware } from "@microsoft/microsoft-graph-client";
import { requestMethod } from "./headers.js";

export interface RetryOptions {
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
  /** Called before each wait, for logs and counters. */
  onRetry?: (info: { status: number | "network"; attempt: number; delayMs: number }) => void;
}

export const DEFAULT_RETRY: RetryOptions = {
  maxAttempts: 6,
  baseDelayMs: 500,
  maxDelayMs: 60_000,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: Math.random,
};

const RETRIED = new Set([429, 503, 504]);

/** Seconds or an HTTP date, as Retry-After may be either; undefined when absent or unreadable. */
export function retryAfterMs(value: string | null | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

export function backoffMs(attempt: number, options: Pick<RetryOptions, "baseDelayMs" | "maxDelayMs" | "random">): number {
  return Math.floor(options.random() * Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** (attempt - 1)));
}

export class RetryBehavior implements Middleware {
  private next!: Middleware;
  constructor(private readonly options: RetryOptions = DEFAULT_RETRY) {}

  async execute(context: Context): Promise<void> {
    const post = requestMethod(context) === "POST";
    for (let attempt = 1; ; attempt++) {
      let failure: number | "network" | undefined;
      try {
        context.response = undefined;
        await this.next.execute(context);
        const status = context.response!.status;
        if (RETRIED.has(status) && !(post && status === 504)) failure = status;
      } catch (error) {
        if (post || attempt >= this.options.maxAttempts) throw error;
        failure = "network";
      }
      if (failure === undefined || attempt >= this.options.maxAttempts) return;
      const given = failure === "network" ? undefined : retryAfterMs(context.response!.headers.get("retry-after"));
      const delayMs = Math.min(this.options.maxDelayMs, given ?? backoffMs(attempt, this.options));
      this.options.onRetry?.({ status: failure, attempt, delayMs });
      await context.response?.body?.cancel().catch(() => undefined);
      await this.options.sleep(delayMs);
    }
  }

  setNext(next: Middleware): void {
    this.next = next;
  }
}
