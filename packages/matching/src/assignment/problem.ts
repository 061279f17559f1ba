/**
 * The solver's own input: dense indices instead of ids, typed arrays instead of objects, so that
 * millions of candidate edges cost tens of megabytes. Mentees are 0..menteeCount-1, mentors are
 * 0..mentorCapacity.length-1, and edge e joins edgeMentee[e] to edgeMentor[e] with edgeScore[e].
 * Edge order is the input order; it decides ties (see b-matching.ts).
 */
export interface IndexedProblem {
  readonly menteeCount: number;
  readonly mentorCapacity: Int32Array;
  readonly edgeMentee: Int32Array;
  readonly edgeMentor: Int32Array;
  readonly edgeScore: Float64Array;
}

export interface IndexedSolution {
  /** Per mentee, the index of its assigned edge, or -1 when it stays unmatched. */
  readonly menteeEdge: Int32Array;
  /** Sum of edgeScore over assigned edges, added in mentee order (so it is reproducible to the bit). */
  readonly objective: number;
  readonly matchedCount: number;
}

/** Throws a RangeError naming the first inconsistency; ids-level input is checked earlier by validate.ts. */
export function assertIndexedProblem(p: IndexedProblem): void {
  const edges = p.edgeMentee.length;
  if (!Number.isInteger(p.menteeCount) || p.menteeCount < 0) {
    throw new RangeError(`menteeCount must be a non-negative integer, got ${p.menteeCount}`);
  }
  if (p.edgeMentor.length !== edges || p.edgeScore.length !== edges) {
    throw new RangeError("edgeMentee, edgeMentor and edgeScore must have the same length");
  }
  for (let j = 0; j < p.mentorCapacity.length; j++) {
    if (p.mentorCapacity[j]! < 0) throw new RangeError(`mentor ${j} has negative capacity ${p.mentorCapacity[j]}`);
  }
  const mentors = p.mentorCapacity.length;
  for (let e = 0; e < edges; e++) {
    const i = p.edgeMentee[e]!;
    const j = p.edgeMentor[e]!;
    const s = p.edgeScore[e]!;
    if (i < 0 || i >= p.menteeCount) throw new RangeError(`edge ${e}: mentee index ${i} out of range`);
    if (j < 0 || j >= mentors) throw new RangeError(`edge ${e}: mentor index ${j} out of range`);
    if (!(s >= 0 && s <= 1)) throw new RangeError(`edge ${e}: score ${s} is outside [0, 1]`);
  }
}

/** Objective of a given assignment, summed in mentee order like the solver does. */
export function objectiveOf(p: IndexedProblem, menteeEdge: Int32Array): number {
  let total = 0;
  for (let i = 0; i < menteeEdge.length; i++) {
    const e = menteeEdge[i]!;
    if (e >= 0) total += p.edgeScore[e]!;
  }
  return total;
}
