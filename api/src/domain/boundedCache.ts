// A cache that holds at most `capacity` entries and forgets the least recently used one first.
// A Map keeps its keys in insertion order, so re-inserting a key on every read makes the first
// key the least recently used.
export class BoundedCache<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(readonly capacity: number) {}

  get size(): number {
    return this.entries.size;
  }

  /** The cached value, or the one `make` returns, which is kept (capacity permitting). */
  getOrAdd(key: K, make: () => V): V {
    const cached = this.entries.get(key);
    if (cached !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, cached);
      return cached;
    }
    const value = make();
    if (this.capacity <= 0) return value;
    if (this.entries.size >= this.capacity) this.entries.delete(this.entries.keys().next().value as K);
    this.entries.set(key, value);
    return value;
  }
}
