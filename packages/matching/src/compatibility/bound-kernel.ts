import { SUPPORT_TYPES } from "@mentalverse/shared";
import { challengeCredit, popcount } from "./criteria-kernel.js";
import { HOURS_WANTED, NEUTRAL, STYLE_FIT, stageFit, stepFit, techFit } from "./fit-tables.js";
import { R, RECORD_WIDTH, signature } from "./mentor-record.js";
import type { Prepared } from "./prepare-profile.js";
import { COMMUNICATION_STYLE_COUNT, RANK_LIMIT } from "./vocabulary-tables.js";

/**
 * scoreCheap (criteria-kernel.ts) for candidate generation: the same numbers to the bit, faster.
 * Per mentee, every criterion that depends on one small mentor field (stage, style, technology,
 * frequency, duration, support types) is looked up in a table filled once from the same formulas;
 * the mentor's personality comes from the index as the same quotient the kernel computes. Record
 * offsets are plain constants here because this runs for tens of millions of pairs.
 */
const SUPPORT_MASKS = 1 << SUPPORT_TYPES.length;
const STYLES = COMMUNICATION_STYLE_COUNT + 1;
const HOURS = Float64Array.from(HOURS_WANTED);
const WIDTH = RECORD_WIDTH;
// Module-level copies of the hot helpers: imported bindings may not be inlined.
const credit = challengeCredit;
const bitCount = popcount;
const F_LIVED0 = R.lived0;
const F_LIVED1 = R.lived1;
const F_LIVED_GROUPS = R.livedGroups;
const F_SPEC0 = R.spec0;
const F_SPEC1 = R.spec1;
const F_SPEC_GROUPS = R.specGroups;
const F_CHALLENGE_COUNT = R.challengeCount;
const F_STAGE = R.stage;
const F_STYLE = R.style;
const F_VALUES = R.values;
const F_VALUE_COUNT = R.valueCount;
const F_HAS_OFFSET = R.hasOffset;
const F_HAS_AVAILABILITY = R.hasAvailability;
const F_LANGUAGE_COUNT = R.languageCount;
const F_TECH = R.tech;
const F_SUPPORT = R.support;
const F_FREQUENCY = R.frequency;
const F_DURATION = R.duration;
const F_GOAL_STEM_COUNT = R.goalStemCount;
const F_HAS_TIPI = R.hasTipi;
const F_BEST_LANGUAGE = R.bestLanguageRank;
const F_GOAL_SIG0 = R.goalSignature0;
const F_GOAL_SIG1 = R.goalSignature1;
const F_EXPERTISE_SIG0 = R.expertiseSignature0;
const F_EXPERTISE_SIG1 = R.expertiseSignature1;

/** One mentee's lookup tables, refilled in place for each mentee (no allocation per mentee). */
export class MenteeTables {
  readonly stage = new Float64Array(RANK_LIMIT);
  /** By mentor style + 1 (style -1 = unknown). */
  readonly style = new Float64Array(STYLES);
  readonly tech = new Float64Array(RANK_LIMIT);
  readonly intensity = new Float64Array(RANK_LIMIT);
  readonly duration = new Float64Array(RANK_LIMIT);
  /** By the mentor's support-type mask. */
  readonly support = new Float64Array(SUPPORT_MASKS);
  readonly firstFits = new Float64Array(SUPPORT_MASKS);
  /** Per distinct mentor UTC offset (MentorIndex.offsets), the time-zone criterion. */
  zone = new Float64Array(0);
  /** Per goal, the signature bits of its known stems (low and high word): a goal is hit when one is set. */
  goalLow = new Int32Array(8);
  goalHigh = new Int32Array(8);
  /** Signature bits carried by exactly one of the mentee's stems, and the bits carried by more, with their counts. */
  stemLow = 0;
  stemHigh = 0;
  readonly sharedBit = new Int32Array(64);
  readonly sharedCount = new Int32Array(64);
  shared = 0;

