import type { BipartiteGraph } from "./graph.js";

/**
 * A warm start for the exact solver when mentees are the left side (each left capacity is 0 or 1).
 *
 * Why: when mentor places barely outnumber mentees, the last few thousand shortest-path searches
 * each cross most of the graph to reach the few places left, and the solver spends 20+ s there. A
 * forward auction reaches near-equilibrium prices far faster, so it places almost everyone first;
 * the exact solver then only places the rest.
 *
 * The auction (Bertsekas, with mentor capacities): a free mentee bids for its best mentor at the
 * price that makes it exactly indifferent to its second choice (or to staying unmatched), or by a
 * small increment when those tie; a full mentor drops its lowest bid, whose mentee bids again.
 * Prices only rise on full mentors, so a mentor with room always has price 0.
 *
 * Its result is then made exact for the solver's invariants: every placed mentee must sit at a
 * mentor that is exactly its best under the prices. A mentee short of that lowers its mentor's price
 * just enough (and the mentor's neighbours are checked again), or, if even price 0 is not enough,
 * leaves its place, which resets that mentor's price to 0. Mentees left over are placed afterwards
 * by the exact solver. Both stages are bounded; past the bound the warm start is dropped (null).
 */
export interface WarmStart {
  /** Per edge position: 1 when the warm start matches it. */
  readonly matched: Uint8Array;
  /** 1 for left nodes already optimally placed (or rightly unplaced); the solver skips them. */
  readonly placed: Uint8Array;
  /** Potentials in the solver's layout: left nodes, then right nodes. */
  readonly potential: Float64Array;
}

const BIDS_PER_EDGE = 4;
const CHECKS_PER_EDGE = 8;

export function auctionWarmStart(g: BipartiteGraph): WarmStart | null {
  const L = g.leftCount;
  const R = g.rightCount;
  const { start, right, weight, rightCapacity } = g;
  let top = 0;
  for (let e = 0; e < weight.length; e++) if (weight[e]! > top) top = weight[e]!;
  const step = Math.max(1, Math.floor(top / 1e7));

  const price = new Float64Array(R);
  const slotStart = new Int32Array(R + 1);
  for (let r = 0; r < R; r++) slotStart[r + 1] = slotStart[r]! + rightCapacity[r]!;
  const holder = new Int32Array(slotStart[R]!);
  const load = new Int32Array(R);
  const bid = new Float64Array(L);
  const at = new Int32Array(L).fill(-1);
  const queue = new Int32Array(L + 1);
  let head = 0;
  let tail = 0;
  let waiting = 0;
  for (let l = 0; l < L; l++) {
    if (g.leftCapacity[l]! > 0) queue[tail++] = l;
  }
  waiting = tail;
  let budget = BIDS_PER_EDGE * weight.length + L;
  while (waiting > 0 && budget-- > 0) {
    const l = queue[head]!;
    head = head === L ? 0 : head + 1;
    waiting--;
    let best = -1;
    let first = 0;
    let second = 0; // staying unmatched is worth 0
    for (let e = start[l]!, end = start[l + 1]!; e < end; e++) {
      const value = weight[e]! - price[right[e]!]!;
      if (best < 0 || value > first) {
        if (best >= 0 && first > second) second = first;
        first = value;
        best = e;
      } else if (value > second) second = value;
    }
    if (best < 0 || first <= 0) continue; // nothing worth a bid: stays unmatched
    const r = right[best]!;
    const offer = price[r]! + Math.max(first - second, step);
    const base = slotStart[r]!;
    if (load[r]! < rightCapacity[r]!) {
      holder[base + load[r]!++] = l;
    } else {
      let low = base;
      for (let q = base + 1; q < base + load[r]!; q++) if (bid[holder[q]!]! < bid[holder[low]!]!) low = q;
      const out = holder[low]!;
      at[out] = -1;
      holder[low] = l;
      queue[tail] = out;
      tail = tail === L ? 0 : tail + 1;
      waiting++;
    }
    at[l] = best;
    bid[l] = offer;
    if (load[r] === rightCapacity[r]) {
      let low = Number.POSITIVE_INFINITY;
      for (let q = base; q < base + load[r]!; q++) low = Math.min(low, bid[holder[q]!]!);
      price[r] = low;
    }
  }
  return repair(g, at, load, price);
}

/** Makes every placed mentee exactly best-placed under the prices; see the file comment. */
function repair(g: BipartiteGraph, at: Int32Array, load: Int32Array, price: Float64Array): WarmStart | null {
  const L = g.leftCount;
  const R = g.rightCount;
  const { start, right, weight } = g;
  // Right node -> left nodes with an edge to it, to re-check them when its price drops.
  const rightStart = new Int32Array(R + 1);
  for (let e = 0; e < right.length; e++) rightStart[right[e]! + 1]!++;
  for (let r = 0; r < R; r++) rightStart[r + 1]! += rightStart[r]!;
  const neighbour = new Int32Array(right.length);
  const fill = rightStart.slice(0, R);
  for (let e = 0; e < right.length; e++) neighbour[fill[right[e]!]!++] = g.left[e]!;

  const placed = new Uint8Array(L);
  const queued = new Uint8Array(L);
  const queue = new Int32Array(L);
  let head = 0;
  let size = 0;
  const enqueue = (l: number): void => {
    if (queued[l] === 1 || placed[l] === 0) return;
    queued[l] = 1;
    queue[(head + size++) % L] = l;
  };
  for (let l = 0; l < L; l++) {
    placed[l] = g.leftCapacity[l]! > 0 ? 1 : 0;
    enqueue(l);
  }
  const lowered = (r: number): void => {
    for (let q = rightStart[r]!; q < rightStart[r + 1]!; q++) enqueue(neighbour[q]!);
  };
  let budget = CHECKS_PER_EDGE * (right.length + L);
  while (size > 0) {
    if (budget-- <= 0) return null;
    const l = queue[head]!;
    head = (head + 1) % L;
    size--;
    queued[l] = 0;
    const own = at[l]!;
    let other = 0;
    for (let e = start[l]!, end = start[l + 1]!; e < end; e++) {
      if (e !== own) other = Math.max(other, weight[e]! - price[right[e]!]!);
    }
    if (own < 0) {
      if (other > 0) placed[l] = 0; // the exact solver will place it
      continue;
    }
    const r = right[own]!;
    if (weight[own]! - price[r]! >= other) continue;
    if (weight[own]! >= other) {
      price[r] = weight[own]! - other;
    } else {
      placed[l] = 0;
      at[l] = -1;
      load[r]!--;
      price[r] = 0;
    }
    lowered(r);
  }
  const potential = new Float64Array(L + R);
  const matched = new Uint8Array(right.length);
  for (let r = 0; r < R; r++) potential[L + r] = -price[r]!;
  for (let l = 0; l < L; l++) {
    if (placed[l] === 1 && at[l]! >= 0) {
      matched[at[l]!] = 1;
      potential[l] = weight[at[l]!]! - price[right[at[l]!]!]!;
    }
  }
  return { matched, placed, potential };
}
