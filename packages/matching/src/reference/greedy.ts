import type { IndexedProblem, IndexedSolution } from "../assignment/problem.js";
import { objectiveOf } from "../assignment/problem.js";

/**
 * Baseline for the benchmark: take pairs from the highest score down (ties by input order) while
 * the mentee is free and the mentor has room. Fast and often close, never better than the optimum.
 */
export function greedyAssignment(p: IndexedProblem): IndexedSolution {
  const order = new Int32Array(p.edgeMentee.length);
  for (let e = 0; e < order.length; e++) order[e] = e;
  order.sort((a, b) => p.edgeScore[b]! - p.edgeScore[a]! || a - b);
  const menteeEdge = new Int32Array(p.menteeCount).fill(-1);
  const load = new Int32Array(p.mentorCapacity.length);
  let matchedCount = 0;
  for (const e of order) {
    const i = p.edgeMentee[e]!;
    const j = p.edgeMentor[e]!;
    if (menteeEdge[i] !== -1 || load[j]! >= p.mentorCapacity[j]! || p.edgeScore[e] === 0) continue;
    menteeEdge[i] = e;
    load[j]!++;
    matchedCount++;
  }
  return { menteeEdge, objective: objectiveOf(p, menteeEdge), matchedCount };
}
