import type { Faker } from "@faker-js/faker";
import {
  CHALLENGES,
  type ChallengeId,
  challengeOfSpecialisation,
  type MentorType,
  type SpecialisationId,
  specialisationTreeOf,
} from "@mentalverse/shared";

/** How often each challenge is someone's main one: anxiety and depression far ahead, as in any peer service. */
const PRIMARY_WEIGHTS: Partial<Record<ChallengeId, number>> = {
  anxiety_management: 26,
  depression_recovery: 22,
  stress_management: 10,
  social_anxiety_management: 6,
  grief_and_loss: 5,
  ptsd_recovery: 4,
  substance_use_disorders: 4,
  emotional_regulation: 4,
  bipolar_disorder_support: 3,
  childhood_trauma: 3,
  relationship_trauma: 3,
  sleep_hygiene: 3,
  career_transitions: 3,
  family_difficulties: 3,
  confidence_building: 3,
  divorce_and_separation: 2,
  relapse_prevention: 2,
  complex_ptsd: 2,
  behavioral_addictions: 2,
  financial_hardship: 2,
  lgbtq_identity: 2,
  workplace_trauma: 1,
  dual_diagnosis_support: 1,
  chronic_condition_management: 1,
  health_challenges: 1,
  geographic_moves: 1,
  cultural_identity: 1,
  social_challenges: 1,
};

/** What tends to come with a main challenge; anything else turns up now and then. */
const COMES_WITH: Partial<Record<ChallengeId, ChallengeId[]>> = {
  anxiety_management: ["social_anxiety_management", "stress_management", "sleep_hygiene", "depression_recovery"],
  depression_recovery: ["anxiety_management", "sleep_hygiene", "confidence_building", "social_challenges"],
  stress_management: ["career_transitions", "sleep_hygiene", "anxiety_management", "financial_hardship"],
  social_anxiety_management: ["confidence_building", "anxiety_management", "relationship_building"],
  grief_and_loss: ["depression_recovery", "family_difficulties", "sleep_hygiene"],
  ptsd_recovery: ["anxiety_management", "sleep_hygiene", "emotional_regulation"],
  substance_use_disorders: ["relapse_prevention", "dual_diagnosis_support", "family_difficulties"],
  childhood_trauma: ["complex_ptsd", "relationship_trauma", "emotional_regulation"],
};

const ALL = CHALLENGES.map((c) => c.id);

/** A mentee's challenges: one primary, usually one to three that come with it. */
export function pickMenteeChallenges(rng: Faker): { id: ChallengeId; primary: boolean }[] {
  const weighted = Object.entries(PRIMARY_WEIGHTS).map(([id, weight]) => ({ weight, value: id as ChallengeId }));
  const primary = rng.helpers.weightedArrayElement(weighted);
  const related = (COMES_WITH[primary] ?? []).filter(() => rng.datatype.boolean({ probability: 0.4 }));
  const stray = rng.datatype.boolean({ probability: 0.3 }) ? [rng.helpers.arrayElement(ALL)] : [];
  const others = [...new Set([...related, ...stray])].filter((id) => id !== primary).slice(0, 3);
  return [{ id: primary, primary: true }, ...others.map((id) => ({ id, primary: false }))];
}

/**
 * Each mentor's anchor specialisation, in turn: the common challenges first, so even a small demo
 * covers anxiety and depression, and the full one covers most of each tree.
 */
const ANCHORS: Record<MentorType, SpecialisationId[]> = {
  recovery_mentor: [
    "depression_recovery",
    "anxiety_management",
    "substance_use_disorders",
    "ptsd_recovery",
    "grief_and_loss",
    "bipolar_disorder_support",
    "childhood_trauma",
    "relapse_prevention",
    "relationship_trauma",
    "divorce_and_separation",
    "complex_ptsd",
    "career_transitions",
    "behavioral_addictions",
    "dual_diagnosis_support",
    "workplace_trauma",
    "life_transition_health_challenges",
  ],
  wellness_coach: [
    "stress_management",
    "social_anxiety_management",
    "emotional_regulation",
    "sleep_hygiene",
    "mindfulness_and_meditation",
    "resilience_building",
    "exercise_and_movement",
    "relationship_building",
    "chronic_condition_management",
    "communication_skills",
    "purpose_and_meaning",
    "nutrition_and_diet",
  ],
  life_experience_mentor: [
    "family_difficulties",
    "confidence_building",
    "career_changes",
    "financial_hardship",
    "lgbtq_identity",
    "relationship_transitions",
    "geographic_moves",
    "cultural_identity",
    "social_challenges",
    "adversity_health_challenges",
    "life_stage_changes",
    "creative_expression",
  ],
};

/** Whether the common challenges' specialisation is likely for a type (most mentors cover them). */
const COMMON: Record<MentorType, SpecialisationId[]> = {
  recovery_mentor: ["depression_recovery", "anxiety_management"],
  wellness_coach: ["stress_management", "emotional_regulation", "mindfulness_and_meditation"],
  life_experience_mentor: ["confidence_building", "family_difficulties"],
};

/** A mentor's specialisations: the anchor first, the common ones often, a few more from the tree. */
export function pickSpecialisations(rng: Faker, type: MentorType, index: number): SpecialisationId[] {
  const anchor = ANCHORS[type][index % ANCHORS[type].length]!;
  const leaves = specialisationTreeOf(type).children.flatMap((g) => g.children.map((l) => l.id as SpecialisationId));
  const common = COMMON[type].filter(() => rng.datatype.boolean({ probability: 0.6 }));
  const more = rng.helpers.arrayElements(leaves, { min: 1, max: 4 });
  return [...new Set([anchor, ...common, ...more])].slice(0, 7);
}

/** A mentor's own challenges: what they lived through, which is what their specialisations grew from. */
export function mentorChallenges(
  rng: Faker,
  specialisations: SpecialisationId[],
): { id: ChallengeId; primary: boolean }[] {
  const ids = [...new Set(specialisations.map(challengeOfSpecialisation))];
  const own = [ids[0]!, ...rng.helpers.arrayElements(ids.slice(1), { min: 0, max: Math.min(3, ids.length - 1) })];
  return own.map((id, i) => ({ id, primary: i === 0 }));
}
