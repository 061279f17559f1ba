import type { BMatching } from "./b-matching.js";
import type { BipartiteGraph } from "./graph.js";

/** Potentials beyond this could have lost integer exactness in doubles. */
const EXACT_LIMIT = 2 ** 51;

/**
 * Proves a b-matching optimal for the graph's integer weights, or says why it cannot.
 *
 * The LP: maximise sum w_e x_e with sum x <= capacity at every node and 0 <= x_e <= 1. Its dual asks
 * for a_l, b_r, t_e >= 0 with a_l + b_r + t_e >= w_e on every edge; any such values bound the primal
 * from above. Read them off the potentials: a_l = max(0, pi(l)), b_r = max(0, -pi(r)), t_e = w_e -
 * a_l - b_r on matched edges. When unmatched edges satisfy a + b >= w, matched ones a + b <= w, and a
 * node with a positive dual is full, the dual objective equals the matching's weight: nothing can
 * beat it. Values are integers below 2^51, so every comparison is exact. O(edges).
 */
export function certifyOptimal(g: BipartiteGraph, result: BMatching): string | null {
  const L = g.leftCount;
  const { matched, potential } = result;
  const leftLoad = new Int32Array(L);
  const rightLoad = new Int32Array(g.rightCount);
  for (let e = 0; e < matched.length; e++) {
    if (matched[e] === 0) continue;
    leftLoad[g.left[e]!]!++;
    rightLoad[g.right[e]!]!++;
  }
  for (let v = 0; v < potential.length; v++) {
    if (!(Math.abs(potential[v]!) <= EXACT_LIMIT)) return `potential of node ${v} is out of the exact range`;
  }
  const nodeCheck = (load: Int32Array, capacity: Int32Array, dual: (k: number) => number, side: string) => {
    for (let k = 0; k < load.length; k++) {
      if (load[k]! > capacity[k]!) return `${side} ${k} holds ${load[k]} over capacity ${capacity[k]}`;
      if (dual(k) > 0 && load[k]! < capacity[k]!) return `${side} ${k} has a positive dual but room left`;
    }
    return null;
  };
  const leftDual = (l: number) => Math.max(0, potential[l]!);
  const rightDual = (r: number) => Math.max(0, -potential[L + r]!);
  const broken =
    nodeCheck(leftLoad, g.leftCapacity, leftDual, "left node") ??
    nodeCheck(rightLoad, g.rightCapacity, rightDual, "right node");
  if (broken !== null) return broken;
  for (let e = 0; e < matched.length; e++) {
    const slack = leftDual(g.left[e]!) + rightDual(g.right[e]!) - g.weight[e]!;
    if (matched[e] === 0 && slack < 0) return `unmatched edge at position ${e} violates dual feasibility`;
    if (matched[e] === 1 && slack > 0) return `matched edge at position ${e} has positive reduced cost`;
  }
  return null;
}
