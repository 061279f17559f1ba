import { auctionWarmStart } from "../packages/matching/src/assignment/auction-start.js";
import { mentorAuctionWarmStart } from "../packages/matching/src/assignment/auction-start-mentors.js";
import { maxWeightBMatching } from "../packages/matching/src/assignment/b-matching.js";
import { certifyOptimal } from "../packages/matching/src/assignment/certify.js";
import { buildGraph, WEIGHT_SCALE_BITS } from "../packages/matching/src/assignment/graph.js";
import type { IndexedProblem } from "../packages/matching/src/index.js";

/**
 * The solver's LP-duality certificate, spelled out as numbers for the benchmark: the primal weight
 * of the assignment and the dual objective read off the node potentials the way certify.ts reads
 * them (a_l = max(0, pi(l)), b_r = max(0, -pi(r)), t_e = w_e - a_l - b_r on matched edges). Weak
 * duality makes the dual an upper bound on every assignment over these edges; when the two are
 * equal and certify.ts finds no violated condition, the assignment is optimal. Weights are the
 * solver's integers (score / maxScore * 2^48), so equality here is exact, not within a tolerance.
 */
export interface CertificateSummary {
  /** null when every condition holds, else the first one that fails. */
  readonly broken: string | null;
  /** Sums of integers up to 2^48 over many edges pass 2^53, so they are added as bigints. */
  readonly primalWeight: bigint;
  readonly dualObjective: bigint;
  /** The integers back in score units. */
  readonly primalScore: number;
  readonly dualScore: number;
}

export function certificateOf(p: IndexedProblem): CertificateSummary {
  const g = buildGraph(p);
  const result = maxWeightBMatching(g, g.mentorsLeft ? mentorAuctionWarmStart(g) : auctionWarmStart(g));
  const broken = certifyOptimal(g, result);
  const L = g.leftCount;
  const pot = result.potential;
  const a = (l: number) => Math.max(0, pot[l]!);
  const b = (r: number) => Math.max(0, -pot[L + r]!);
  let dual = 0n;
  for (let l = 0; l < L; l++) dual += BigInt(g.leftCapacity[l]!) * BigInt(a(l));
  for (let r = 0; r < g.rightCount; r++) dual += BigInt(g.rightCapacity[r]!) * BigInt(b(r));
  let primal = 0n;
  for (let q = 0; q < result.matched.length; q++) {
    if (result.matched[q] === 0) continue;
    primal += BigInt(g.weight[q]!);
    // t_e; a + b + t = w on a matched edge, and t >= 0 is what certify.ts checks.
    dual += BigInt(g.weight[q]! - a(g.left[q]!) - b(g.right[q]!));
  }
  let maxScore = 0;
  for (let e = 0; e < p.edgeScore.length; e++) {
    if (p.mentorCapacity[p.edgeMentor[e]!]! > 0) maxScore = Math.max(maxScore, p.edgeScore[e]!);
  }
  const unit = maxScore / 2 ** WEIGHT_SCALE_BITS;
  return {
    broken,
    primalWeight: primal,
    dualObjective: dual,
    primalScore: Number(primal) * unit,
    dualScore: Number(dual) * unit,
  };
}
