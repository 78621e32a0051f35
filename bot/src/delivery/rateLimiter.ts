// Keeps one worker instance within the Teams limits: the tenant budget and each conversation's
// four windows. Grants are paced evenly (one every window/limit, stretched by a small guard)
// rather than in bursts, because the service counts requests when they arrive: a burst that
// leaves together arrives spread out by queueing, and the next burst could then overlap the
// tail of the previous one inside one window. The sliding-window logs stay as the hard check.
//
// State is per instance (in memory). Several instances split the tenant budget (shareOf);
// the per-conversation windows are per instance too, and the rare 429 when two instances send
// to one conversation at once is retried like any other.
import { SlidingWindowLog } from "./slidingWindow.js";
import type { TeamsLimits } from "./teamsLimits.js";

/** Arrival jitter a burst to one conversation is guarded against, whatever the window. */
const MIN_GUARD_MS = 40;

export interface RateLimiterOptions {
  /** Fraction the windows are stretched by, against arrival jitter (0.02 = 2%). */
  guard?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export class TeamsRateLimiter {
  private readonly tenant: SlidingWindowLog;
  private readonly conversations = new Map<string, SlidingWindowLog[]>();
  private readonly intervalMs: number;
  private nextTenantSlot = Number.NEGATIVE_INFINITY;
  private gate: Promise<void> = Promise.resolve();
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly stretch: number;
  private pauseUntil = 0;

  constructor(
    private readonly limits: TeamsLimits,
    options: RateLimiterOptions = {},
  ) {
    this.stretch = 1 + (options.guard ?? 0.02);
    this.now = options.now ?? (() => performance.now());
    this.sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    this.tenant = new SlidingWindowLog({ limit: limits.tenant.limit, windowMs: limits.tenant.windowMs * this.stretch });
    this.intervalMs = (limits.tenant.windowMs * this.stretch) / limits.tenant.limit;
  }

  /** Resolves when one request to `conversationId` may be sent now, and counts it. */
  async acquire(conversationId: string): Promise<void> {
    const logs = this.logsOf(conversationId);
    for (;;) {
      const conversationWait = Math.max(...logs.map((l) => l.waitMs(this.now())));
      if (conversationWait > 0) {
        await this.sleep(conversationWait);
        continue;
      }
      // Tenant grants are serialised so that waiters are served in order, one slot each.
      const granted = await this.serialised(async () => {
        for (;;) {
          const now = this.now();
          if (logs.some((l) => l.waitMs(now) > 0)) return false;
          const wait = Math.max(this.nextTenantSlot - now, this.tenant.waitMs(now), this.pauseUntil - now);
          if (wait <= 0) {
            // Late by less than one interval: keep the ideal timeline so timer lag does not
            // cost throughput; later than that: start a new timeline (no catch-up burst).
            this.nextTenantSlot = (now - this.nextTenantSlot < this.intervalMs ? this.nextTenantSlot : now) + this.intervalMs;
            this.tenant.record(now);
            for (const log of logs) log.record(now);
            return true;
          }
          await this.sleep(wait);
        }
      });
      if (granted) return;
    }
  }

  /** Holds every grant back until `ms` from now (a 429 that looks tenant-wide). */
  pauseFor(ms: number): void {
    this.pauseUntil = Math.max(this.pauseUntil, this.now() + ms);
  }

  private serialised<T>(work: () => Promise<T>): Promise<T> {
    const result = this.gate.then(work);
    this.gate = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }

  private logsOf(conversationId: string): SlidingWindowLog[] {
    let logs = this.conversations.get(conversationId);
    if (!logs) {
      if (this.conversations.size > 10_000) this.forgetIdle();
      // A conversation's grants come in bursts, so one request delayed in transit shrinks the
      // window the service measures by that delay: the guard is at least MIN_GUARD_MS, which
      // costs at most 4% of a real 1-s window, and keeps time-compressed test windows honest.
      logs = this.limits.conversation.map((w) => new SlidingWindowLog({ limit: w.limit, windowMs: Math.max(w.windowMs * this.stretch, w.windowMs + MIN_GUARD_MS) }));
      this.conversations.set(conversationId, logs);
    }
    return logs;
  }

  private forgetIdle(): void {
    const now = this.now();
    for (const [id, logs] of this.conversations) {
      // A conversation whose last grant is older than the longest window no longer limits anything.
      if (logs.every((l) => now - l.lastAt() > l.window.windowMs)) this.conversations.delete(id);
    }
  }
}
