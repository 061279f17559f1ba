import { rankedAlternatives } from "../assignment/alternatives.js";
import type { IndexedProblem } from "../assignment/problem.js";
import { solveIndexed } from "../assignment/solve-indexed.js";
import { assembleCompatibility } from "../compatibility/assemble-compatibility.js";
import { sharedWeekBits, WEEK_WORDS } from "../compatibility/bits.js";
import { RECORD_WIDTH } from "../compatibility/mentor-record.js";
import { prepareMentee } from "../compatibility/prepare-profile.js";
import { dimensionWeights } from "../compatibility/rule-total.js";
import type {
  Compatibility,
  MatchingConfig,
  MatchProposal,
  MenteeInput,
  MentorInput,
  PairRules,
  ProposeOptions,
  ProposeResult,
} from "../compatibility/types.js";
import { buildMentorIndex, type MentorIndex } from "./build-mentor-index.js";
import { candidatesPerMentee, newScratch, topCandidates } from "./top-candidates.js";

const ALTERNATIVES = 2;

/**
 * Candidate generation (the best K mentors per mentee that pass every hard constraint), then the
 * optimal assignment of those edges under the mentors' remaining places (solveIndexed), then up to
 * two ranked alternatives per mentee (rankedAlternatives). The objective is optimal over the
 * candidate edges; a pair outside a mentee's top K is never proposed. Same input, same output.
 */
export function proposeMatches(
  mentees: readonly MenteeInput[],
  mentors: readonly MentorInput[],
  rules: PairRules,
  config: MatchingConfig,
  options: ProposeOptions = {},
): ProposeResult {
  const now = options.now;
  const timings: Record<string, number> = {};
  let last = now?.() ?? 0;
  const first = last;
  const lap = (name: string) => {
    if (!now) return;
    const t = now();
    timings[name] = t - last;
    last = t;
  };
  const ids = new Set(mentees.map((m) => m.id));
  if (ids.size !== mentees.length) throw new RangeError("mentee ids must be unique");
  const index = buildMentorIndex(mentors, config);
  lap("index");
  const weights = dimensionWeights(config);
  const p = candidateEdges(mentees, index, rules, config);
  lap("candidates");
  const solution = solveIndexed(p);
  const alternatives = rankedAlternatives(p, solution.menteeEdge, ALTERNATIVES);
  lap("assignment");
  const assignment = Int32Array.from(solution.menteeEdge, (e) => (e < 0 ? -1 : p.edgeMentor[e]!));
  const proposals: MatchProposal[] = [];
  if (options.explain !== false) {
    for (let i = 0; i < mentees.length; i++) {
      const mentee = mentees[i]!;
      const e = prepareMentee(mentee, index.lexicons, index.referenceDate);
      const explain = (edge: number): Compatibility => {
        const j = p.edgeMentor[edge]!;
        const shared = sharedWeekBits(e.week, 0, index.week, j * WEEK_WORDS);
        const packed = { records: index.records, at: j * RECORD_WIDTH, pool: index.pool };
        return assembleCompatibility(mentee, mentors[j]!, e, index.prepared[j]!, packed, shared, config, weights);
      };
      const own = solution.menteeEdge[i]!;
      const alts: Compatibility[] = [];
      for (let a = 0; a < ALTERNATIVES; a++) {
        const edge = alternatives[i * ALTERNATIVES + a]!;
        if (edge >= 0) alts.push(explain(edge));
      }
      proposals.push({ menteeId: mentee.id, primary: own >= 0 ? explain(own) : null, alternatives: alts });
    }
    lap("explanations");
  }
  if (now) timings.total = last - first;
  return { proposals, assignment, objective: solution.objective, timings, candidateEdges: p.edgeMentee.length };
}

/** The solver's problem: per mentee (input order) its best K edges, best first; capacity = places still free. */
export function candidateEdges(
  mentees: readonly MenteeInput[],
  index: MentorIndex,
  rules: PairRules,
  config: MatchingConfig,
  weights: Float64Array = dimensionWeights(config),
): IndexedProblem {
  const k = candidatesPerMentee(config, index);
  const scratch = newScratch(index, k);
  const excluded = exclusionsByMentee(mentees, index, rules);
  const none: ReadonlySet<number> = new Set();
  const edgeMentee = new Int32Array(mentees.length * k);
  const edgeMentor = new Int32Array(mentees.length * k);
  const edgeScore = new Float64Array(mentees.length * k);
  let edges = 0;
  for (let i = 0; i < mentees.length; i++) {
    const mentee = mentees[i]!;
    if (!mentee.cleared) continue;
    const e = prepareMentee(mentee, index.lexicons, index.referenceDate);
    const found = topCandidates(e, index, rules, config, weights, scratch, excluded.get(i) ?? none);
    for (let r = 0; r < found.mentors.length; r++) {
      edgeMentee[edges] = i;
      edgeMentor[edges] = found.mentors[r]!;
      edgeScore[edges++] = found.totals[r]!;
    }
  }
  return {
    menteeCount: mentees.length,
    mentorCapacity: Int32Array.from(index.mentors, (m) => Math.max(0, Math.floor(m.capacity) - m.activeMentees)),
    edgeMentee: edgeMentee.slice(0, edges),
    edgeMentor: edgeMentor.slice(0, edges),
    edgeScore: edgeScore.slice(0, edges),
  };
}

/**
 * Per mentee index, the mentor indices its pair rules bar (blocked, or ended without an allowed
 * rematch): one pass over the rules instead of a string key per candidate pair. A key splits at the
 * colon that leaves a known mentee id before it and a known mentor id after it.
 */
function exclusionsByMentee(
  mentees: readonly MenteeInput[],
  index: MentorIndex,
  rules: PairRules,
): Map<number, Set<number>> {
  const menteeAt = new Map(mentees.map((m, i) => [m.id, i]));
  const mentorAt = new Map(index.mentors.map((m, j) => [m.id, j]));
  const out = new Map<number, Set<number>>();
  const bar = (key: string) => {
    for (let colon = key.indexOf(":"); colon >= 0; colon = key.indexOf(":", colon + 1)) {
      const i = menteeAt.get(key.slice(0, colon));
      const j = mentorAt.get(key.slice(colon + 1));
      if (i === undefined || j === undefined) continue;
      const set = out.get(i) ?? new Set<number>();
      set.add(j);
      out.set(i, set);
    }
  };
  for (const key of rules.blocked) bar(key);
  for (const key of rules.endedBefore) if (!rules.rematchAllowed.has(key)) bar(key);
  return out;
}
