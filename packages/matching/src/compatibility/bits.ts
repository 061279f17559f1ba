/** 168 hours of a week, Sunday 00:00 UTC first, as six 32-bit words. */
export const WEEK_WORDS = 6;

export function popcount32(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Shared set bits of two week bitsets stored at offsets a and b of (possibly the same) arrays. */
export function sharedWeekBits(x: Uint32Array, a: number, y: Uint32Array, b: number): number {
  let count = 0;
  for (let w = 0; w < WEEK_WORDS; w++) count += popcount32((x[a + w]! & y[b + w]!) >>> 0);
  return count;
}

export function hasBit(words: Uint32Array | Int32Array, bit: number): boolean {
  return ((words[bit >>> 5]! >>> (bit & 31)) & 1) === 1;
}

export function setBit(words: Uint32Array, bit: number): void {
  words[bit >>> 5] = (words[bit >>> 5]! | (1 << (bit & 31))) >>> 0;
}
