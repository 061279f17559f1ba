import { z } from "zod";
import { leafIdsOf, type VocabularyTree } from "./tree.js";

/**
 * How each mentor type supports people ("Support Approach", "Coaching Approach" and "Mentorship
 * Style" in the seed). These trees describe ways of working, and their labels repeat across
 * trees (e.g. "Emotional Support"), so every id carries its tree's prefix.
 */
export const RECOVERY_MENTORSHIP_METHODS = {
  id: "recovery_mentorship_methods",
  label: "Recovery Mentorship Methods",
  children: [
    {
      id: "recovery_method_experience_sharing",
      label: "Experience Sharing",
      children: [
        { id: "recovery_method_personal_story_telling", label: "Personal Story Telling" },
        { id: "recovery_method_challenge_navigation", label: "Challenge Navigation" },
        { id: "recovery_method_success_strategy_sharing", label: "Success Strategy Sharing" },
        { id: "recovery_method_lesson_learned_discussion", label: "Lesson Learned Discussion" },
      ],
    },
    {
      id: "recovery_method_practical_support",
      label: "Practical Support",
      children: [
        { id: "recovery_method_coping_strategy_development", label: "Coping Strategy Development" },
        { id: "recovery_method_resource_identification", label: "Resource Identification" },
        { id: "recovery_method_goal_setting_assistance", label: "Goal Setting Assistance" },
        { id: "recovery_method_accountability_partnership", label: "Accountability Partnership" },
      ],
    },
    {
      id: "recovery_method_emotional_support",
      label: "Emotional Support",
      children: [
        { id: "recovery_method_active_listening", label: "Active Listening" },
        { id: "recovery_method_empathetic_understanding", label: "Empathetic Understanding" },
        { id: "recovery_method_encouragement_and_motivation", label: "Encouragement and Motivation" },
        { id: "recovery_method_crisis_support", label: "Crisis Support" },
      ],
    },
    {
      id: "recovery_method_community_connection",
      label: "Community Connection",
      children: [
        { id: "recovery_method_support_group_introduction", label: "Support Group Introduction" },
        { id: "recovery_method_community_resource_navigation", label: "Community Resource Navigation" },
        { id: "recovery_method_peer_network_building", label: "Peer Network Building" },
        { id: "recovery_method_social_skill_development", label: "Social Skill Development" },
      ],
    },
  ],
} as const satisfies VocabularyTree;

export const WELLNESS_COACHING_METHODS = {
  id: "wellness_coaching_methods",
  label: "Wellness Coaching Methods",
  children: [
    {
      id: "wellness_method_holistic_assessment",
      label: "Holistic Assessment",
      children: [
        { id: "wellness_method_current_wellness_state", label: "Current Wellness State" },
        { id: "wellness_method_goal_identification", label: "Goal Identification" },
        { id: "wellness_method_barrier_analysis", label: "Barrier Analysis" },
        { id: "wellness_method_resource_evaluation", label: "Resource Evaluation" },
      ],
    },
    {
      id: "wellness_method_personalized_planning",
      label: "Personalized Planning",
      children: [
        { id: "wellness_method_custom_wellness_plans", label: "Custom Wellness Plans" },
        { id: "wellness_method_incremental_goal_setting", label: "Incremental Goal Setting" },
        { id: "wellness_method_progress_tracking", label: "Progress Tracking" },
        { id: "wellness_method_plan_adjustments", label: "Plan Adjustments" },
      ],
    },
    {
      id: "wellness_method_skill_building",
      label: "Skill Building",
      children: [
        { id: "wellness_method_technique_teaching", label: "Technique Teaching" },
        { id: "wellness_method_practice_guidance", label: "Practice Guidance" },
        { id: "wellness_method_skill_reinforcement", label: "Skill Reinforcement" },
        { id: "wellness_method_mastery_development", label: "Mastery Development" },
      ],
    },
    {
      id: "wellness_method_ongoing_support",
      label: "Ongoing Support",
      children: [
        { id: "wellness_method_regular_check_ins", label: "Regular Check-ins" },
        { id: "wellness_method_progress_celebration", label: "Progress Celebration" },
        { id: "wellness_method_challenge_problem_solving", label: "Challenge Problem-Solving" },
        { id: "wellness_method_motivation_maintenance", label: "Motivation Maintenance" },
      ],
    },
  ],
} as const satisfies VocabularyTree;

export const LIFE_EXPERIENCE_MENTORING = {
  id: "life_experience_mentoring",
  label: "Life Experience Mentoring",
  children: [
    {
      id: "life_method_story_based_learning",
      label: "Story-Based Learning",
      children: [
        { id: "life_method_personal_narrative_sharing", label: "Personal Narrative Sharing" },
        { id: "life_method_lesson_extraction", label: "Lesson Extraction" },
        { id: "life_method_wisdom_transfer", label: "Wisdom Transfer" },
        { id: "life_method_inspiration_provision", label: "Inspiration Provision" },
      ],
    },
    {
      id: "life_method_practical_guidance",
      label: "Practical Guidance",
      children: [
        { id: "life_method_strategy_development", label: "Strategy Development" },
        { id: "life_method_resource_sharing", label: "Resource Sharing" },
        { id: "life_method_network_introduction", label: "Network Introduction" },
        { id: "life_method_opportunity_identification", label: "Opportunity Identification" },
      ],
    },
    {
      id: "life_method_emotional_support",
      label: "Emotional Support",
      children: [
        { id: "life_method_validation_and_understanding", label: "Validation and Understanding" },
        { id: "life_method_encouragement_and_motivation", label: "Encouragement and Motivation" },
        { id: "life_method_perspective_sharing", label: "Perspective Sharing" },
        { id: "life_method_hope_instillation", label: "Hope Instillation" },
      ],
    },
    {
      id: "life_method_growth_facilitation",
      label: "Growth Facilitation",
      children: [
        { id: "life_method_self_reflection_guidance", label: "Self-Reflection Guidance" },
        { id: "life_method_goal_clarification", label: "Goal Clarification" },
        { id: "life_method_action_planning", label: "Action Planning" },
        { id: "life_method_progress_celebration", label: "Progress Celebration" },
      ],
    },
  ],
} as const satisfies VocabularyTree;

export const SUPPORT_METHOD_TREES = [
  RECOVERY_MENTORSHIP_METHODS,
  WELLNESS_COACHING_METHODS,
  LIFE_EXPERIENCE_MENTORING,
] as const;

export const SupportMethodIdSchema = z.enum(leafIdsOf(SUPPORT_METHOD_TREES));
export type SupportMethodId = z.infer<typeof SupportMethodIdSchema>;
