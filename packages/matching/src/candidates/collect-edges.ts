import { type Prepared, prepareMentee } from "../compatibility/prepare-profile.js";
import type { MatchingConfig, MenteeInput } from "../compatibility/types.js";
import type { MentorIndex } from "./build-mentor-index.js";
import { candidatesPerMentee, newScratch, topCandidates } from "./top-candidates.js";

/** Candidate edges of a run of mentees, grouped by mentee in input order, each mentee's best first. */
export interface EdgeBlock {
  readonly mentee: Int32Array;
  readonly mentor: Int32Array;
  readonly score: Float64Array;
}

const NO_RULES = { blocked: new Set<string>(), endedBefore: new Set<string>(), rematchAllowed: new Set<string>() };
const NONE: ReadonlySet<number> = new Set();

/** Each cleared mentee prepared once against the index (null for the others), for scoring and explaining. */
export function prepareMentees(mentees: readonly MenteeInput[], index: MentorIndex): (Prepared | null)[] {
  return mentees.map((m) => (m.cleared ? prepareMentee(m, index.lexicons, index.referenceDate) : null));
}

/**
 * The best K edges of every prepared mentee. Mentee numbers in the block are `first` plus the
 * position in `prepared`; `excluded` (mentor indices barred by pair rules) is keyed the same way.
 */
export function collectEdges(
  prepared: readonly (Prepared | null)[],
  first: number,
  index: MentorIndex,
  excluded: ReadonlyMap<number, ReadonlySet<number>>,
  config: MatchingConfig,
  weights: Float64Array,
): EdgeBlock {
  const k = candidatesPerMentee(config, index);
  const scratch = newScratch(index, k);
  const mentee = new Int32Array(prepared.length * k);
  const mentor = new Int32Array(prepared.length * k);
  const score = new Float64Array(prepared.length * k);
  let edges = 0;
  for (let i = 0; i < prepared.length; i++) {
    const e = prepared[i];
    if (!e) continue;
    const found = topCandidates(e, index, NO_RULES, config, weights, scratch, excluded.get(first + i) ?? NONE);
    const count = found.drainInto(mentor, score, edges);
    mentee.fill(first + i, edges, edges + count);
    edges += count;
  }
  return { mentee: mentee.slice(0, edges), mentor: mentor.slice(0, edges), score: score.slice(0, edges) };
}
