import type { WarmStart } from "./auction-start.js";
import type { BipartiteGraph } from "./graph.js";
import { IndexedMinHeap } from "./min-heap.js";

/**
 * Exact maximum-weight b-matching: every node at most its capacity, each pair at most once, maximum
 * total weight, places may stay empty.
 *
 * Model: min-cost flow S -> left -> right -> T with arc costs -weight, plus an arc left -> T of cost 0
 * for places left empty, so every left place carries one unit. Successive shortest paths with node
 * potentials pi (reduced cost c(a,b) + pi(a) - pi(b) >= 0), one left node at a time as in the
 * Hungarian method: left nodes 0..s-1 are optimally placed; each place of s then takes the shortest
 * residual path to T, found by Dijkstra on reduced costs. A path ends at a right node with room, at a
 * left node that gives up one of its places, or at s itself: s's remaining places stay empty, and as
 * successive shortest paths only grow longer, s is done. pi(T) stays 0 because only settled nodes are
 * updated: pi(v) -= D - dist(v).
 *
 * Exactness: weights are integers (graph.ts); complementary slackness keeps every dual within
 * [0, W], so potentials stay within 2W, distances below 2W and every sum formed here below 6W < 2^53.
 * certify.ts checks the result against LP duality anyway.
 *
 * Ties: left nodes are placed in input order and scan their edges in right-node order; a later node
 * displaces or reroutes earlier ones only when that strictly raises the total; among equally short
 * paths the first one found wins, and the heap orders equal distances by node id. So in a simple tie
 * the earlier mentee (or mentor) in input order wins, and the result is a pure function of the
 * mentee and mentor lists and the set of edges: reordering edges changes nothing.
 *
 * Cost: a search stops as soon as its nearest exit is known, and arcs that cannot beat it are never
 * queued, so most searches touch only one node's edges. Worst case O(places * E log V); the bad case
 * in practice is places about as many as mentees, where an auction warm start (auction-start.ts,
 * auction-start-mentors.ts) places almost everyone first and the searches only finish the job.
 */
export interface BMatching {
  /** Per edge position: 1 when matched. */
  readonly matched: Uint8Array;
  /** Node potentials: left nodes, then right nodes (offset leftCount). certify.ts reads them. */
  readonly potential: Float64Array;
}

export function maxWeightBMatching(g: BipartiteGraph, warm: WarmStart | null = null): BMatching {
  const L = g.leftCount;
  const nodes = L + g.rightCount;
  const { start, left: edgeLeft, right: edgeRight, weight, leftCapacity, rightCapacity } = g;

  const pot = new Float64Array(nodes);
  const dist = new Float64Array(nodes);
  const stampOf = new Int32Array(nodes);
  const pred = new Int32Array(nodes); // edge position by which a node was reached
  const settled = new Int32Array(nodes);
  const heap = new IndexedMinHeap(nodes, dist);

  const matched = new Uint8Array(edgeLeft.length);
  const leftLoad = new Int32Array(L);
  // Each right node's matched edges live in its own block of `slots`; edgeSlot finds them to remove.
  const slotStart = new Int32Array(g.rightCount + 1);
  for (let r = 0; r < g.rightCount; r++) slotStart[r + 1] = slotStart[r]! + rightCapacity[r]!;
  const slots = new Int32Array(slotStart[g.rightCount]!);
  const slotCount = new Int32Array(g.rightCount);
  const edgeSlot = new Int32Array(edgeLeft.length);

  const link = (e: number): void => {
    const r = edgeRight[e]!;
    const q = slotStart[r]! + slotCount[r]!++;
    slots[q] = e;
    edgeSlot[e] = q;
    matched[e] = 1;
    leftLoad[edgeLeft[e]!]!++;
  };
  const unlink = (e: number): void => {
    const r = edgeRight[e]!;
    const last = slotStart[r]! + --slotCount[r]!;
    const moved = slots[last]!;
    slots[edgeSlot[e]!] = moved;
    edgeSlot[moved] = edgeSlot[e]!;
    matched[e] = 0;
    leftLoad[edgeLeft[e]!]!--;
  };

  // A warm start (auction-start.ts) hands over left nodes already placed under the same invariants.
  if (warm !== null) {
    pot.set(warm.potential);
    for (let e = 0; e < edgeLeft.length; e++) if (warm.matched[e] === 1) link(e);
  }

  let stamp = 0;
  for (let s = 0; s < L; s++) {
    if (leftCapacity[s] === 0 || warm?.placed[s] === 1) continue;
    // The smallest potential keeping every arc out of s non-negative: max(0, max_r weight + pi(r)).
    let ps = 0;
    for (let e = start[s]!, end = start[s + 1]!; e < end; e++) {
      const value = weight[e]! + pot[L + edgeRight[e]!]!;
      if (value > ps) ps = value;
    }
    pot[s] = ps;
    while (leftLoad[s]! < leftCapacity[s]! && pot[s]! > 0) {
      stamp++;
      let best = pot[s]!; // exit "s leaves this place empty"
      let exit = s;
      let settledCount = 0;
      dist[s] = 0;
      stampOf[s] = stamp;
      heap.push(s);
      while (heap.size > 0) {
        const v = heap.peek();
        const dv = dist[v]!;
        if (dv >= best) break;
        heap.pop();
        settled[settledCount++] = v;
        const pv = pot[v]!;
        let from: number;
        let to: number;
        if (v < L) {
          from = start[v]!;
          to = start[v + 1]!;
        } else {
          from = slotStart[v - L]!;
          to = from + slotCount[v - L]!;
        }
        for (let q = from; q < to; q++) {
          let e: number;
          let u: number;
          let nd: number;
          if (v < L) {
            e = q;
            if (matched[e] === 1) continue;
            u = L + edgeRight[e]!;
            nd = dv + (pv - weight[e]! - pot[u]!);
          } else {
            e = slots[q]!;
            u = edgeLeft[e]!;
            nd = dv + (weight[e]! + pv - pot[u]!);
          }
          if (nd >= best) continue;
          if (stampOf[u] !== stamp) {
            stampOf[u] = stamp;
            dist[u] = nd;
            heap.push(u);
          } else if (nd < dist[u]! && heap.contains(u)) {
            dist[u] = nd;
            heap.decrease(u);
          } else continue;
          pred[u] = e;
          // Exits: a right node with room, or a left node giving up a place (its empty-place arc).
          if (u < L || slotCount[u - L]! < rightCapacity[u - L]!) {
            const out = nd + pot[u]!;
            if (out < best) {
              best = out;
              exit = u;
            }
          }
        }
      }
      heap.clear();
      for (let k = 0; k < settledCount; k++) {
        const v = settled[k]!;
        pot[v] = pot[v]! - (best - dist[v]!);
      }
      if (exit === s) break;
      let node = exit;
      if (node < L) {
        const e = pred[node]!;
        unlink(e);
        node = L + edgeRight[e]!;
      }
      for (;;) {
        const e = pred[node]!;
        link(e);
        const l = edgeLeft[e]!;
        if (l === s) break;
        const back = pred[l]!;
        unlink(back);
        node = L + edgeRight[back]!;
      }
    }
  }
  return { matched, potential: pot };
}