  fill(e: Prepared, offsets: Int32Array): void {
    if (this.zone.length < offsets.length) this.zone = new Float64Array(offsets.length);
    for (let z = 0; z < offsets.length; z++) {
      if (e.offsetMinutes === null) break;
      const raw = Math.abs(e.offsetMinutes - offsets[z]!) % 1440;
      this.zone[z] = 1 - Math.min(raw, 1440 - raw) / 720;
    }
    const goals = e.goalStemsPerGoal;
    if (this.goalLow.length < goals.length) {
      this.goalLow = new Int32Array(goals.length);
      this.goalHigh = new Int32Array(goals.length);
    }
    for (let g = 0; g < goals.length; g++) {
      const [low, high] = signature(goals[g]!);
      this.goalLow[g] = low;
      this.goalHigh[g] = high;
    }
    const count = new Int32Array(64);
    for (let k = 0; k < e.goalStems.length; k++) if (e.goalStems[k]! >= 0) count[e.goalStems[k]! & 63]!++;
    this.stemLow = 0;
    this.stemHigh = 0;
    this.shared = 0;
    for (let b = 0; b < 64; b++) {
      if (count[b] === 1) {
        if (b < 32) this.stemLow |= 1 << b;
        else this.stemHigh |= 1 << (b & 31);
      } else if (count[b]! > 1) {
        this.sharedBit[this.shared] = b;
        this.sharedCount[this.shared++] = count[b]!;
      }
    }
    for (let v = 0; v < RANK_LIMIT; v++) {
      this.stage[v] = e.stage === 0 || v === 0 ? NEUTRAL : stageFit(v - e.stage);
      this.tech[v] = e.tech === 0 || v === 0 ? NEUTRAL : techFit(v - e.tech);
      this.intensity[v] = e.frequency === 0 || v === 0 ? NEUTRAL : stepFit(e.frequency, v);
      this.duration[v] = e.duration === 0 || v === 0 ? NEUTRAL : stepFit(e.duration, v);
    }
    for (let v = -1; v < STYLES - 1; v++) this.style[v + 1] = e.style < 0 || v < 0 ? NEUTRAL : STYLE_FIT[e.style]![v]!;
    for (let mask = 0; mask < SUPPORT_MASKS; mask++) {
      const none = e.supportList.length === 0 || mask === 0;
      this.firstFits[mask] = none ? NEUTRAL : (mask >> e.firstSupport) & 1;
      let got = 0;
      for (let k = 0; k < e.supportList.length; k++) if ((mask >> e.supportList[k]!) & 1) got += k === 0 ? 2 : 1;
      this.support[mask] = none ? NEUTRAL : got / (e.supportList.length + 1);
    }
  }
}

/**
 * Writes into `out` exactly what scoreCheap writes: every criterion from the record, and for
 * shared goals, language and goal fit the upper bounds that scoreCostly later replaces. It is
 * scoreOuter then scoreInner.
 * The mentor is number j of the index: its record at j * RECORD_WIDTH, and in `tipi` its five
 * personality scores as record value / 1000 at j * 5, in `zoneOf` the number of its UTC offset.
 */
export function scoreBound(
  e: Prepared,
  tab: MenteeTables,
  rec: Int32Array,
  j: number,
  tipi: Float64Array,
  zoneOf: Int32Array,
  sharedHours: number,
  out: Float64Array,
): void {
  scoreOuter(e, tab, rec, j, tipi, zoneOf, sharedHours, out);
  scoreInner(e, tab, rec, j, out);
}

/**
 * Every criterion that is a table read or a few operations, exactly; the four that loop over the
 * mentee's challenges and goals (similar challenges, relevant experience, shared goals, goal fit)
 * at an upper bound (1, and 0.6 + 0.4 x first support fit), so the rule total of `out` bounds
 * the pair's from above.
 */
