import { z } from "zod";
import { groupIdsOf, type LeafIdOf, leafIdsOf, optionIdsOf, type VocabularyTree } from "./tree.js";

/**
 * The three peer mentor types and their specialisation trees ("Peer Mentor Types" in the seed).
 * Specialisation leaf ids are short and plain because contracts store them; the two places where
 * the seed repeats a label get a qualified id (see `life_transition_health_challenges` and
 * `adversity_health_challenges`, and the group `life_personal_growth` below).
 */
export const RECOVERY_SPECIALIZATIONS = {
  id: "recovery_specializations",
  label: "Recovery Specializations",
  children: [
    {
      id: "addiction_recovery",
      label: "Addiction Recovery",
      children: [
        { id: "substance_use_disorders", label: "Substance Use Disorders" },
        { id: "behavioral_addictions", label: "Behavioral Addictions" },
        { id: "dual_diagnosis_support", label: "Dual Diagnosis Support" },
        { id: "relapse_prevention", label: "Relapse Prevention" },
      ],
    },
    {
      id: "mental_health_recovery",
      label: "Mental Health Recovery",
      children: [
        { id: "depression_recovery", label: "Depression Recovery" },
        { id: "anxiety_management", label: "Anxiety Management" },
        { id: "bipolar_disorder_support", label: "Bipolar Disorder Support" },
        { id: "ptsd_recovery", label: "PTSD Recovery" },
      ],
    },
    {
      id: "trauma_recovery",
      label: "Trauma Recovery",
      children: [
        { id: "childhood_trauma", label: "Childhood Trauma" },
        { id: "relationship_trauma", label: "Relationship Trauma" },
        { id: "workplace_trauma", label: "Workplace Trauma" },
        { id: "complex_ptsd", label: "Complex PTSD" },
      ],
    },
    {
      id: "life_transition_recovery",
      label: "Life Transition Recovery",
      children: [
        { id: "grief_and_loss", label: "Grief and Loss" },
        { id: "divorce_and_separation", label: "Divorce and Separation" },
        { id: "career_transitions", label: "Career Transitions" },
        { id: "life_transition_health_challenges", label: "Health Challenges" },
      ],
    },
  ],
} as const satisfies VocabularyTree;

export const WELLNESS_SPECIALIZATIONS = {
  id: "wellness_specializations",
  label: "Wellness Specializations",
  children: [
    {
      id: "mental_wellness",
      label: "Mental Wellness",
      children: [
        { id: "stress_management", label: "Stress Management" },
        { id: "mindfulness_and_meditation", label: "Mindfulness and Meditation" },
        { id: "emotional_regulation", label: "Emotional Regulation" },
        { id: "resilience_building", label: "Resilience Building" },
      ],
    },
    {
      id: "physical_wellness",
      label: "Physical Wellness",
      children: [
        { id: "exercise_and_movement", label: "Exercise and Movement" },
        { id: "nutrition_and_diet", label: "Nutrition and Diet" },
        { id: "sleep_hygiene", label: "Sleep Hygiene" },
        { id: "chronic_condition_management", label: "Chronic Condition Management" },
      ],
    },
    {
      id: "social_wellness",
      label: "Social Wellness",
      children: [
        { id: "relationship_building", label: "Relationship Building" },
        { id: "communication_skills", label: "Communication Skills" },
        { id: "social_anxiety_management", label: "Social Anxiety Management" },
        { id: "community_engagement", label: "Community Engagement" },
      ],
    },
    {
      id: "spiritual_wellness",
      label: "Spiritual Wellness",
      children: [
        { id: "purpose_and_meaning", label: "Purpose and Meaning" },
        { id: "values_clarification", label: "Values Clarification" },
        { id: "spiritual_practices", label: "Spiritual Practices" },
        { id: "personal_growth", label: "Personal Growth" },
      ],
    },
  ],
} as const satisfies VocabularyTree;

