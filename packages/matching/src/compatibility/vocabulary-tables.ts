import {
  CHALLENGE_GROUPS,
  CHALLENGES,
  type ChallengeId,
  COMMUNICATION_STYLES,
  type CommunicationStyle,
  MATCHING_CRITERIA,
  type MatchingCriterion,
  type MatchingDimension,
  MEETING_FREQUENCIES,
  MENTOR_TYPES,
  type MeetingFrequency,
  type MentorType,
  PERSONAL_VALUES,
  type PersonalValue,
  RECOVERY_STAGES,
  RELATIONSHIP_DURATIONS,
  type RecoveryStage,
  type RelationshipDuration,
  SUPPORT_TYPES,
  type SupportType,
  TECHNOLOGY_COMFORT_LEVELS,
  type TechnologyComfort,
} from "@mentalverse/shared";

/**
 * Dense numbers for the vocabulary, so that per-pair work is bit operations and array reads.
 * Challenge k is CHALLENGES[k] (47 today, two 32-bit words); groups, values and support types
 * each fit one word.
 */
export const CHALLENGE_WORDS = Math.ceil(CHALLENGES.length / 32);
export const CHALLENGE_INDEX = new Map<ChallengeId, number>(CHALLENGES.map((c, k) => [c.id, k]));
const GROUP_INDEX = new Map<string, number>(CHALLENGE_GROUPS.map((g, k) => [g.id, k]));
if (CHALLENGE_GROUPS.length > 32) throw new Error("matching: more than 32 challenge groups need a wider mask");

/** Per challenge, the mask of every group that lists it. */
export const CHALLENGE_GROUP_MASK = Int32Array.from(CHALLENGES, (c) =>
  c.groupIds.reduce((mask, g) => mask | (1 << GROUP_INDEX.get(g)!), 0),
);

/** Per challenge, the mask of mentor types that can cover it (bit = index in MENTOR_TYPES). */
const TYPE_INDEX = new Map<MentorType, number>(MENTOR_TYPES.map((t, k) => [t.id, k]));
export const CHALLENGE_TYPE_MASK = Int32Array.from(CHALLENGES, (c) =>
  c.mentorTypes.reduce((mask, t) => mask | (1 << TYPE_INDEX.get(t)!), 0),
);
export function mentorTypeMask(types: readonly MentorType[]): number {
  let mask = 0;
  for (const t of types) mask |= 1 << (TYPE_INDEX.get(t) ?? 31);
  return mask;
}

export const VALUE_INDEX = new Map<PersonalValue, number>(PERSONAL_VALUES.map((v, k) => [v.id, k]));
export const SUPPORT_INDEX = new Map<SupportType, number>(SUPPORT_TYPES.map((s, k) => [s.id, k]));
export const STYLE_INDEX = new Map<CommunicationStyle, number>(COMMUNICATION_STYLES.map((s, k) => [s.id, k]));

const rankOf = <T extends string>(options: readonly { id: T; rank: number }[]) =>
  new Map<T, number>(options.map((o) => [o.id, o.rank]));
export const STAGE_RANK = rankOf<RecoveryStage>(RECOVERY_STAGES);
export const FREQUENCY_RANK = rankOf<MeetingFrequency>(MEETING_FREQUENCIES);
export const TECH_RANK = rankOf<TechnologyComfort>(TECHNOLOGY_COMFORT_LEVELS);
export const DURATION_RANK = new Map<RelationshipDuration, number>(RELATIONSHIP_DURATIONS.map((d, k) => [d.id, k + 1]));
/** Above every rank (stage, frequency, technology, duration; 0 = unknown): the size of a per-rank table. */
export const RANK_LIMIT =
  1 + Math.max(...STAGE_RANK.values(), ...FREQUENCY_RANK.values(), ...TECH_RANK.values(), ...DURATION_RANK.values());
export const COMMUNICATION_STYLE_COUNT = COMMUNICATION_STYLES.length;

/** The 16 criteria in seed order with their dimension; index k is the criterion's slot in score arrays. */
export const CRITERIA: readonly { criterion: MatchingCriterion; dimension: MatchingDimension; label: string }[] =
  MATCHING_CRITERIA.children.flatMap((group) =>
    group.children.map((leaf) => ({ criterion: leaf.id, dimension: group.id, label: leaf.label })),
  );
export const DIMENSIONS: readonly MatchingDimension[] = MATCHING_CRITERIA.children.map((g) => g.id);
export const CRITERION_COUNT = CRITERIA.length;
/** Slot of each criterion, named for readability in the kernel. */
export const C = Object.fromEntries(CRITERIA.map((c, k) => [c.criterion, k])) as Record<MatchingCriterion, number>;
