// Counts requests in a sliding window, as the service sees them: by arrival time.
export class ArrivalLog {
  private readonly times: number[] = [];
  /** The most requests ever accepted inside one window. */
  peak = 0;

  constructor(
    readonly limit: number,
    readonly windowMs: number,
  ) {}

  private inWindow(now: number): number {
    while (this.times.length > 0 && this.times[0]! <= now - this.windowMs) this.times.shift();
    return this.times.length;
  }

  full(now: number): boolean {
    return this.inWindow(now) >= this.limit;
  }

  record(now: number): void {
    this.times.push(now);
    this.peak = Math.max(this.peak, this.inWindow(now));
  }
}
