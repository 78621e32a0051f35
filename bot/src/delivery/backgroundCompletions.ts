// Removes finished messages from the queue in the background, a few at a time. A delivery whose
// result is recorded frees its place at once instead of waiting for the queue (Storage Queues
// deletes one message per request). Safe because the ledger, not the queue, says what was
// sent: a message whose delete never happens (the worker died) comes back after its
// visibility timeout, finds its delivery settled and is deleted then, without a send. Few
// deletes at a time, and none starts while the worker receives and claims the next batch
// (`ahead`), so that they never crowd out the requests that keep the limiter fed.
import type { ReceivedDelivery } from "./ports.js";

export class BackgroundCompletions {
  private readonly waiting: ReceivedDelivery[] = [];
  private running = 0;
  private holds = 0;
  private drainedWaiters: (() => void)[] = [];

  constructor(
    private readonly complete: (received: ReceivedDelivery) => Promise<void>,
    private readonly parallel: number,
    private readonly onError: (error: unknown) => void,
  ) {}

  /** Messages not yet removed from the queue. */
  get pending(): number {
    return this.waiting.length + this.running;
  }

  add(received: ReceivedDelivery): void {
    this.waiting.push(received);
    this.startNext();
  }

  /** Runs `work` before any further delete starts. */
  async ahead<T>(work: () => Promise<T>): Promise<T> {
    this.holds++;
    try {
      return await work();
    } finally {
      this.holds--;
      this.startNext();
    }
  }

  /** Resolves when every message added so far has been removed (or failed to be). */
  drained(): Promise<void> {
    if (this.pending === 0) return Promise.resolve();
    return new Promise((resolve) => this.drainedWaiters.push(resolve));
  }

  private startNext(): void {
    while (this.holds === 0 && this.running < this.parallel && this.waiting.length > 0) {
      const received = this.waiting.shift()!;
      this.running++;
      void this.complete(received)
        .catch(this.onError)
        .finally(() => {
          this.running--;
          this.startNext();
          if (this.pending === 0) for (const resolve of this.drainedWaiters.splice(0)) resolve();
        });
    }
  }
}
