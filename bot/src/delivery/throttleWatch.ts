// Tells a 429 for one conversation from throttling of the whole app: when 429s make up more
// than a fifth of the tenant budget within one tenant window, the worker pauses every send
// for the retry delay (the Retry-After, or the backoff when the 429 had none: Teams does not
// promise the header) instead of letting each delivery find out on its own.
import type { Window } from "./teamsLimits.js";

export class ThrottleWatch {
  private readonly times: number[] = [];

  constructor(private readonly tenant: Window) {}

  /** Counts a 429 at `now`; true when 429s are frequent enough to mean tenant-wide throttling. */
  throttled(now: number): boolean {
    this.times.push(now);
    while (this.times.length && this.times[0]! < now - this.tenant.windowMs) this.times.shift();
    return this.times.length > this.tenant.limit / 5;
  }
}
