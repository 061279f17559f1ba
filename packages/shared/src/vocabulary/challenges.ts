import { z } from "zod";
import {
  MENTOR_TYPES,
  type MentorType,
  type SpecialisationGroupId,
  type SpecialisationId,
  specialisationTreeOf,
} from "./mentor-types.js";
import type { NonEmpty } from "./tree.js";

/**
 * The challenges and experiences a mentee picks from. They are the leaves of the three
 * specialisation trees, grouped by their parents, so a mentee's pick and a mentor's specialisation
 * share one id and matching compares ids directly. Where the seed lists the same label under two
 * mentor types ("Health Challenges", under Life Transition Recovery and Overcoming Adversity), the
 * two specialisations are one challenge, covered by both types and listed in both groups.
 */
const MERGED_CHALLENGES = {
  life_transition_health_challenges: "health_challenges",
  adversity_health_challenges: "health_challenges",
} as const satisfies Partial<Record<SpecialisationId, string>>;

type MergedSpecialisationId = keyof typeof MERGED_CHALLENGES;
export type ChallengeId =
  | Exclude<SpecialisationId, MergedSpecialisationId>
  | (typeof MERGED_CHALLENGES)[MergedSpecialisationId];

export interface Challenge {
  readonly id: ChallengeId;
  readonly label: string;
  /** The group it first appears under in the seed. */
  readonly parentId: SpecialisationGroupId;
  /** Every group that lists it (more than one only for merged challenges). */
  readonly groupIds: readonly SpecialisationGroupId[];
  /** The mentor types whose specialisations cover it, in seed order. */
  readonly mentorTypes: readonly MentorType[];
  readonly specialisationIds: readonly SpecialisationId[];
}

export interface ChallengeGroup {
  readonly id: SpecialisationGroupId;
  readonly label: string;
  readonly mentorType: MentorType;
  readonly challengeIds: readonly ChallengeId[];
}

/** The challenge a mentor's specialisation covers. */
export function challengeOfSpecialisation(specialisationId: SpecialisationId): ChallengeId {
  return (
    (MERGED_CHALLENGES as Partial<Record<SpecialisationId, ChallengeId>>)[specialisationId] ??
    (specialisationId as ChallengeId)
  );
}

function buildTaxonomy(): { groups: ChallengeGroup[]; challenges: Map<ChallengeId, Challenge> } {
  const groups: ChallengeGroup[] = [];
  const challenges = new Map<ChallengeId, Challenge>();
  for (const type of MENTOR_TYPES) {
    for (const group of specialisationTreeOf(type.id).children) {
      const challengeIds: ChallengeId[] = [];
      for (const leaf of group.children) {
        const id = challengeOfSpecialisation(leaf.id);
        challengeIds.push(id);
        const seen = challenges.get(id);
        challenges.set(id, {
          id,
          label: leaf.label,
          parentId: seen?.parentId ?? group.id,
          groupIds: [...(seen?.groupIds ?? []), group.id],
          mentorTypes: seen?.mentorTypes.includes(type.id) ? seen.mentorTypes : [...(seen?.mentorTypes ?? []), type.id],
          specialisationIds: [...(seen?.specialisationIds ?? []), leaf.id],
        });
      }
      groups.push({ id: group.id, label: group.label, mentorType: type.id, challengeIds });
    }
  }
  return { groups, challenges };
}

const taxonomy = buildTaxonomy();

/** The challenge groups in seed order (one per specialisation group). */
export const CHALLENGE_GROUPS: readonly ChallengeGroup[] = taxonomy.groups;
/** Every challenge once, in seed order of first appearance. */
export const CHALLENGES: readonly Challenge[] = [...taxonomy.challenges.values()];

export const CHALLENGE_IDS = CHALLENGES.map((c) => c.id) as unknown as NonEmpty<ChallengeId>;
export const ChallengeIdSchema = z.enum(CHALLENGE_IDS);

export function findChallenge(challengeId: ChallengeId): Challenge | undefined {
  return taxonomy.challenges.get(challengeId);
}

/** The mentor types whose specialisations cover a challenge; empty for an unknown id. */
export function coveringMentorTypes(challengeId: ChallengeId): readonly MentorType[] {
  return taxonomy.challenges.get(challengeId)?.mentorTypes ?? [];
}
