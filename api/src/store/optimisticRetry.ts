// Optimistic concurrency: read with an ETag, decide, write only if nothing changed; when another
// writer got there first (412 precondition failed, or 409 for an entity created meanwhile), read
// again and decide again. Attempts are bounded and spaced with exponential backoff and full
// jitter, so that many contenders on one course spread out instead of colliding in lockstep.
// No in-process lock: the store's ETag is the only arbiter, so this holds across API instances.

export class ContentionError extends Error {
  override name = "ContentionError";
}

export const statusOf = (error: unknown) => (error as { statusCode?: number })?.statusCode;
export const isWriteConflict = (error: unknown): boolean => statusOf(error) === 412 || statusOf(error) === 409;
export const isNotFound = (error: unknown): boolean => statusOf(error) === 404;

export interface RetryPolicy {
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 80, baseDelayMs: 4, maxDelayMs: 400 };

/**
 * Runs `attempt` until it completes without a write conflict; gives up with ContentionError.
 * A retry is told the conflict that caused it (e.g. 409: a row it creates exists now).
 */
export async function withOptimisticRetry<T>(attempt: (previousError?: unknown) => Promise<T>, policy: RetryPolicy = DEFAULT_RETRY): Promise<T> {
  let previousError: unknown;
  for (let n = 0; n < policy.maxAttempts; n++) {
    try {
      return await attempt(previousError);
    } catch (error) {
      if (!isWriteConflict(error)) throw error;
      previousError = error;
      const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.min(n, 16));
      await new Promise((resolve) => setTimeout(resolve, Math.random() * ceiling));
    }
  }
  throw new ContentionError(`gave up after ${policy.maxAttempts} conflicting attempts`);
}
