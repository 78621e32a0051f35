// Retries throttled and unavailable responses (429, 503, 504) and dropped connections.
// Retry-After is honoured when given, read by the bot's parser (decimal seconds as Graph sends
// them, "2.128"; HTTP-dates); otherwise the wait grows exponentially with full jitter.
// Short waits are slept here, at most maxAttempts tries. A wait longer than maxDelayMs
// (SharePoint has asked for several minutes) is neither slept nor cut short: the caller gets
// Graph's answer at once (a GraphError with its status and Retry-After), and until that time
// every request through this client is answered here the same way (status 429 or 503, code
// "retryAfterPending", the remaining Retry-After) without reaching Graph; the caller's next
// run (the sync timer, the outbox) tries again.
// A POST is not retried after a dropped connection or a 504, because it may have been done.
import type { Context, Middleware } from "@microsoft/microsoft-graph-client";
import { retryAfterMs } from "@campus-westum/bot/retry-after";
import { requestMethod } from "./headers.js";

export { retryAfterMs };

export interface RetryOptions {
  maxAttempts: number;
  baseDelayMs: number;
  /** The longest wait slept in process; a longer Retry-After holds every request until its time. */
  maxDelayMs: number;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
  now: () => number;
  /** Called before each wait, for logs and counters. */
  onRetry?: (info: { status: number | "network"; attempt: number; delayMs: number }) => void;
}

export const DEFAULT_RETRY: RetryOptions = {
  maxAttempts: 6,
  baseDelayMs: 500,
  maxDelayMs: 60_000,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: Math.random,
  now: Date.now,
};

const RETRIED = new Set([429, 503, 504]);

/** The answer to a request made while Graph's long Retry-After still runs: as Graph would give it, but local. */
function pendingRetryAfter(status: number, until: number, now: number): Response {
  const seconds = Math.ceil((until - now) / 1000);
  const message = `Microsoft Graph asked to wait until ${new Date(until).toISOString()}; nothing is sent to it before then.`;
  return new Response(JSON.stringify({ error: { code: "retryAfterPending", message } }), { status, headers: { "Content-Type": "application/json", "Retry-After": String(seconds) } });
}

export function backoffMs(attempt: number, options: Pick<RetryOptions, "baseDelayMs" | "maxDelayMs" | "random">): number {
  return Math.floor(options.random() * Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** (attempt - 1)));
}

export class RetryBehavior implements Middleware {
  private next!: Middleware;
  /** Until when (epoch ms) Graph asked not to be called, and with which status. */
  private hold = { until: 0, status: 429 };

  constructor(private readonly options: RetryOptions = DEFAULT_RETRY) {}

  async execute(context: Context): Promise<void> {
    if (this.options.now() < this.hold.until) {
      context.response = pendingRetryAfter(this.hold.status, this.hold.until, this.options.now());
      return;
    }
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
      const given = failure === "network" ? undefined : retryAfterMs(context.response!.headers.get("retry-after"), this.options.now());
      if (given !== undefined && given > this.options.maxDelayMs) {
        // Too long to sleep here: the caller gets this answer, and later requests wait it out.
        this.hold = { until: this.options.now() + given, status: failure as number };
        return;
      }
      const delayMs = given ?? backoffMs(attempt, this.options);
      this.options.onRetry?.({ status: failure, attempt, delayMs });
      await context.response?.body?.cancel().catch(() => undefined);
      await this.options.sleep(delayMs);
    }
  }

  setNext(next: Middleware): void {
    this.next = next;
  }
}
