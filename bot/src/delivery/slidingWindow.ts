// A sliding-window log: the times of the last grants. A grant is allowed when fewer than
// `limit` of them fall in the last `windowMs`. Exact, unlike a fixed window that lets twice
// the limit through around a window edge. A grant may also be logged as in flight (`start`)
// and get its time when its answer comes (`finish`): it then counts from the latest moment at
// which the service can have counted it, however late the request arrived there.
import type { Window } from "./teamsLimits.js";

export class SlidingWindowLog {
  /** Ascending; grants still in flight are Infinity, at the end. */
  private readonly times: number[] = [];

  constructor(readonly window: Window) {}

  /** Milliseconds until a grant is allowed at `now` (0: allowed now; Infinity: when an answer comes). */
  waitMs(now: number): number {
    if (this.times.length < this.window.limit) return 0;
    const oldestThatCounts = this.times[this.times.length - this.window.limit]!;
    return Math.max(0, oldestThatCounts + this.window.windowMs - now);
  }

  record(now: number): void {
    this.times.splice(this.firstInFlight(), 0, now);
    this.forgetOld();
  }

  start(): void {
    this.times.push(Number.POSITIVE_INFINITY);
    this.forgetOld();
  }

  /** One grant in flight got its answer at `now`. */
  finish(now: number): void {
    if (this.times.at(-1) !== Number.POSITIVE_INFINITY) return;
    this.times.pop();
    this.record(now);
  }

  /** The time of the last grant (Infinity while one is in flight), or -Infinity. */
  lastAt(): number {
    return this.times.at(-1) ?? Number.NEGATIVE_INFINITY;
  }

  private firstInFlight(): number {
    const index = this.times.indexOf(Number.POSITIVE_INFINITY);
    return index < 0 ? this.times.length : index;
  }

  /** Only the last `limit` grants can ever hold the next one back. */
  private forgetOld(): void {
    if (this.times.length > this.window.limit * 2) this.times.splice(0, this.times.length - this.window.limit);
  }
}