export const LIFE_EXPERIENCE_CATEGORIES = {
  id: "life_experience_categories",
  label: "Life Experience Categories",
  children: [
    {
      id: "life_transitions",
      label: "Life Transitions",
      children: [
        { id: "career_changes", label: "Career Changes" },
        { id: "relationship_transitions", label: "Relationship Transitions" },
        { id: "geographic_moves", label: "Geographic Moves" },
        { id: "life_stage_changes", label: "Life Stage Changes" },
      ],
    },
    {
      id: "identity_and_self_discovery",
      label: "Identity and Self-Discovery",
      children: [
        { id: "lgbtq_identity", label: "LGBTQ+ Identity" },
        { id: "cultural_identity", label: "Cultural Identity" },
        { id: "professional_identity", label: "Professional Identity" },
        { id: "personal_values", label: "Personal Values" },
      ],
    },
    {
      id: "overcoming_adversity",
      label: "Overcoming Adversity",
      children: [
        { id: "financial_hardship", label: "Financial Hardship" },
        { id: "adversity_health_challenges", label: "Health Challenges" },
        { id: "family_difficulties", label: "Family Difficulties" },
        { id: "social_challenges", label: "Social Challenges" },
      ],
    },
    {
      // The seed's label is "Personal Growth", which is also a Spiritual Wellness leaf.
      id: "life_personal_growth",
      label: "Personal Growth",
      children: [
        { id: "confidence_building", label: "Confidence Building" },
        { id: "leadership_development", label: "Leadership Development" },
        { id: "creative_expression", label: "Creative Expression" },
        { id: "spiritual_growth", label: "Spiritual Growth" },
      ],
    },
  ],
} as const satisfies VocabularyTree;

export const SPECIALISATION_TREES = [
  RECOVERY_SPECIALIZATIONS,
  WELLNESS_SPECIALIZATIONS,
  LIFE_EXPERIENCE_CATEGORIES,
] as const;
type SpecialisationTree = (typeof SPECIALISATION_TREES)[number];

export const MENTOR_TYPES = [
  {
    id: "recovery_mentor",
    label: "Recovery Mentors",
    singularLabel: "Recovery mentor",
    specialisationTreeId: RECOVERY_SPECIALIZATIONS.id,
    methodsTreeId: "recovery_mentorship_methods",
  },
  {
    id: "wellness_coach",
    label: "Wellness Coaches",
    singularLabel: "Wellness coach",
    specialisationTreeId: WELLNESS_SPECIALIZATIONS.id,
    methodsTreeId: "wellness_coaching_methods",
  },
  {
    id: "life_experience_mentor",
    label: "Life Experience Mentors",
    singularLabel: "Life experience mentor",
    specialisationTreeId: LIFE_EXPERIENCE_CATEGORIES.id,
    methodsTreeId: "life_experience_mentoring",
  },
] as const;

export const MentorTypeSchema = z.enum(optionIdsOf(MENTOR_TYPES));
export type MentorType = z.infer<typeof MentorTypeSchema>;

export const SPECIALISATION_IDS = leafIdsOf(SPECIALISATION_TREES);
export const SpecialisationIdSchema = z.enum(SPECIALISATION_IDS);
export type SpecialisationId = LeafIdOf<SpecialisationTree>;

export const SpecialisationGroupIdSchema = z.enum(groupIdsOf(SPECIALISATION_TREES));
export type SpecialisationGroupId = z.infer<typeof SpecialisationGroupIdSchema>;

/** The specialisation tree of a mentor type. */
export function specialisationTreeOf(mentorType: MentorType): SpecialisationTree {
  const type = MENTOR_TYPES.find((t) => t.id === mentorType);
  const tree = SPECIALISATION_TREES.find((t) => t.id === type?.specialisationTreeId);
  if (!tree) throw new Error(`vocabulary: unknown mentor type ${mentorType}`);
  return tree;
}

/** The mentor type whose specialisation tree holds this leaf. */
export function mentorTypeOfSpecialisation(specialisationId: SpecialisationId): MentorType {
  for (const type of MENTOR_TYPES) {
    const tree = specialisationTreeOf(type.id);
    if (tree.children.some((group) => group.children.some((leaf) => leaf.id === specialisationId))) return type.id;
  }
  throw new Error(`vocabulary: unknown specialisation ${specialisationId}`);
}
