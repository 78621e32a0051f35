// Collects delivery results and writes them together (one Tables transaction per announcement),
// so that recording results costs one request per batch rather than one per delivery. A batch
// is written `flushMs` after its first result, or at once when full; while one batch is being
// written the next one keeps collecting (one write at a time), so a slow store gets fewer,
// fuller transactions instead of more of them. The price: a result waits up to `flushMs` plus
// one transaction before its own is written, which widens the window in which a crash leaves
// a sent delivery "uncertain" (docs/decisions/0006).
import type { DeliveryClaim, DeliveryLedger, Settlement } from "./ports.js";

interface Waiting {
  claim: DeliveryClaim;
  settlement: Settlement;
  resolve(kept: boolean): void;
  reject(error: unknown): void;
}

export class SettleBatcher {
  private waiting: Waiting[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private writing = false;
  private due = false;
  /** Transactions written so far (for the worker's stats). */
  writes = 0;

  constructor(
    private readonly ledger: DeliveryLedger,
    private readonly flushMs: number,
    private readonly maxBatch = 100,
  ) {}

  settle(claim: DeliveryClaim, settlement: Settlement): Promise<boolean> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ claim, settlement, resolve, reject });
      if (this.waiting.length >= this.maxBatch) this.flush();
      else this.timer ??= setTimeout(() => this.flush(), this.flushMs);
    });
  }

  private flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.writing) {
      this.due = true;
      return;
    }
    const batch = this.waiting.splice(0, this.maxBatch);
    if (batch.length === 0) return;
    // Whatever did not fit is due as well: it goes right after this batch.
    this.due = this.waiting.length > 0;
    this.writing = true;
    void this.write(batch).finally(() => {
      this.writing = false;
      if (this.due || this.waiting.length >= this.maxBatch) {
        this.due = false;
        this.flush();
      }
    });
  }

  private async write(batch: Waiting[]): Promise<void> {
    this.writes++;
    try {
      const kept = await this.ledger.settleMany(batch.map(({ claim, settlement }) => ({ claim, settlement })));
      batch.forEach((w, i) => w.resolve(kept[i] ?? false));
    } catch (error) {
      for (const w of batch) w.reject(error);
    }
  }
}
