// A Graph client behavior that paces requests to Teams' limits for installations
// (teamsGraphLimits.ts): GETs and POSTs each on their own even timeline, with a small guard
// because Graph counts by arrival. It sits after the retry step, so a retry after Retry-After
// takes its turn too. Per instance, in memory (like the bot's limiter, docs/decisions/0006).
import type { Context, Middleware } from "@microsoft/microsoft-graph-client";
import { requestMethod } from "../../sharepoint/behaviors/headers.js";
import type { TeamsGraphLimits } from "./teamsGraphLimits.js";

const GUARD = 0.02;

/**
 * Grants one request per interval, in order. Each grant is timed from the moment it is given,
 * not from the slot it was due: a late timer (a busy event loop) then never releases a burst
 * of overdue requests that Graph would count inside one second.
 */
class Pacer {
  private lastGrant = -Infinity;
  private readonly waiting: (() => void)[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly intervalMs: number) {}

  acquire(): Promise<void> {
    return new Promise((resolve) => {
      this.waiting.push(resolve);
      this.pump();
    });
  }

  private pump(): void {
    if (this.timer) return;
    const due = this.lastGrant + this.intervalMs - performance.now();
    if (due > 0) {
      this.timer = setTimeout(() => {
        this.timer = undefined;
        this.pump();
      }, due);
      return;
    }
    const next = this.waiting.shift();
    if (!next) return;
    this.lastGrant = performance.now();
    next();
    if (this.waiting.length > 0) this.pump();
  }
}

export class TeamsGraphLimiter implements Middleware {
  private next!: Middleware;
  private readonly get: Pacer;
  private readonly write: Pacer;
  /** Milliseconds requests waited for their slot, summed (for the benchmark). */
  waitedMs = 0;

  constructor(limits: TeamsGraphLimits) {
    this.get = new Pacer((1000 / limits.get.perSecond) * (1 + GUARD));
    this.write = new Pacer((1000 / limits.post.perSecond) * (1 + GUARD));
  }

  async execute(context: Context): Promise<void> {
    const started = performance.now();
    await (requestMethod(context) === "GET" ? this.get : this.write).acquire();
    this.waitedMs += performance.now() - started;
    await this.next.execute(context);
  }

  setNext(next: Middleware): void {
    this.next = next;
  }
}
