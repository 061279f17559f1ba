import { CHALLENGES } from "@mentalverse/shared";
import { popcount32, WEEK_WORDS } from "../compatibility/bits.js";
import { blendedTotal } from "../compatibility/blend.js";
import { MenteeTables, scoreBound } from "../compatibility/bound-kernel.js";
import { pairKey } from "../compatibility/config.js";
import { scoreCostly } from "../compatibility/criteria-kernel.js";
import { RECORD_WIDTH } from "../compatibility/mentor-record.js";
import type { Prepared } from "../compatibility/prepare-profile.js";
import type { MatchingConfig, PairRules } from "../compatibility/types.js";
import { CRITERION_COUNT, DIMENSIONS } from "../compatibility/vocabulary-tables.js";
import type { MentorIndex } from "./build-mentor-index.js";
import { TopK } from "./top-k.js";

const CHALLENGE_COUNT = CHALLENGES.length;

// Module-level copies of the hot functions: imported bindings may cost a getter call each.
const bound = scoreBound;
const costly = scoreCostly;
const totalOf = total4;
if (CRITERION_COUNT !== 16 || DIMENSIONS.length !== 4) throw new Error("top-candidates: total4 assumes 4 x 4 criteria");
const blend = blendedTotal;
const bits = popcount32;

/** Reusable buffers for one caller, so candidate generation allocates almost nothing per mentee. */
export interface Scratch {
  readonly scores: Float64Array;
  readonly top: TopK;
  readonly tables: MenteeTables;
}

export function newScratch(index: MentorIndex, k: number): Scratch {
  return {
    scores: new Float64Array(CRITERION_COUNT),
    top: new TopK(k, index.idRank),
    tables: new MenteeTables(),
  };
}

/**
 * The best k mentors for a prepared, cleared mentee that pass every hard constraint, held in
 * scratch.top (read them best first with sorted() or drainInto()); ties go to the smaller mentor id.
 * Candidates come from the posting lists of the mentee's primary need, one per language the
 * mentee speaks (coverage, mentor status and a shared language already hold), then the
 * shared-hours popcount filters them. The order mentors are seen in does not matter: the kept set
 * and its order are fixed by (total, id). Once k are held, a mentor is scored in full only if the
 * upper bound from scoreBound (equal to scoreCheap's) could still beat the worst held: exact,
 * because the rule total only grows with each criterion (not so with a learned blend, which turns
 * this off). Trying the mentors with the best bounds first (to raise the threshold early) scored
 * fewer pairs in full but was no faster on the benchmark, so the lists are walked in order.
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
): TopK {
  const { scores, top, tables } = scratch;
  top.clear();
  tables.fill(e, index.offsets);
  const { tipi, zoneOf } = index;
  const W = index.languageWords;
  const need = (e.primary >= 0 ? e.primary : CHALLENGE_COUNT) * index.languageCount;
  const lookUpRules = excluded === undefined && rules.blocked.size + rules.endedBefore.size > 0;
  const prune = config.learned === undefined;
  const minShared = config.minSharedHoursPerWeek;
  const { records, pool, mentors } = index;
  const mentorLanguages = index.languageMask;
  const spoken = e.languages;
  const w = e.week;
  const w0 = w[0]!;
  const w1 = w[1]!;
  const w2 = w[2]!;
  const w3 = w[3]!;
  const w4 = w[4]!;
  const w5 = w[5]!;
  for (let l = 0; l < spoken.length; l++) {
    const candidates = index.byNeedLanguage[need + spoken[l]!]!;
    const weeks = index.byNeedLanguageWeek[need + spoken[l]!]!;
    for (let q = 0; q < candidates.length; q++) {
      const j = candidates[q]!;
      // A mentor who also speaks a language listed earlier was seen in that language's list.
      let seen = 0;
      for (let x = 0; x < l; x++) seen |= mentorLanguages[j * W + (spoken[x]! >>> 5)]! & (1 << (spoken[x]! & 31));
      if (seen !== 0) continue;
      const b = q * WEEK_WORDS;
      const a0 = w0 & weeks[b]!;
      const a1 = w1 & weeks[b + 1]!;
      const a2 = w2 & weeks[b + 2]!;
      const a3 = w3 & weeks[b + 3]!;
      const a4 = w4 & weeks[b + 4]!;
      const a5 = w5 & weeks[b + 5]!;
      // Most mentors who share a language share no hour at all: skip the popcounts for them.
      if ((a0 | a1 | a2 | a3 | a4 | a5) === 0 && minShared > 0) continue;
      const shared = bits(a0) + bits(a1) + bits(a2) + bits(a3) + bits(a4) + bits(a5);
      if (shared < minShared) continue;
      if (excluded !== undefined && excluded.size > 0 && excluded.has(j)) continue;
      if (lookUpRules) {
        const key = pairKey(e.id, mentors[j]!.id);
        if (rules.blocked.has(key) || (rules.endedBefore.has(key) && !rules.rematchAllowed.has(key))) continue;
      }
      bound(e, tables, records, j, tipi, zoneOf, shared, scores);
      if (prune && top.full && !top.admits(totalOf(scores, weights), j)) continue;
      costly(e, records, j * RECORD_WIDTH, pool, scores);
      top.offer(blend(totalOf(scores, weights), scores, config), j, shared);
    }
  }
  return top;
}

/** K from the config, never more than there are mentors (so buffers stay small), never negative. */
export function candidatesPerMentee(config: MatchingConfig, index: MentorIndex): number {
  const k = Math.floor(config.candidatesPerMentee);
  return Number.isFinite(k) ? Math.max(0, Math.min(k, index.mentors.length)) : index.mentors.length;
}

/**
 * ruleTotal (rule-total.ts) unrolled for four dimensions of four criteria: the same additions,
 * divisions and products in the same order, so the same bits, without the loops. It runs once or
 * twice for every scored pair.
 */
function total4(s: Float64Array, w: Float64Array): number {
  const total =
    w[0]! * ((s[0]! + s[1]! + s[2]! + s[3]!) / 4) +
    w[1]! * ((s[4]! + s[5]! + s[6]! + s[7]!) / 4) +
    w[2]! * ((s[8]! + s[9]! + s[10]! + s[11]!) / 4) +
    w[3]! * ((s[12]! + s[13]! + s[14]! + s[15]!) / 4);
  return Math.min(1, Math.max(0, total));
}
