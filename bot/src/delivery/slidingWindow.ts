// A sliding-window log: the times of the last `limit` grants. A grant is allowed when fewer
// than `limit` grants fall in the last `windowMs`. Exact, unlike a fixed window that lets
// twice the limit through around a window edge.
import type { Window } from "./teamsLimits.js";

export class SlidingWindowLog {
  private readonly times: number[] = [];

  constructor(readonly window: Window) {}

  /** Milliseconds until a grant is allowed at `now` (0: allowed now). */
  waitMs(now: number): number {
    if (this.times.length < this.window.limit) return 0;
    const oldestThatCounts = this.times[this.times.length - this.window.limit]!;
    return Math.max(0, oldestThatCounts + this.window.windowMs - now);
  }

  record(now: number): void {
    this.times.push(now);
    if (this.times.length > this.window.limit * 2) this.times.splice(0, this.times.length - this.window.limit);
  }

  /** The time of the last grant, or -Infinity. */
  lastAt(): number {
    return this.times.at(-1) ?? Number.NEGATIVE_INFINITY;
  }
}
