// How long to wait before attempt n+1: the server's Retry-After when it gave one (plus a little
// jitter so that many throttled sends do not return at the same instant), else exponential
// backoff with full jitter (AWS Architecture Blog, "Exponential Backoff and Jitter").

export interface BackoffSettings {
  baseMs: number;
  maxMs: number;
  /** Random number in [0, 1); injectable for tests. */
  random?: () => number;
}

export function retryDelayMs(attempt: number, retryAfterMs: number | undefined, settings: BackoffSettings): number {
  const random = settings.random ?? Math.random;
  if (retryAfterMs !== undefined) return retryAfterMs + Math.floor(random() * Math.max(1, retryAfterMs * 0.2));
  const ceiling = Math.min(settings.maxMs, settings.baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.floor(random() * ceiling) + 1;
}
