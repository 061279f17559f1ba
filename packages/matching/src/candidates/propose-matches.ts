import type { IndexedProblem } from "../assignment/problem.js";
import { dimensionWeights } from "../compatibility/rule-total.js";
import type {
  MatchingConfig,
  MenteeInput,
  MentorInput,
  PairRules,
  ProposeOptions,
  ProposeResult,
} from "../compatibility/types.js";
import { assignAndExplain, problemOf } from "./assign-and-explain.js";
import { buildMentorIndex, type MentorIndex } from "./build-mentor-index.js";
import { collectEdges, prepareMentees } from "./collect-edges.js";
import { exclusionsByMentee } from "./exclusions.js";

/**
 * Candidate generation (the best K mentors per mentee that pass every hard constraint), then the
 * optimal assignment of those edges under the mentors' remaining places (solveIndexed), then up to
 * two ranked alternatives per mentee (rankedAlternatives). The objective is optimal over the
 * candidate edges; a pair outside a mentee's top K is never proposed. Same input, same output.
 * proposeMatchesParallel (propose-matches-parallel.ts) gives the same result using worker threads.
 */
export function proposeMatches(
  mentees: readonly MenteeInput[],
  mentors: readonly MentorInput[],
  rules: PairRules,
  config: MatchingConfig,
  options: ProposeOptions = {},
): ProposeResult {
  const { lap, timings, finish } = phaseClock(options.now);
  assertUniqueIds(mentees);
  const index = buildMentorIndex(mentors, config);
  lap("index");
  const weights = dimensionWeights(config);
  const prepared = prepareMentees(mentees, index);
  const excluded = exclusionsByMentee(mentees, mentors, rules);
  const p = problemOf(mentees.length, index, [collectEdges(prepared, 0, index, excluded, config, weights)]);
  lap("candidates");
  const result = assignAndExplain(mentees, prepared, index, p, config, weights, options.explain !== false, lap);
  finish();
  return { ...result, timings };
}

/** The solver's problem: per mentee (input order) its best K edges, best first; capacity = places still free. */
export function candidateEdges(
  mentees: readonly MenteeInput[],
  index: MentorIndex,
  rules: PairRules,
  config: MatchingConfig,
  weights: Float64Array = dimensionWeights(config),
): IndexedProblem {
  const excluded = exclusionsByMentee(mentees, index.mentors, rules);
  return problemOf(mentees.length, index, [
    collectEdges(prepareMentees(mentees, index), 0, index, excluded, config, weights),
  ]);
}

export function assertUniqueIds(mentees: readonly MenteeInput[]): void {
  const ids = new Set(mentees.map((m) => m.id));
  if (ids.size !== mentees.length) throw new RangeError("mentee ids must be unique");
}

/** Milliseconds per phase from the caller's clock; nothing when there is none. */
export function phaseClock(now: (() => number) | undefined) {
  const timings: Record<string, number> = {};
  const first = now?.() ?? 0;
  let last = first;
  return {
    timings,
    lap(name: string) {
      if (!now) return;
      const t = now();
      timings[name] = t - last;
      last = t;
    },
    finish() {
      if (now) timings.total = last - first;
    },
  };
}
