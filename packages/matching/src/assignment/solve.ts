import { rankedAlternatives } from "./alternatives.js";
import { solveIndexed } from "./solve-indexed.js";
import { parseAssignmentInput } from "./validate.js";

export interface Assignment {
  readonly mentee: string;
  readonly mentor: string;
  readonly score: number;
}

export interface Alternative {
  readonly mentor: string;
  readonly score: number;
  /** The mentor has room after the assignment: the mentee could join without moving anyone. */
  readonly spareCapacity: boolean;
}

export interface AssignmentResult {
  /** One entry per matched mentee, in mentee input order. */
  readonly assignments: readonly Assignment[];
  /** Mentee ids left unmatched, in input order. */
  readonly unmatched: readonly string[];
  /** Total score of the assignments: the maximum possible. */
  readonly objective: number;
  /** Per mentee id (matched or not), up to `alternatives` ranked other mentors; see alternatives.ts. */
  readonly alternatives: ReadonlyMap<string, readonly Alternative[]>;
}

export interface SolveOptions {
  /** How many alternatives to rank per mentee (0 skips the work). Default 2. */
  readonly alternatives?: number;
}

/** Validates id-level input (throws AssignmentInputError naming each problem) and solves it. */
export function solveAssignment(input: unknown, options: SolveOptions = {}): AssignmentResult {
  const { problem, mentorIds, menteeIds } = parseAssignmentInput(input);
  const solution = solveIndexed(problem);
  const assignments: Assignment[] = [];
  const unmatched: string[] = [];
  for (let i = 0; i < problem.menteeCount; i++) {
    const e = solution.menteeEdge[i]!;
    if (e < 0) unmatched.push(menteeIds[i]!);
    else
      assignments.push({
        mentee: menteeIds[i]!,
        mentor: mentorIds[problem.edgeMentor[e]!]!,
        score: problem.edgeScore[e]!,
      });
  }
  const limit = options.alternatives ?? 2;
  const alternatives = new Map<string, Alternative[]>();
  if (limit > 0) {
    const ranked = rankedAlternatives(problem, solution.menteeEdge, limit);
    const load = new Int32Array(problem.mentorCapacity.length);
    for (const e of solution.menteeEdge) if (e >= 0) load[problem.edgeMentor[e]!]!++;
    for (let i = 0; i < problem.menteeCount; i++) {
      const list: Alternative[] = [];
      for (let k = 0; k < limit; k++) {
        const e = ranked[i * limit + k]!;
        if (e < 0) break;
        const j = problem.edgeMentor[e]!;
        list.push({
          mentor: mentorIds[j]!,
          score: problem.edgeScore[e]!,
          spareCapacity: load[j]! < problem.mentorCapacity[j]!,
        });
      }
      alternatives.set(menteeIds[i]!, list);
    }
  }
  return { assignments, unmatched, objective: solution.objective, alternatives };
}
