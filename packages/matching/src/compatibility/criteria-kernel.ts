import { HOURS_WANTED, NEUTRAL, STYLE_FIT, stageFit, stepFit, techFit } from "./fit-tables.js";
import { R } from "./mentor-record.js";
import type { Prepared } from "./prepare-profile.js";
import { C, CHALLENGE_GROUP_MASK } from "./vocabulary-tables.js";

// Plain module constants: the kernel runs for every candidate pair, and imported bindings may cost a
// getter call each. The slots follow the seed order, checked here so a reordered tree fails loudly.
const GROUP_MASK = CHALLENGE_GROUP_MASK;
const SIMILAR = 0;
const STAGE = 1;
const RELEVANT = 2;
const GROWTH_GOALS = 3;
const STYLE = 4;
const PERSONALITY = 5;
const VALUES = 6;
const INTERACTION = 7;
const ZONE = 8;
const AVAILABILITY = 9;
const LANGUAGE = 10;
const TECH = 11;
const SUPPORT = 12;
const INTENSITY = 13;
const GOAL_FIT = 14;
const DURATION = 15;
const SLOTS = {
  similar_life_challenges: SIMILAR,
  comparable_recovery_stages: STAGE,
  relevant_life_experiences: RELEVANT,
  shared_growth_goals: GROWTH_GOALS,
  communication_style: STYLE,
  personality_traits: PERSONALITY,
  values_alignment: VALUES,
  interaction_preferences: INTERACTION,
  time_zone_alignment: ZONE,
  availability_matching: AVAILABILITY,
  language_preferences: LANGUAGE,
  technology_comfort: TECH,
  support_type_preferences: SUPPORT,
  intensity_level_matching: INTENSITY,
  goal_compatibility: GOAL_FIT,
  relationship_duration_expectations: DURATION,
} as const;
for (const [name, slot] of Object.entries(SLOTS)) {
  if (C[name as keyof typeof SLOTS] !== slot) throw new Error(`criteria-kernel: ${name} is not in slot ${slot}`);
}

/**
 * The 16 criterion formulas, each in [0, 1]; see README.md ("Compatibility") for the reasoning.
 * The mentee is a prepared object, the mentor a packed record (mentor-record.ts) at rec[at..] with
 * its lists in `pool`. A criterion whose inputs are missing on either side scores NEUTRAL. Writes
 * into `out` (criterion slots, seed order) and allocates nothing: candidate generation calls it for
 * every pair that passes the hard constraints.
 */
export function scoreCriteria(
  e: Prepared,
  rec: Int32Array,
  at: number,
  pool: Int32Array,
  sharedHours: number,
  out: Float64Array,
): void {
  scoreCheap(e, rec, at, sharedHours, out);
  scoreCostly(e, rec, at, pool, out);
}

/**
 * Every criterion exactly from the record alone, except the three that read the mentor's lists
 * in the pool (shared goals, language, goal fit): for those an upper bound, which scoreCostly then
 * replaces. So after scoreCheap the rule total bounds the pair's from above.
 */
export function scoreCheap(e: Prepared, rec: Int32Array, at: number, sharedHours: number, out: Float64Array): void {
  scoreQuick(e, rec, at, sharedHours, out);
  scoreMiddle(e, rec, at, out);
}

/**
 * The criteria that are a few reads each, exactly; for the rest an upper bound (1, or the
 * language's best possible level), so candidate generation can drop a mentor before the loops.
 */
