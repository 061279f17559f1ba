import { auctionWarmStart } from "./auction-start.js";
import { mentorAuctionWarmStart } from "./auction-start-mentors.js";
import { maxWeightBMatching } from "./b-matching.js";
import { certifyOptimal } from "./certify.js";
import { buildGraph } from "./graph.js";
import { assertIndexedProblem, type IndexedProblem, type IndexedSolution, objectiveOf } from "./problem.js";

/**
 * Optimal assignment on dense indices. Every result is checked against its own dual certificate
 * before it is returned, so a bug in the solver shows up as an exception, never as a quietly
 * suboptimal assignment.
 */
export function solveIndexed(p: IndexedProblem): IndexedSolution {
  assertIndexedProblem(p);
  const g = buildGraph(p);
  const warm = g.mentorsLeft ? mentorAuctionWarmStart(g) : auctionWarmStart(g);
  const result = maxWeightBMatching(g, warm);
  const broken = certifyOptimal(g, result);
  if (broken !== null) throw new Error(`assignment solver failed its optimality certificate: ${broken}`);
  const menteeEdge = new Int32Array(p.menteeCount).fill(-1);
  let matchedCount = 0;
  for (let q = 0; q < result.matched.length; q++) {
    if (result.matched[q] === 0) continue;
    const e = g.edge[q]!;
    menteeEdge[p.edgeMentee[e]!] = e;
    matchedCount++;
  }
  return { menteeEdge, objective: objectiveOf(p, menteeEdge), matchedCount };
}
