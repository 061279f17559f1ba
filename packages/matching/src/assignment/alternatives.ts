import type { IndexedProblem } from "./problem.js";

/**
 * Up to `limit` ranked alternatives per mentee besides its primary match, as edge indices in a flat
 * array (mentee i owns entries i*limit .. i*limit+limit-1; -1 pads).
 *
 * The rule, kept simple on purpose: candidates are the mentee's other edges with a score above 0 to
 * mentors with capacity above 0. Mentors with spare capacity after the assignment come first, since
 * staff can place the mentee there without moving anyone; then higher score; then input order.
 * Unmatched mentees get alternatives too: for them these are the places to try by hand. Assumes one
 * edge per pair, as validate.ts guarantees for id-level input.
 */
export function rankedAlternatives(p: IndexedProblem, menteeEdge: Int32Array, limit = 2): Int32Array {
  const n = p.menteeCount;
  const load = new Int32Array(p.mentorCapacity.length);
  for (let i = 0; i < n; i++) if (menteeEdge[i]! >= 0) load[p.edgeMentor[menteeEdge[i]!]!]!++;
  const spare = (e: number): boolean => load[p.edgeMentor[e]!]! < p.mentorCapacity[p.edgeMentor[e]!]!;
  // True when edge a ranks before edge b.
  const before = (a: number, b: number): boolean => {
    const sa = spare(a);
    if (sa !== spare(b)) return sa;
    const da = p.edgeScore[a]!;
    const db = p.edgeScore[b]!;
    return da !== db ? da > db : a < b;
  };

  const out = new Int32Array(n * limit).fill(-1);
  for (let e = 0; e < p.edgeMentee.length; e++) {
    const i = p.edgeMentee[e]!;
    const j = p.edgeMentor[e]!;
    const own = menteeEdge[i]!;
    if (e === own || p.edgeScore[e]! <= 0 || p.mentorCapacity[j]! <= 0) continue;
    if (own >= 0 && p.edgeMentor[own] === j) continue;
    const base = i * limit;
    let at = limit;
    while (at > 0) {
      const held = out[base + at - 1]!;
      if (held >= 0 && !before(e, held)) break;
      at--;
    }
    if (at === limit) continue;
    for (let k = limit - 1; k > at; k--) out[base + k] = out[base + k - 1]!;
    out[base + at] = e;
  }
  return out;
}
