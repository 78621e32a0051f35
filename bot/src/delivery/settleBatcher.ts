// Collects delivery results for a few milliseconds and writes them together (one Tables
// transaction per announcement), so that recording results costs one request per batch rather
// than one per delivery. The price: a result waits up to `flushMs` longer before it is
// recorded, which widens the window in which a crash leaves a sent delivery "uncertain".
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

  constructor(
    private readonly ledger: DeliveryLedger,
    private readonly flushMs: number,
    private readonly maxBatch = 100,
  ) {}

  settle(claim: DeliveryClaim, settlement: Settlement): Promise<boolean> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ claim, settlement, resolve, reject });
      if (this.waiting.length >= this.maxBatch) void this.flush();
      else this.timer ??= setTimeout(() => void this.flush(), this.flushMs);
    });
  }

  async flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const batch = this.waiting.splice(0);
    if (batch.length === 0) return;
    try {
      const kept = await this.ledger.settleMany(batch.map(({ claim, settlement }) => ({ claim, settlement })));
      batch.forEach((w, i) => w.resolve(kept[i] ?? false));
    } catch (error) {
      for (const w of batch) w.reject(error);
    }
  }
}
