import { describe, expect, it } from "vitest";
import { BoundedCache } from "./boundedCache.js";

describe("bounded cache", () => {
  it("keeps at most its capacity and forgets the least recently used entry first", () => {
    const cache = new BoundedCache<string, number>(2);
    let made = 0;
    const get = (key: string) => cache.getOrAdd(key, () => ++made);
    expect([get("a"), get("b"), get("a")]).toEqual([1, 2, 1]);
    get("c"); // evicts b, read less recently than a
    expect(cache.size).toBe(2);
    expect([get("a"), get("c"), get("b")]).toEqual([1, 3, 4]);
  });

  it("keeps nothing with capacity 0", () => {
    const cache = new BoundedCache<string, object>(0);
    expect(cache.getOrAdd("a", () => ({}))).not.toBe(cache.getOrAdd("a", () => ({})));
    expect(cache.size).toBe(0);
  });
});
