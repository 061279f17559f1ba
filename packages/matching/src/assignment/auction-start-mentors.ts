import type { WarmStart } from "./auction-start.js";
import type { BipartiteGraph } from "./graph.js";

/**
 * The warm start of auction-start.ts, mirrored for the other orientation: mentors are the left side
 * (they have fewer places than there are mentees) and their places bid for mentees, each mentee
 * held by at most one place at a price. Bidding from the scarce side avoids the long price war of
 * surplus mentees bidding each other up.
 *
 * Hand-over conditions (the solver's invariants, in dual terms y = mentor dual, z = mentee price):
 * a mentee nobody holds has price 0; a placed mentor's held mentees all earn at least as much as
 * any mentee it does not hold (profit = weight - price), and at least 0; a placed mentor with
 * empty places has no mentee left worth more than 0. The repair lowers the price of a mentor's
 * weakest held mentee just enough, or releases it when even price 0 is not enough; a mentor that
 * would still want more mentees is handed over unplaced, holding nothing.
 */
const BIDS_PER_EDGE = 4;
const CHECKS_PER_EDGE = 8;

export function mentorAuctionWarmStart(g: BipartiteGraph): WarmStart | null {
  const L = g.leftCount;
  const R = g.rightCount;
  const { start, left, right, weight, leftCapacity } = g;
  let top = 0;
  for (let e = 0; e < weight.length; e++) if (weight[e]! > top) top = weight[e]!;
  const step = Math.max(1, Math.floor(top / 1e7));

  const price = new Float64Array(R);
  const holder = new Int32Array(R).fill(-1); // edge position holding each mentee
  const load = new Int32Array(L);
  const queued = new Uint8Array(L);
  const queue = new Int32Array(L + 1);
  let head = 0;
  let tail = 0;
  let waiting = 0;
  const enqueue = (l: number): void => {
    if (queued[l] === 1) return;
    queued[l] = 1;
    queue[tail] = l;
    tail = tail === L ? 0 : tail + 1;
    waiting++;
  };
  for (let l = 0; l < L; l++) if (leftCapacity[l]! > 0) enqueue(l);
  let budget = BIDS_PER_EDGE * weight.length + L;
  while (waiting > 0 && budget-- > 0) {
    const l = queue[head]!;
    head = head === L ? 0 : head + 1;
    waiting--;
    queued[l] = 0;
    if (load[l]! >= leftCapacity[l]!) continue;
    let best = -1;
    let first = 0;
    let second = 0; // an empty place is worth 0
    for (let e = start[l]!, end = start[l + 1]!; e < end; e++) {
      if (holder[right[e]!] === e) continue; // already ours
      const value = weight[e]! - price[right[e]!]!;
      if (best < 0 || value > first) {
        if (best >= 0 && first > second) second = first;
        first = value;
        best = e;
      } else if (value > second) second = value;
    }
    if (best < 0 || first <= 0) continue; // nothing worth a bid: the remaining places stay empty
    const r = right[best]!;
    const previous = holder[r]!;
    if (previous >= 0) {
      load[left[previous]!]!--;
      enqueue(left[previous]!);
    }
    holder[r] = best;
    price[r] = price[r]! + Math.max(first - second, step);
    load[l]!++;
    if (load[l]! < leftCapacity[l]!) enqueue(l);
  }
  return repair(g, holder, price);
}

function repair(g: BipartiteGraph, holder: Int32Array, price: Float64Array): WarmStart | null {
  const L = g.leftCount;
  const R = g.rightCount;
  const { start, left, right, weight, leftCapacity } = g;
  const rightStart = new Int32Array(R + 1);
  for (let e = 0; e < right.length; e++) rightStart[right[e]! + 1]!++;
  for (let r = 0; r < R; r++) rightStart[r + 1]! += rightStart[r]!;
  const neighbour = new Int32Array(right.length);
  const fill = rightStart.slice(0, R);
  for (let e = 0; e < right.length; e++) neighbour[fill[right[e]!]!++] = left[e]!;

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
    placed[l] = leftCapacity[l]! > 0 ? 1 : 0;
    enqueue(l);
  }
  // A mentee's price changed or it was let go: mentors with an edge to it must look again.
  const touched = (r: number): void => {
    for (let q = rightStart[r]!; q < rightStart[r + 1]!; q++) enqueue(neighbour[q]!);
  };
  const release = (e: number): void => {
    const r = right[e]!;
    holder[r] = -1;
    price[r] = 0;
    touched(r);
  };
  let budget = CHECKS_PER_EDGE * (right.length + L);
  // Letting mentors go can cascade; past a tenth of them the warm start no longer pays for itself.
  let unplaced = 0;
  while (size > 0) {
    if (budget-- <= 0 || unplaced > L / 10) return null;
    const l = queue[head]!;
    head = (head + 1) % L;
    size--;
    queued[l] = 0;
    let held = 0;
    let weakest = -1;
    let wanted = 0; // best profit among mentees l does not hold, and at least 0
    for (let e = start[l]!, end = start[l + 1]!; e < end; e++) {
      const profit = weight[e]! - price[right[e]!]!;
      if (holder[right[e]!] === e) {
        held++;
        if (weakest < 0 || profit < weight[weakest]! - price[right[weakest]!]!) weakest = e;
      } else if (profit > wanted) wanted = profit;
    }
    if (held < leftCapacity[l]! && wanted > 0) {
      // Room and a mentee worth taking: hand it over unplaced; the solver fills it from scratch.
      placed[l] = 0;
      unplaced++;
      for (let e = start[l]!, end = start[l + 1]!; e < end; e++) if (holder[right[e]!] === e) release(e);
      continue;
    }
    if (weakest < 0 || weight[weakest]! - price[right[weakest]!]! >= wanted) continue;
    const r = right[weakest]!;
    if (weight[weakest]! >= wanted) price[r] = weight[weakest]! - wanted;
    else release(weakest);
    touched(r);
    enqueue(l);
  }
  const potential = new Float64Array(L + R);
  const matched = new Uint8Array(right.length);
  for (let r = 0; r < R; r++) {
    potential[L + r] = -price[r]!;
    if (holder[r]! >= 0 && placed[left[holder[r]!]!] === 1) matched[holder[r]!] = 1;
  }
  for (let l = 0; l < L; l++) {
    if (placed[l] === 0) continue;
    let held = 0;
    let wanted = 0;
    for (let e = start[l]!, end = start[l + 1]!; e < end; e++) {
      if (matched[e] === 1) held++;
      else wanted = Math.max(wanted, weight[e]! - price[right[e]!]!);
    }
    potential[l] = held === leftCapacity[l] ? wanted : 0;
  }
  return { matched, placed, potential };
}
