import {
  CHALLENGE_IDS,
  type ChallengeId,
  COMMUNICATION_STYLES,
  challengeOfSpecialisation,
  type LanguageProficiency,
  MEETING_FREQUENCIES,
  MENTOR_TYPES,
  type MentorType,
  PERSONAL_VALUES,
  type ProfileFields,
  RECOVERY_STAGES,
  RELATIONSHIP_DURATIONS,
  type RecoveryStage,
  type SpecialisationId,
  SUPPORT_TYPES,
  scoreTipi,
  specialisationTreeOf,
  TECHNOLOGY_COMFORT_LEVELS,
} from "@mentalverse/shared";
import type { MenteeInput, MentorInput, PairRules, PersonProfile } from "../packages/matching/src/index.js";
import { seededRandom } from "./matching-instance.js";
import {
  GOALS,
  LANGUAGE_COMMUNITIES,
  PRIMARY_CHALLENGE_WEIGHTS,
  SECOND_LANGUAGE_LEVELS,
  TAIL_CHALLENGE_WEIGHT,
  type Weighted,
} from "./population-mix.js";

/**
 * Seeded synthetic members for the matching benchmark. Each person is first a full matching profile
 * as members fill it in (ProfileFields, TIPI answers included, valid against the shared schema),
 * then the matching library's input. Mentors and mentees draw from separate streams, so the mentors
 * of a seed do not depend on how many mentees are asked for.
 *
 * Popularity is skewed on purpose: a mentor's "reach" (Pareto) sets how many specialisations,
 * hours and languages they offer, so a few broad mentors fit a large share of mentees.
 */
export interface PopulationSize {
  readonly mentees: number;
  readonly mentors: number;
}
export interface Population {
  readonly mentees: MenteeInput[];
  readonly mentors: MentorInput[];
  readonly rules: PairRules;
}

type Rand = () => number;

function picker<T>(items: Weighted<T>): (rand: Rand) => T {
  const cumulative: number[] = [];
  let total = 0;
  for (const [, w] of items) {
    total += w;
    cumulative.push(total);
  }
  return (rand) => {
    const x = rand() * total;
    let lo = 0;
    let hi = items.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! <= x) lo = mid + 1;
      else hi = mid;
    }
    return items[lo]![0];
  };
}

const uniform = <T>(items: readonly T[]) => picker(items.map((x) => [x, 1] as const));
const int = (rand: Rand, lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));

/** `count` distinct items by weight (rejection: lists here are short and counts small). */
function distinctPicks<T>(rand: Rand, pick: (r: Rand) => T, count: number, cap: number): T[] {
  const out = new Set<T>();
  for (let tries = 0; out.size < Math.min(count, cap) && tries < count * 20; tries++) out.add(pick(rand));
  return [...out];
}

const pickCommunity = picker(LANGUAGE_COMMUNITIES.map((c) => [c, c.weight] as const));
const zonePickers = new Map(LANGUAGE_COMMUNITIES.map((c) => [c.code, picker(c.zones)]));
const pickSecondLevel = picker(SECOND_LANGUAGE_LEVELS);
const pickSecondCommunity = picker(LANGUAGE_COMMUNITIES.filter((c) => c.code !== "en").map((c) => [c, c.weight]));
const challengeWeight = (id: ChallengeId) => PRIMARY_CHALLENGE_WEIGHTS[id] ?? TAIL_CHALLENGE_WEIGHT;
const pickChallenge = picker(CHALLENGE_IDS.map((id) => [id, challengeWeight(id)] as const));
const pickStyle = uniform(COMMUNICATION_STYLES.map((s) => s.id));
// A few values (every fourth in the list) are three times as common, so shared values are not uniform noise.
const pickValue = picker(PERSONAL_VALUES.map((v, q) => [v.id, 1 + (q % 4 === 0 ? 2 : 0)] as const));
const pickSupport = picker(SUPPORT_TYPES.map((s) => [s.id, s.id === "emotional_support" ? 4 : 2] as const));
const pickIntensity = picker(
  MEETING_FREQUENCIES.map((f) => [f.id, f.id === "weekly" ? 5 : f.id === "fortnightly" ? 4 : 1]),
);
const pickDuration = picker(RELATIONSHIP_DURATIONS.map((d) => [d.id, d.months === 6 ? 3 : 2] as const));
const pickComfort = picker(TECHNOLOGY_COMFORT_LEVELS.map((t) => [t.id, t.rank === 1 ? 1 : 3] as const));
const pickGoal = uniform(GOALS);
const menteeStage = picker<RecoveryStage>([
  ["early", 5],
  ["ongoing", 4],
  ["sustained", 1],
]);
const mentorStage = picker<RecoveryStage>(RECOVERY_STAGES.map((s) => [s.id, s.rank]));

