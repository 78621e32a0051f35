import { describe, expect, it } from "vitest";
import { TokenBuckets } from "./writeRateLimit.js";

describe("TokenBuckets", () => {
  it("allows the burst, then one write per refill interval, and says how long to wait", () => {
    const buckets = new TokenBuckets(60, 3); // one token a second
    for (let i = 0; i < 3; i++) expect(buckets.take("a", 0)).toEqual({ ok: true });
    expect(buckets.take("a", 0)).toEqual({ ok: false, retryAfterSeconds: 1 });
    expect(buckets.take("a", 500)).toEqual({ ok: false, retryAfterSeconds: 1 });
    expect(buckets.take("a", 1000)).toEqual({ ok: true });
    expect(buckets.take("b", 1000)).toEqual({ ok: true }); // per key
  });

  it("refills up to the burst and no further", () => {
    const buckets = new TokenBuckets(6, 2); // one token per 10 s
    buckets.take("a", 0);
    buckets.take("a", 0);
    expect(buckets.take("a", 0)).toEqual({ ok: false, retryAfterSeconds: 10 });
    const later = 3_600_000;
    expect(buckets.take("a", later).ok).toBe(true);
    expect(buckets.take("a", later).ok).toBe(true);
    expect(buckets.take("a", later).ok).toBe(false);
  });
});
