// Keeps one worker instance within the Teams limits: the tenant budget and each conversation's
// four windows. Grants are paced evenly (one every window/limit, stretched by a small guard)
// rather than in bursts, because the service counts requests when they arrive: a burst that
// leaves together arrives spread out by queueing, and the next burst could then overlap the
// tail of the previous one inside one window. The sliding-window logs stay as the hard check.
//
// A conversation's windows count each request from the moment its answer came back: the
// service counted it somewhere between our send and its answer, so a request delayed on its
// way (a busy event loop, the network) can never make the next burst to that chat land in
// the same window. The price is one round trip per window, which only a chat that gets many
// messages at once notices. The tenant budget cannot pay that price at 50 requests a second;
// it counts from the grant, with the guard as the margin for delays.
//
// Waiters are served in order, retries first (they have already waited out a Retry-After),
// skipping any whose conversation is at its limit, so one busy chat never holds up the rest.
//
// State is per instance (in memory). Several instances split the tenant budget (shareOf);
// the per-conversation windows are per instance too, and the rare 429 when two instances send
// to one conversation at once is retried like any other.
import { SlidingWindowLog } from "./slidingWindow.js";
import type { TeamsLimits } from "./teamsLimits.js";

export interface RateLimiterOptions {
  /** Fraction the windows are stretched by, against arrival jitter (0.02 = 2%). */
  guard?: number;
  now?: () => number;
}

/** Call when the request's answer came back, or it failed: its conversation counts it from then. */
export type Answered = () => void;

interface Waiter {
  logs: SlidingWindowLog[];
  retry: boolean;
  grant(answered: Answered): void;
}

export class TeamsRateLimiter {
  private readonly tenant: SlidingWindowLog;
  private readonly conversations = new Map<string, SlidingWindowLog[]>();
  private readonly intervalMs: number;
  private readonly waiting: Waiter[] = [];
  private nextTenantSlot = Number.NEGATIVE_INFINITY;
  private pauseUntil = 0;
  private pumping = false;
  private wake: (() => void) | undefined;
  private readonly now: () => number;
  private readonly stretch: number;
  /** Since when someone has been waiting (the list was empty before). */
  private waitingSince = 0;
  /**
   * Milliseconds in which the tenant budget went unused: `idleMs` with nobody waiting to send,
   * `lateMs` with someone waiting (the timer ran late, the process got no CPU, or a pause).
   */
  readonly unused = { idleMs: 0, lateMs: 0 };

  constructor(
    private readonly limits: TeamsLimits,
    options: RateLimiterOptions = {},
  ) {
    this.stretch = 1 + (options.guard ?? 0.02);
    this.now = options.now ?? (() => performance.now());
    this.tenant = new SlidingWindowLog({ limit: limits.tenant.limit, windowMs: limits.tenant.windowMs * this.stretch });
    this.intervalMs = (limits.tenant.windowMs * this.stretch) / limits.tenant.limit;
  }

  /** Resolves when one request to `conversationId` may be sent now, and counts it. */
  acquire(conversationId: string, { retry = false }: { retry?: boolean } = {}): Promise<Answered> {
    return new Promise((grant) => {
      const waiter: Waiter = { logs: this.logsOf(conversationId), retry, grant };
      if (this.waiting.length === 0) this.waitingSince = this.now();
      const firstNonRetry = retry ? this.waiting.findIndex((w) => !w.retry) : -1;
      if (firstNonRetry >= 0) this.waiting.splice(firstNonRetry, 0, waiter);
      else this.waiting.push(waiter);
      this.wake?.();
      void this.pump();
    });
  }

  /** Holds every grant back until `ms` from now (a 429 that looks tenant-wide). */
  pauseFor(ms: number): void {
    this.pauseUntil = Math.max(this.pauseUntil, this.now() + ms);
  }

  /** Grants one waiter per tenant slot until nobody waits; one pump at a time. */
  private async pump(): Promise<void> {
    if (this.pumping) return;
    this.pumping = true;
    try {
      while (this.waiting.length > 0) {
        const now = this.now();
        const tenantWait = Math.max(this.nextTenantSlot - now, this.tenant.waitMs(now), this.pauseUntil - now);
        if (tenantWait > 0) {
          await this.sleep(tenantWait);
          continue;
        }
        const ready = this.waiting.findIndex((w) => conversationWaitMs(w, now) <= 0);
        if (ready < 0) {
          // Everyone waits for their conversation (a window, or an answer still to come).
          await this.sleep(Math.min(...this.waiting.map((w) => conversationWaitMs(w, now))));
          continue;
        }
        const [waiter] = this.waiting.splice(ready, 1);
        this.record(waiter!, now);
        waiter!.grant(() => this.answered(waiter!.logs));
      }
    } finally {
      this.pumping = false;
    }
  }

  private record(waiter: Waiter, now: number): void {
    const late = now - this.nextTenantSlot;
    // Late by less than one interval: keep the ideal timeline so timer lag does not cost
    // throughput. Later than that, the worker was probably paused (no CPU, a long garbage
    // collection), and requests granted just before may only now be on their way: start a new
    // timeline rather than a catch-up burst that could arrive in the same window as them.
    if (late < this.intervalMs) this.nextTenantSlot += this.intervalMs;
    else {
      if (Number.isFinite(late)) {
        const idle = Math.min(late, Math.max(0, this.waitingSince - this.nextTenantSlot));
        this.unused.idleMs += idle;
        this.unused.lateMs += late - idle;
      }
      this.nextTenantSlot = now + this.intervalMs;
    }
    this.tenant.record(now);
    for (const log of waiter.logs) log.start();
  }

  private answered(logs: SlidingWindowLog[]): void {
    const now = this.now();
    for (const log of logs) log.finish(now);
    this.wake?.();
  }

  /** Sleeps `ms` (Infinity: until woken), or less when a waiter arrives or an answer comes. */
  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wake = undefined;
        resolve();
      };
      const timer = Number.isFinite(ms) ? setTimeout(done, ms) : undefined;
      this.wake = done;
    });
  }

  private logsOf(conversationId: string): SlidingWindowLog[] {
    let logs = this.conversations.get(conversationId);
    if (!logs) {
      if (this.conversations.size > 10_000) this.forgetIdle();
      logs = this.limits.conversation.map((w) => new SlidingWindowLog({ limit: w.limit, windowMs: w.windowMs * this.stretch }));
      this.conversations.set(conversationId, logs);
    }
    return logs;
  }

  private forgetIdle(): void {
    const now = this.now();
    const waitingLogs = new Set(this.waiting.map((w) => w.logs));
    for (const [id, logs] of this.conversations) {
      // A conversation whose last grant is older than the longest window no longer limits anything.
      if (!waitingLogs.has(logs) && logs.every((l) => now - l.lastAt() > l.window.windowMs)) this.conversations.delete(id);
    }
  }
}

const conversationWaitMs = (waiter: Waiter, now: number) => Math.max(...waiter.logs.map((l) => l.waitMs(now)));
