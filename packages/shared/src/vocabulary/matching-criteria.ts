import { z } from "zod";
import { groupIdsOf, leafIdsOf, type VocabularyTree } from "./tree.js";

/** The four dimensions of "Multi-Dimensional Matching" and the criteria under each. */
export const MATCHING_CRITERIA = {
  id: "matching_criteria",
  label: "Matching Criteria",
  children: [
    {
      id: "experience_compatibility",
      label: "Experience Compatibility",
      children: [
        { id: "similar_life_challenges", label: "Similar Life Challenges" },
        { id: "comparable_recovery_stages", label: "Comparable Recovery Stages" },
        { id: "relevant_life_experiences", label: "Relevant Life Experiences" },
        { id: "shared_growth_goals", label: "Shared Growth Goals" },
      ],
    },
    {
      id: "personal_compatibility",
      label: "Personal Compatibility",
      children: [
        { id: "communication_style", label: "Communication Style" },
        { id: "personality_traits", label: "Personality Traits" },
        { id: "values_alignment", label: "Values Alignment" },
        { id: "interaction_preferences", label: "Interaction Preferences" },
      ],
    },
    {
      id: "practical_compatibility",
      label: "Practical Compatibility",
      children: [
        { id: "time_zone_alignment", label: "Time Zone Alignment" },
        { id: "availability_matching", label: "Availability Matching" },
        { id: "language_preferences", label: "Language Preferences" },
        { id: "technology_comfort", label: "Technology Comfort" },
      ],
    },
    {
      id: "support_needs_alignment",
      label: "Support Needs Alignment",
      children: [
        { id: "support_type_preferences", label: "Support Type Preferences" },
        { id: "intensity_level_matching", label: "Intensity Level Matching" },
        { id: "goal_compatibility", label: "Goal Compatibility" },
        { id: "relationship_duration_expectations", label: "Relationship Duration Expectations" },
      ],
    },
  ],
} as const satisfies VocabularyTree;

export const MatchingDimensionSchema = z.enum(groupIdsOf([MATCHING_CRITERIA]));
export type MatchingDimension = z.infer<typeof MatchingDimensionSchema>;

export const MatchingCriterionSchema = z.enum(leafIdsOf([MATCHING_CRITERIA]));
export type MatchingCriterion = z.infer<typeof MatchingCriterionSchema>;
