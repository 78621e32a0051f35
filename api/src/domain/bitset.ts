// Fixed-size bit sets over member positions (bit i = the i-th member in name order). Search
// combines filters, facets and text matches with AND/OR over these, which keeps a search of
// 10,000 members to a few thousand word operations.
export type Bits = Uint32Array;

export const emptyBits = (size: number): Bits => new Uint32Array(Math.ceil(size / 32));

export function fullBits(size: number): Bits {
  const bits = emptyBits(size);
  bits.fill(0xffffffff);
  const spare = bits.length * 32 - size;
  if (spare > 0) bits[bits.length - 1] = 0xffffffff >>> spare;
  return bits;
}

export function setBit(bits: Bits, i: number): void {
  bits[i >>> 5]! |= 1 << (i & 31);
}

export function andInto(target: Bits, other: Bits): Bits {
  for (let w = 0; w < target.length; w++) target[w]! &= other[w]!;
  return target;
}

export function orInto(target: Bits, other: Bits): Bits {
  for (let w = 0; w < target.length; w++) target[w]! |= other[w]!;
  return target;
}

export function andNot(a: Bits, b: Bits): Bits {
  const result = new Uint32Array(a.length);
  for (let w = 0; w < a.length; w++) result[w] = a[w]! & ~b[w]!;
  return result;
}

function popcount32(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

export function count(bits: Bits): number {
  let n = 0;
  for (let w = 0; w < bits.length; w++) n += popcount32(bits[w]!);
  return n;
}

/** |a ∧ b| without allocating. */
export function countAnd(a: Bits, b: Bits): number {
  let n = 0;
  for (let w = 0; w < a.length; w++) n += popcount32(a[w]! & b[w]!);
  return n;
}

/** Calls fn with each set position in ascending order until it returns false. */
export function forEachBit(bits: Bits, fn: (i: number) => boolean | void): void {
  for (let w = 0; w < bits.length; w++) {
    let x = bits[w]!;
    while (x !== 0) {
      const lowest = x & -x;
      if (fn(w * 32 + 31 - Math.clz32(lowest)) === false) return;
      x ^= lowest;
    }
  }
}