export function scoreQuick(e: Prepared, rec: Int32Array, at: number, sharedHours: number, out: Float64Array): void {
  out[SIMILAR] = 1;
  out[RELEVANT] = 1;
  out[GROWTH_GOALS] = 1;
  out[PERSONALITY] = 1;
  out[INTERACTION] = 1;
  out[LANGUAGE] =
    e.languageCount === 0 || rec[at + R.languageCount] === 0
      ? NEUTRAL
      : Math.min(e.bestLanguageRank, rec[at + R.bestLanguageRank]!) / 4;
  const noSupport = e.supportList.length === 0 || rec[at + R.supportCount] === 0;
  out[GOAL_FIT] = 0.6 + 0.4 * (noSupport ? NEUTRAL : (rec[at + R.support]! >> e.firstSupport) & 1);
  const stage = rec[at + R.stage]!;
  out[STAGE] = e.stage === 0 || stage === 0 ? NEUTRAL : stageFit(stage - e.stage);
  const style = rec[at + R.style]!;
  out[STYLE] = e.style < 0 || style < 0 ? NEUTRAL : STYLE_FIT[e.style]![style]!;
  const values = rec[at + R.values]!;
  out[VALUES] =
    e.valueCount === 0 || rec[at + R.valueCount] === 0
      ? NEUTRAL
      : popcount(e.values & values) / popcount(e.values | values);

  if (e.offsetMinutes === null || rec[at + R.hasOffset] === 0) out[ZONE] = NEUTRAL;
  else {
    const raw = Math.abs(e.offsetMinutes - rec[at + R.offset]!) % 1440;
    out[ZONE] = 1 - Math.min(raw, 1440 - raw) / 720;
  }
  const frequency = rec[at + R.frequency]!;
  out[AVAILABILITY] =
    !e.hasAvailability || rec[at + R.hasAvailability] === 0
      ? NEUTRAL
      : Math.min(1, sharedHours / HOURS_WANTED[e.frequency || frequency]!);
  const tech = rec[at + R.tech]!;
  out[TECH] = e.tech === 0 || tech === 0 ? NEUTRAL : techFit(tech - e.tech);

  const support = rec[at + R.support]!;
  if (e.supportList.length === 0 || rec[at + R.supportCount] === 0) out[SUPPORT] = NEUTRAL;
  else {
    // The mentee's first (most wanted) support type counts double.
    let got = 0;
    for (let k = 0; k < e.supportList.length; k++) if ((support >> e.supportList[k]!) & 1) got += k === 0 ? 2 : 1;
    out[SUPPORT] = got / (e.supportList.length + 1);
  }
  out[INTENSITY] = e.frequency === 0 || frequency === 0 ? NEUTRAL : stepFit(e.frequency, frequency);
  const duration = rec[at + R.duration]!;
  out[DURATION] = e.duration === 0 || duration === 0 ? NEUTRAL : stepFit(e.duration, duration);
}

/** Challenges and personality exactly; shared goals and goal fit bounded through the stem signatures. */
export function scoreMiddle(e: Prepared, rec: Int32Array, at: number, out: Float64Array): void {
  const noChallenges = e.challenges.length === 0;
  out[SIMILAR] =
    noChallenges || rec[at + R.challengeCount] === 0
      ? NEUTRAL
      : challengeCredit(e, rec[at + R.lived0]!, rec[at + R.lived1]!, rec[at + R.livedGroups]!);
  const specGroups = rec[at + R.specGroups]!;
  out[RELEVANT] =
    noChallenges || specGroups === 0 ? NEUTRAL : challengeCredit(e, rec[at + R.spec0]!, rec[at + R.spec1]!, specGroups);
  const goalStemCount = rec[at + R.goalStemCount]!;
  out[GROWTH_GOALS] =
    e.goalStemCount === 0 || goalStemCount === 0
      ? NEUTRAL
      : Math.min(
          1,
          signatureHits(e.goalStems, rec[at + R.goalSignature0]!, rec[at + R.goalSignature1]!) /
            Math.min(e.goalStemCount, goalStemCount),
        );
  const noSupport = e.supportList.length === 0 || rec[at + R.supportCount] === 0;
  const firstFits = noSupport ? NEUTRAL : (rec[at + R.support]! >> e.firstSupport) & 1;
  const servedBound =
    e.goalStemsPerGoal.length === 0
      ? NEUTRAL
      : goalsHit(e, rec[at + R.expertiseSignature0]!, rec[at + R.expertiseSignature1]!);
  out[GOAL_FIT] = 0.6 * servedBound + 0.4 * firstFits;
  const a = e.tipi;
  if (a === null || rec[at + R.hasTipi] === 0) {
    out[PERSONALITY] = NEUTRAL;
    out[INTERACTION] = NEUTRAL;
  } else {
    const t0 = at + R.tipi0;
    // Similar agreeableness, conscientiousness and openness; a mentor at least as emotionally steady as the mentee.
    const gap =
      Math.abs(a[1]! - rec[t0 + 1]! / 1000) +
      Math.abs(a[2]! - rec[t0 + 2]! / 1000) +
      Math.max(0, a[3]! - rec[t0 + 3]! / 1000) +
      Math.abs(a[4]! - rec[t0 + 4]! / 1000);
    out[PERSONALITY] = Math.max(0, 1 - gap / 24);
    // Social energy (extraversion): how talkative and outgoing each likes a conversation to be.
    out[INTERACTION] = Math.max(0, 1 - Math.abs(a[0]! - rec[t0]! / 1000) / 6);
  }
}