function languages(rand: Rand, community: (typeof LANGUAGE_COMMUNITIES)[number], reach: number) {
  const out: { code: string; proficiency: LanguageProficiency }[] = [{ code: community.code, proficiency: "native" }];
  if (community.code !== "en" && rand() < community.englishShare)
    out.push({ code: "en", proficiency: pickSecondLevel(rand) });
  if (community.code === "en" && rand() < 0.08 * reach) {
    out.push({ code: pickSecondCommunity(rand).code, proficiency: pickSecondLevel(rand) });
  }
  return out;
}

/** Local hours: most people are free on weekday evenings or weekends; some in the day (shifts, retired). */
function availability(rand: Rand, reach: number): { day: number; hour: number }[] {
  const slots = new Set<number>();
  const blocks = Math.min(14, Math.max(1, Math.round((2 + rand() * 4) * reach)));
  for (let b = 0; b < blocks; b++) {
    const kind = rand();
    const day = kind < 0.55 ? int(rand, 1, 5) : kind < 0.85 ? (rand() < 0.5 ? 0 : 6) : int(rand, 0, 6);
    const start = kind < 0.55 ? int(rand, 17, 20) : kind < 0.85 ? int(rand, 9, 16) : int(rand, 8, 14);
    const length = int(rand, 1, 3);
    for (let h = start; h < Math.min(24, start + length); h++) slots.add(day * 24 + h);
  }
  return [...slots].sort((a, b) => a - b).map((s) => ({ day: Math.floor(s / 24), hour: s % 24 }));
}

/** One complete profile, as a member would save it. */
function profileFields(rand: Rand, challenges: ChallengeId[], stage: RecoveryStage, reach: number) {
  const community = pickCommunity(rand);
  const [primary, ...rest] = [...new Set(challenges)].slice(0, 10);
  const others = rest.length > 0 ? rest : distinctPicks(rand, pickChallenge, int(rand, 0, 3), 9);
  const fields: ProfileFields = {
    challenges: [
      { id: primary!, primary: true },
      ...others.filter((c) => c !== primary).map((id) => ({ id, primary: false })),
    ],
    recoveryStage: stage,
    goals: distinctPicks(rand, pickGoal, int(rand, 1, 3), 5),
    communicationStyle: pickStyle(rand),
    tipi: Array.from({ length: 10 }, () => int(rand, 1, 7)),
    topValues: distinctPicks(rand, pickValue, int(rand, 3, 5), 5),
    timeZone: zonePickers.get(community.code)!(rand),
    availability: availability(rand, reach),
    languages: languages(rand, community, reach),
    technologyComfort: pickComfort(rand),
    supportTypes: distinctPicks(rand, pickSupport, int(rand, 1, 3), 4),
    intensity: pickIntensity(rand),
    expectedDuration: pickDuration(rand),
    story: "",
  };
  return fields;
}

/** The matching library's view of a profile: TIPI answers become scores, the story stays out. */
export function personOf(id: string, f: ProfileFields): PersonProfile {
  const tipi = scoreTipi(f.tipi);
  return {
    id,
    challenges: f.challenges,
    recoveryStage: f.recoveryStage,
    goals: f.goals,
    communicationStyle: f.communicationStyle,
    personality: tipi.status === "scored" ? tipi.scores : null,
    topValues: f.topValues,
    timeZone: f.timeZone,
    availability: f.availability,
    languages: f.languages,
    technologyComfort: f.technologyComfort,
    supportTypes: f.supportTypes,
    intensity: f.intensity,
    expectedDuration: f.expectedDuration,
  };
}

