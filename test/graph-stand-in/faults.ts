// Fault injection: a scripted queue of faults that the next requests get, then a random rate.
// Random faults come from a seeded generator so that a failing property run can be replayed.
/**
 * "drop": the connection closes before the request is carried out; "lost": after it was carried
 * out, so the caller never hears of a create or update that happened (a gateway timeout after
 * the service committed: https://learn.microsoft.com/graph/errors, 504 "the request timed out").
 */
export type Fault = "429" | "503" | "drop" | "lost" | "410";

export interface FaultSettings {
  /** Share of requests (0..1) that fail at random with one of `kinds`. */
  rate?: number;
  kinds?: Exclude<Fault, "410" | "lost">[];
  /** Retry-After of 429s and 503s as Graph sends it: decimals kept ("2.128"); null: no header (Graph does not always send one). */
  retryAfterSeconds?: number | null;
  seed?: number;
  /** Only requests whose path contains this text are faulted (e.g. "/items"). */
  pathContains?: string;
}

export class FaultPlan {
  private script: Fault[] = [];
  private settings: Required<Omit<FaultSettings, "pathContains">> & { pathContains?: string } = { rate: 0, kinds: ["429", "503"], retryAfterSeconds: 0, seed: 1 };
  private state = 1;

  set(settings: FaultSettings): void {
    this.settings = { ...this.settings, ...settings };
    this.state = this.settings.seed >>> 0 || 1;
  }

  /** The next requests (in order) get these faults, before any random ones. */
  enqueue(...faults: Fault[]): void {
    this.script.push(...faults);
  }

  clear(): void {
    this.script = [];
    this.set({ rate: 0 });
  }

  get retryAfterSeconds(): number | null {
    return this.settings.retryAfterSeconds;
  }

  next(path: string): Fault | undefined {
    if (this.settings.pathContains && !path.includes(this.settings.pathContains)) return undefined;
    const scripted = this.script.shift();
    if (scripted) return scripted;
    if (this.settings.rate <= 0 || this.random() >= this.settings.rate) return undefined;
    const kinds = this.settings.kinds;
    return kinds[Math.floor(this.random() * kinds.length)];
  }

  /** xorshift32: small, seedable, good enough to spread faults. */
  private random(): number {
    let x = this.state;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.state = x >>> 0;
    return this.state / 2 ** 32;
  }
}
