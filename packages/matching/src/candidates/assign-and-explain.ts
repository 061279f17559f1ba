import { rankedAlternatives } from "../assignment/alternatives.js";
import type { IndexedProblem } from "../assignment/problem.js";
import { solveIndexed } from "../assignment/solve-indexed.js";
import { assembleCompatibility } from "../compatibility/assemble-compatibility.js";
import { sharedWeekBits, WEEK_WORDS } from "../compatibility/bits.js";
import { RECORD_WIDTH } from "../compatibility/mentor-record.js";
import type { Prepared } from "../compatibility/prepare-profile.js";
import type {
  Compatibility,
  MatchingConfig,
  MatchProposal,
  MenteeInput,
  ProposeResult,
} from "../compatibility/types.js";
import type { MentorIndex } from "./build-mentor-index.js";
import type { EdgeBlock } from "./collect-edges.js";

const ALTERNATIVES = 2;

/** The solver's problem from edge blocks in mentee order; capacity = places still free. */
export function problemOf(menteeCount: number, index: MentorIndex, blocks: readonly EdgeBlock[]): IndexedProblem {
  const join = <T extends Int32Array | Float64Array>(parts: T[], out: T): T => {
    let at = 0;
    for (const part of parts) {
      out.set(part, at);
      at += part.length;
    }
    return out;
  };
  const edges = blocks.reduce((s, b) => s + b.mentee.length, 0);
  return {
    menteeCount,
    mentorCapacity: Int32Array.from(index.mentors, (m) => Math.max(0, Math.floor(m.capacity) - m.activeMentees)),
    edgeMentee:
      blocks.length === 1
        ? blocks[0]!.mentee
        : join(
            blocks.map((b) => b.mentee),
            new Int32Array(edges),
          ),
    edgeMentor:
      blocks.length === 1
        ? blocks[0]!.mentor
        : join(
            blocks.map((b) => b.mentor),
            new Int32Array(edges),
          ),
    edgeScore:
      blocks.length === 1
        ? blocks[0]!.score
        : join(
            blocks.map((b) => b.score),
            new Float64Array(edges),
          ),
  };
}

/**
 * The optimal assignment of the candidate edges (solveIndexed), up to two ranked alternatives per
 * mentee (rankedAlternatives), and, unless `explain` is false, the explained proposals: only the
 * edges proposed (at most three per mentee) are explained, each from the mentee prepared once.
 */
export function assignAndExplain(
  mentees: readonly MenteeInput[],
  prepared: readonly (Prepared | null)[],
  index: MentorIndex,
  p: IndexedProblem,
  config: MatchingConfig,
  weights: Float64Array,
  explain: boolean,
  lap: (phase: string) => void,
): Omit<ProposeResult, "timings"> {
  const solution = solveIndexed(p);
  const alternatives = rankedAlternatives(p, solution.menteeEdge, ALTERNATIVES);
  lap("assignment");
  const assignment = Int32Array.from(solution.menteeEdge, (e) => (e < 0 ? -1 : p.edgeMentor[e]!));
  const proposals: MatchProposal[] = [];
  if (explain) {
    for (let i = 0; i < mentees.length; i++) {
      const mentee = mentees[i]!;
      const e = prepared[i];
      const explainEdge = (edge: number): Compatibility => {
        const j = p.edgeMentor[edge]!;
        // An edge exists only for a cleared, hence prepared, mentee.
        const shared = sharedWeekBits(e!.week, 0, index.week, j * WEEK_WORDS);
        const packed = { records: index.records, at: j * RECORD_WIDTH, pool: index.pool };
        return assembleCompatibility(
          mentee,
          index.mentors[j]!,
          e!,
          index.prepared[j]!,
          packed,
          shared,
          config,
          weights,
        );
      };
      const own = solution.menteeEdge[i]!;
      const alts: Compatibility[] = [];
      for (let a = 0; a < ALTERNATIVES; a++) {
        const edge = alternatives[i * ALTERNATIVES + a]!;
        if (edge >= 0) alts.push(explainEdge(edge));
      }
      proposals.push({ menteeId: mentee.id, primary: own >= 0 ? explainEdge(own) : null, alternatives: alts });
    }
    lap("explanations");
  }
  return { proposals, assignment, objective: solution.objective, candidateEdges: p.edgeMentee.length };
}
