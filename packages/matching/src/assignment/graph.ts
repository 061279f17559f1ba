import type { IndexedProblem } from "./problem.js";

/**
 * Scores become integers: weight = round(score / maxScore * 2^48) (dividing first keeps even a maxScore
 * of 5e-324 finite).
 *
 * Why integers and not floats: the solver adds and subtracts weights along alternating paths and
 * keeps node potentials; with floats, rounding could leave a reduced cost at -1e-17, Dijkstra's
 * invariant would break silently and "optimal" would mean "optimal up to an unknown drift". With
 * integers below 2^53 every operation is exact, so the result is exactly optimal for the integer
 * weights, and the solver can prove it with a dual certificate (certify.ts).
 *
 * Why 2^48: every potential, distance and reduced cost the solver forms stays within 6W in absolute
 * value (W = 2^48 here; the bounds follow from complementary slackness, see b-matching.ts), and
 * 6 * 2^48 < 2^53. Rounding moves each weight by at most 2^-49 * maxScore, so the assignment we return
 * loses at most matched * 2^-48 * maxScore against the true optimum; as the optimum is at least
 * maxScore, the relative gap is below matched * 2^-48 (under 4e-10 for a million matches).
 */
export const WEIGHT_SCALE_BITS = 48;

/**
 * The solver works on two sides, "left" (the side it adds one place at a time) and "right". It adds
 * from the side with fewer places in total (sum of effective capacities), because every place costs
 * one shortest-path search: with 100k mentees and 30k mentor places, starting from mentors does 30k
 * searches instead of 100k, and most of them end at a free mentee at once. The choice depends only on
 * the input, so the output stays a pure function of it.
 *
 * Edges to mentors without capacity and edges whose weight rounds to zero are left out: neither can
 * raise the total, so dropping them changes no optimum (and a score-0 pair is never assigned).
 * Each left node's edges are sorted by right node: only mentee and mentor order matter, not edge order.
 */
export interface BipartiteGraph {
  /** True when left nodes are mentors and right nodes mentees. */
  readonly mentorsLeft: boolean;
  readonly leftCount: number;
  readonly rightCount: number;
  /** Left node l's edges are positions start[l]..start[l+1]-1. */
  readonly start: Int32Array;
  readonly left: Int32Array;
  readonly right: Int32Array;
  /** Integer-valued weights (see WEIGHT_SCALE_BITS). */
  readonly weight: Float64Array;
  /** Original edge index of each position. */
  readonly edge: Int32Array;
  /** Effective capacities: 1 for mentees, min(capacity, degree) for mentors. */
  readonly leftCapacity: Int32Array;
  readonly rightCapacity: Int32Array;
}

export function buildGraph(p: IndexedProblem): BipartiteGraph {
  const n = p.menteeCount;
  const m = p.mentorCapacity.length;
  const edges = p.edgeMentee.length;
  let maxScore = 0;
  for (let e = 0; e < edges; e++) {
    const s = p.edgeScore[e]!;
    if (s > maxScore && p.mentorCapacity[p.edgeMentor[e]!]! > 0) maxScore = s;
  }
  const top = 2 ** WEIGHT_SCALE_BITS;

  const rounded = new Float64Array(edges);
  const menteeDegree = new Int32Array(n);
  const mentorDegree = new Int32Array(m);
  for (let e = 0; e < edges; e++) {
    const j = p.edgeMentor[e]!;
    const w = p.mentorCapacity[j]! > 0 && maxScore > 0 ? Math.round((p.edgeScore[e]! / maxScore) * top) : 0;
    rounded[e] = w;
    if (w > 0) {
      menteeDegree[p.edgeMentee[e]!]!++;
      mentorDegree[j]!++;
    }
  }
  const menteeCapacity = new Int32Array(n);
  let menteePlaces = 0;
  for (let i = 0; i < n; i++) {
    menteeCapacity[i] = menteeDegree[i]! > 0 ? 1 : 0;
    menteePlaces += menteeCapacity[i]!;
  }
  const mentorCapacity = new Int32Array(m);
  let mentorPlaces = 0;
  for (let j = 0; j < m; j++) {
    mentorCapacity[j] = Math.min(p.mentorCapacity[j]!, mentorDegree[j]!);
    mentorPlaces += mentorCapacity[j]!;
  }

  const mentorsLeft = mentorPlaces < menteePlaces;
  const owner = mentorsLeft ? p.edgeMentor : p.edgeMentee;
  const other = mentorsLeft ? p.edgeMentee : p.edgeMentor;
  const degree = mentorsLeft ? mentorDegree : menteeDegree;
  const leftCount = mentorsLeft ? m : n;
  const start = new Int32Array(leftCount + 1);
  for (let l = 0; l < leftCount; l++) start[l + 1] = start[l]! + degree[l]!;
  const kept = start[leftCount]!;
  const left = new Int32Array(kept);
  const right = new Int32Array(kept);
  const weight = new Float64Array(kept);
  const edge = new Int32Array(kept);
  // Bucket by right node first, then stably by left node: each left node's edges end up sorted by
  // right node, so the graph, and with it the result, does not depend on the order of the edges.
  const rightCount = mentorsLeft ? n : m;
  const byRight = new Int32Array(rightCount + 1);
  for (let e = 0; e < edges; e++) if (rounded[e]! > 0) byRight[other[e]! + 1]!++;
  for (let r = 0; r < rightCount; r++) byRight[r + 1]! += byRight[r]!;
  const order = new Int32Array(kept);
  for (let e = 0; e < edges; e++) if (rounded[e]! > 0) order[byRight[other[e]!]!++] = e;
  // Scatter only the edge index, then gather the rest in position order: one random write per edge
  // instead of four halves the time of this transpose on millions of edges.
  const fill = start.slice(0, leftCount);
  for (let k = 0; k < kept; k++) {
    const e = order[k]!;
    edge[fill[owner[e]!]!++] = e;
  }
  for (let q = 0; q < kept; q++) {
    const e = edge[q]!;
    left[q] = owner[e]!;
    right[q] = other[e]!;
    weight[q] = rounded[e]!;
  }
  return {
    mentorsLeft,
    leftCount,
    rightCount,
    start,
    left,
    right,
    weight,
    edge,
    leftCapacity: mentorsLeft ? mentorCapacity : menteeCapacity,
    rightCapacity: mentorsLeft ? menteeCapacity : mentorCapacity,
  };
}