export function scoreOuter(
  e: Prepared,
  tab: MenteeTables,
  rec: Int32Array,
  j: number,
  tipi: Float64Array,
  zoneOf: Int32Array,
  sharedHours: number,
  out: Float64Array,
): void {
  const at = j * WIDTH;
  const frequency = rec[at + F_FREQUENCY]!;
  const supportMask = rec[at + F_SUPPORT]!;
  out[1] = tab.stage[rec[at + F_STAGE]!]!;
  out[4] = tab.style[rec[at + F_STYLE]! + 1]!;
  out[11] = tab.tech[rec[at + F_TECH]!]!;
  out[12] = tab.support[supportMask]!;
  out[13] = tab.intensity[frequency]!;
  out[15] = tab.duration[rec[at + F_DURATION]!]!;
  out[10] =
    e.languageCount === 0 || rec[at + F_LANGUAGE_COUNT] === 0
      ? NEUTRAL
      : Math.min(e.bestLanguageRank, rec[at + F_BEST_LANGUAGE]!) / 4;
  const values = rec[at + F_VALUES]!;
  out[6] =
    e.valueCount === 0 || rec[at + F_VALUE_COUNT] === 0
      ? NEUTRAL
      : bitCount(e.values & values) / bitCount(e.values | values);
  out[8] = e.offsetMinutes === null || rec[at + F_HAS_OFFSET] === 0 ? NEUTRAL : tab.zone[zoneOf[j]!]!;
  out[9] =
    !e.hasAvailability || rec[at + F_HAS_AVAILABILITY] === 0
      ? NEUTRAL
      : Math.min(1, sharedHours / HOURS[e.frequency || frequency]!);

  out[0] = 1;
  out[2] = 1;
  out[3] = 1;
  out[14] = 0.6 + 0.4 * tab.firstFits[supportMask]!;
  const a = e.tipi;
  if (a === null || rec[at + F_HAS_TIPI] === 0) {
    out[5] = NEUTRAL;
    out[7] = NEUTRAL;
  } else {
    const t0 = j * 5;
    const gap =
      Math.abs(a[1]! - tipi[t0 + 1]!) +
      Math.abs(a[2]! - tipi[t0 + 2]!) +
      Math.max(0, a[3]! - tipi[t0 + 3]!) +
      Math.abs(a[4]! - tipi[t0 + 4]!);
    out[5] = Math.max(0, 1 - gap / 24);
    out[7] = Math.max(0, 1 - Math.abs(a[0]! - tipi[t0]!) / 6);
  }
}

/** The four criteria scoreOuter bounded, as scoreCheap has them (goal fit still bounded through the signatures). */
export function scoreInner(e: Prepared, tab: MenteeTables, rec: Int32Array, j: number, out: Float64Array): void {
  const at = j * WIDTH;
  const supportMask = rec[at + F_SUPPORT]!;
  const noChallenges = e.challenges.length === 0;
  out[0] =
    noChallenges || rec[at + F_CHALLENGE_COUNT] === 0
      ? NEUTRAL
      : credit(e, rec[at + F_LIVED0]!, rec[at + F_LIVED1]!, rec[at + F_LIVED_GROUPS]!);
  const specGroups = rec[at + F_SPEC_GROUPS]!;
  out[2] = noChallenges || specGroups === 0 ? NEUTRAL : credit(e, rec[at + F_SPEC0]!, rec[at + F_SPEC1]!, specGroups);
  const goalStemCount = rec[at + F_GOAL_STEM_COUNT]!;
  out[3] =
    e.goalStemCount === 0 || goalStemCount === 0
      ? NEUTRAL
      : Math.min(
          1,
          stemHits(tab, rec[at + F_GOAL_SIG0]!, rec[at + F_GOAL_SIG1]!) / Math.min(e.goalStemCount, goalStemCount),
        );
  const goals = e.goalStemsPerGoal.length;
  const servedBound =
    goals === 0 ? NEUTRAL : goalsHit(tab, goals, rec[at + F_EXPERTISE_SIG0]!, rec[at + F_EXPERTISE_SIG1]!);
  out[14] = 0.6 * servedBound + 0.4 * tab.firstFits[supportMask]!;
}

/** signatureHits of the mentee's goal stems: the same count, from bit masks made once per mentee. */
function stemHits(tab: MenteeTables, low: number, high: number): number {
  let hits = bitCount(tab.stemLow & low) + bitCount(tab.stemHigh & high);
  for (let q = 0; q < tab.shared; q++) {
    const b = tab.sharedBit[q]!;
    if ((((b < 32 ? low : high) >>> (b & 31)) & 1) === 1) hits += tab.sharedCount[q]!;
  }
  return hits;
}

/** goalsHit (criteria-kernel.ts), from each goal's signature mask made once per mentee. */
function goalsHit(tab: MenteeTables, goals: number, low: number, high: number): number {
  let hit = 0;
  for (let g = 0; g < goals; g++) if (((tab.goalLow[g]! & low) | (tab.goalHigh[g]! & high)) !== 0) hit++;
  return hit / goals;
}
