import { popcount32, WEEK_WORDS } from "../compatibility/bits.js";
import { blendedTotal } from "../compatibility/blend.js";
import { pairKey } from "../compatibility/config.js";
import { scoreCheap, scoreCostly } from "../compatibility/criteria-kernel.js";
import { RECORD_WIDTH } from "../compatibility/mentor-record.js";
import type { Prepared } from "../compatibility/prepare-profile.js";
import { ruleTotal } from "../compatibility/rule-total.js";
import type { MatchingConfig, PairRules } from "../compatibility/types.js";
import { CRITERION_COUNT } from "../compatibility/vocabulary-tables.js";
import type { MentorIndex } from "./build-mentor-index.js";
import { TopK } from "./top-k.js";

// Module-level copies of the hot functions: imported bindings may cost a getter call each.
const cheap = scoreCheap;
const costly = scoreCostly;
const totalOf = ruleTotal;
const blend = blendedTotal;
const bits = popcount32;

export interface Candidates {
  readonly mentors: Int32Array;
  readonly totals: Float64Array;
  readonly sharedHours: Int32Array;
}

/** Reusable buffers for one caller, so candidate generation allocates almost nothing per mentee. */
export interface Scratch {
  readonly scores: Float64Array;
  readonly languageMask: Uint32Array;
  readonly top: TopK;
}

export function newScratch(index: MentorIndex, k: number): Scratch {
  return {
    scores: new Float64Array(CRITERION_COUNT),
    languageMask: new Uint32Array(index.languageWords),
    top: new TopK(k, index.idRank),
  };
}

/**
 * The best k mentors for a prepared, cleared mentee that pass every hard constraint, best first;
 * ties go to the smaller mentor id. Candidates come from the posting list of the mentee's primary
 * need (coverage and mentor status already hold), then a language bitmask and the shared-hours
 * popcount filter them. Once k are held, a mentor is scored in full only if the upper bound from
 * scoreCheap could still beat the worst held: exact, because the rule total only grows with each
 * criterion (not so with a learned blend, which turns this off).
 * `excluded` lists mentor indices barred by rules for this mentee; without it each survivor's
 * pair key is looked up in `rules`.
 */
export function topCandidates(
  e: Prepared,
  index: MentorIndex,
  rules: PairRules,
  config: MatchingConfig,
  weights: Float64Array,
  scratch: Scratch,
  excluded?: ReadonlySet<number>,
): Candidates {
  const { scores, languageMask, top } = scratch;
  top.clear();
  const W = index.languageWords;
  languageMask.fill(0);
  for (const id of e.languages) languageMask[id >>> 5] = (languageMask[id >>> 5]! | (1 << (id & 31))) >>> 0;
  const lang0 = languageMask[0]!;
  const candidates = e.primary >= 0 ? index.byChallenge[e.primary]! : index.open;
  const lookUpRules = excluded === undefined && rules.blocked.size + rules.endedBefore.size > 0;
  const prune = config.learned === undefined;
  const minShared = config.minSharedHoursPerWeek;
  const { records, pool, week, mentors } = index;
  const mentorLanguages = index.languageMask;
  const w = e.week;
  const w0 = w[0]!;
  const w1 = w[1]!;
  const w2 = w[2]!;
  const w3 = w[3]!;
  const w4 = w[4]!;
  const w5 = w[5]!;
  for (let q = 0; q < candidates.length; q++) {
    const j = candidates[q]!;
    let speaks = lang0 & mentorLanguages[j * W]!;
    for (let x = 1; x < W; x++) speaks |= languageMask[x]! & mentorLanguages[j * W + x]!;
    if (speaks === 0) continue;
    const b = j * WEEK_WORDS;
    const shared =
      bits(w0 & week[b]!) +
      bits(w1 & week[b + 1]!) +
      bits(w2 & week[b + 2]!) +
      bits(w3 & week[b + 3]!) +
      bits(w4 & week[b + 4]!) +
      bits(w5 & week[b + 5]!);
    if (shared < minShared) continue;
    if (excluded?.has(j)) continue;
    if (lookUpRules) {
      const key = pairKey(e.id, mentors[j]!.id);
      if (rules.blocked.has(key) || (rules.endedBefore.has(key) && !rules.rematchAllowed.has(key))) continue;
    }
    const at = j * RECORD_WIDTH;
    cheap(e, records, at, shared, scores);
    if (prune && top.full && !top.admits(totalOf(scores, weights), j)) continue;
    costly(e, records, at, pool, scores);
    top.offer(blend(totalOf(scores, weights), scores, config), j, shared);
  }
  return top.sorted();
}

/** K from the config, never more than there are mentors (so buffers stay small), never negative. */
export function candidatesPerMentee(config: MatchingConfig, index: MentorIndex): number {
  const k = Math.floor(config.candidatesPerMentee);
  return Number.isFinite(k) ? Math.max(0, Math.min(k, index.mentors.length)) : index.mentors.length;
}