/** The three criteria that read the pool, exactly (after scoreCheap). */
export function scoreCostly(e: Prepared, rec: Int32Array, at: number, pool: Int32Array, out: Float64Array): void {
  const goalStemCount = rec[at + R.goalStemCount]!;
  out[GROWTH_GOALS] =
    e.goalStemCount === 0 || goalStemCount === 0
      ? NEUTRAL
      : sortedOverlap(e.goalStems, pool, rec[at + R.goalsAt]!, rec[at + R.goalsLength]!) /
        Math.min(e.goalStemCount, goalStemCount);
  out[LANGUAGE] =
    e.languageCount === 0 || rec[at + R.languageCount] === 0
      ? NEUTRAL
      : bestSharedProficiency(e, pool, rec[at + R.languagesAt]!, rec[at + R.languagesLength]!) / 4;
  const served =
    e.goalStemsPerGoal.length === 0
      ? NEUTRAL
      : goalsServed(e, pool, rec[at + R.expertiseAt]!, rec[at + R.expertiseLength]!);
  const noSupport = e.supportList.length === 0 || rec[at + R.supportCount] === 0;
  const firstFits = noSupport ? NEUTRAL : (rec[at + R.support]! >> e.firstSupport) & 1;
  out[GOAL_FIT] = 0.6 * served + 0.4 * firstFits;
}

function hasSignatureBit(id: number, low: number, high: number): boolean {
  return id >= 0 && ((((id & 63) < 32 ? low : high) >>> (id & 31)) & 1) === 1;
}

/** Mentee stems whose bit the mentor's signature has: at least the true overlap. */
function signatureHits(stems: Int32Array, low: number, high: number): number {
  let hits = 0;
  for (let k = 0; k < stems.length; k++) if (hasSignatureBit(stems[k]!, low, high)) hits++;
  return hits;
}

/** Share of goals with a stem whose bit the signature has: at least goalsServed. */
function goalsHit(e: Prepared, low: number, high: number): number {
  let hit = 0;
  const goals = e.goalStemsPerGoal;
  for (let g = 0; g < goals.length; g++) {
    const goal = goals[g]!;
    for (let k = 0; k < goal.length; k++) {
      if (hasSignatureBit(goal[k]!, low, high)) {
        hit++;
        break;
      }
    }
  }
  return hit / e.goalStemsPerGoal.length;
}

/** Weighted share of the mentee's challenges in the two-word set (1) or only in one of its groups (0.5). */
export function challengeCredit(e: Prepared, word0: number, word1: number, groups: number): number {
  let credit = 0;
  for (let k = 0; k < e.challenges.length; k++) {
    const c = e.challenges[k]!;
    const w = e.challengeWeights[k]!;
    if (((c < 32 ? word0 : word1) >>> (c & 31)) & 1) credit += w;
    else if ((GROUP_MASK[c]! & groups) !== 0) credit += 0.5 * w;
  }
  return credit / e.challengeWeightSum;
}

/** Common entries of a sorted array and a sorted run pool[from..from+length). */
function sortedOverlap(a: Int32Array, pool: Int32Array, from: number, length: number): number {
  let i = 0;
  let j = from;
  const end = from + length;
  let n = 0;
  while (i < a.length && j < end) {
    const x = a[i]!;
    const y = pool[j]!;
    if (x === y) {
      n++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return n;
}

function containsSorted(pool: Int32Array, from: number, length: number, x: number): boolean {
  let lo = from;
  let hi = from + length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = pool[mid]!;
    if (v === x) return true;
    if (v < x) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** Share of the mentee's goals with at least one word the mentor's goals or experience also use. */
function goalsServed(e: Prepared, pool: Int32Array, from: number, length: number): number {
  let served = 0;
  for (const goal of e.goalStemsPerGoal) {
    for (let k = 0; k < goal.length; k++) {
      if (goal[k]! >= 0 && containsSorted(pool, from, length, goal[k]!)) {
        served++;
        break;
      }
    }
  }
  return served / e.goalStemsPerGoal.length;
}

/** Best shared language as the lower of the two proficiency ranks (4 = native); 0 when none is shared. */
function bestSharedProficiency(e: Prepared, pool: Int32Array, from: number, length: number): number {
  let best = 0;
  for (let i = 0; i < e.languages.length; i++) {
    for (let j = from; j < from + length; j += 2) {
      if (e.languages[i] === pool[j]) best = Math.max(best, Math.min(e.languageRanks[i]!, pool[j + 1]!));
    }
  }
  return best;
}

export function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