const specialisationsOf = new Map(
  MENTOR_TYPES.map((t) => [t.id, specialisationTreeOf(t.id).children.flatMap((g) => g.children.map((l) => l.id))]),
);
const specialisationPickers = new Map(
  MENTOR_TYPES.map((t) => [
    t.id,
    picker(
      specialisationsOf.get(t.id)!.map((s) => [s as SpecialisationId, challengeWeight(challengeOfSpecialisation(s))]),
    ),
  ]),
);
const pickMentorType = picker<MentorType>([
  ["recovery_mentor", 5],
  ["wellness_coach", 3],
  ["life_experience_mentor", 2],
]);

export function mentorProfile(rand: Rand, id: string): { fields: ProfileFields; input: MentorInput } {
  // Pareto(alpha 1.5) from 1: most mentors are narrow, a few reach a large share of mentees.
  const reach = Math.min(6, (1 - rand()) ** (-1 / 1.5));
  const types = distinctPicks(rand, pickMentorType, rand() < 0.15 * reach ? 2 : 1, 3);
  const specialisations = types.flatMap((t) =>
    distinctPicks(rand, specialisationPickers.get(t)!, Math.round(1 + rand() * 2 * reach), 16),
  );
  // Mentors lived through what they specialise in: their own challenges are their specialisations'.
  const fields = profileFields(rand, specialisations.map(challengeOfSpecialisation), mentorStage(rand), reach);
  const capacity = picker<number>([
    [1, 2],
    [2, 3],
    [3, 2.5],
    [4, 1.5],
    [5, 1],
  ])(rand);
  const status = rand();
  const input: MentorInput = {
    ...personOf(id, fields),
    mentorTypes: types,
    specialisations,
    active: status >= 0.03,
    pausedNewMatches: status >= 0.03 && status < 0.06,
    capacity,
    activeMentees: rand() < 0.08 ? capacity : rand() < 0.5 ? 0 : int(rand, 0, capacity - 1),
  };
  return { fields, input };
}

export function menteeProfile(rand: Rand, id: string): { fields: ProfileFields; input: MenteeInput } {
  const fields = profileFields(rand, [pickChallenge(rand)], menteeStage(rand), 1);
  return { fields, input: { ...personOf(id, fields), cleared: rand() >= 0.03 } };
}

/** A few blocks and earlier ended matches, some of them with a staff-allowed rematch. */
function pairRules(rand: Rand, size: PopulationSize): PairRules {
  const blocked = new Set<string>();
  const endedBefore = new Set<string>();
  const rematchAllowed = new Set<string>();
  const pair = () => `e${int(rand, 0, size.mentees - 1)}:m${int(rand, 0, size.mentors - 1)}`;
  for (let q = 0; q < Math.ceil(size.mentees / 500); q++) blocked.add(pair());
  for (let q = 0; q < Math.ceil(size.mentees / 200); q++) {
    const key = pair();
    endedBefore.add(key);
    if (rand() < 0.3) rematchAllowed.add(key);
  }
  return { blocked, endedBefore, rematchAllowed };
}

const MENTOR_STREAM = 0x6d656e74;
const MENTEE_STREAM = 0x6d656e65;
const RULES_STREAM = 0x72756c65;

export function generatePopulation(size: PopulationSize, seed: number): Population {
  const mentorRand = seededRandom(seed ^ MENTOR_STREAM);
  const menteeRand = seededRandom(seed ^ MENTEE_STREAM);
  const mentors = Array.from({ length: size.mentors }, (_, j) => mentorProfile(mentorRand, `m${j}`).input);
  const mentees = Array.from({ length: size.mentees }, (_, i) => menteeProfile(menteeRand, `e${i}`).input);
  return { mentees, mentors, rules: pairRules(seededRandom(seed ^ RULES_STREAM), size) };
}
