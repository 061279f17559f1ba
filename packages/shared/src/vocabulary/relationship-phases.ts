import { z } from "zod";
import { optionIdsOf, type VocabularyTree } from "./tree.js";

/**
 * The three relationship phases ("Relationship Development" in the seed) and each phase's tree of
 * goals. Goal labels repeat across phases and other trees, so goal ids carry a phase prefix
 * (intro_, growth_, mastery_).
 */
export const INITIAL_CONNECTION_GOALS = {
  id: "initial_connection_goals",
  label: "Initial Connection Goals",
  children: [
    {
      id: "intro_mutual_introduction",
      label: "Mutual Introduction",
      children: [
        { id: "intro_personal_story_sharing", label: "Personal Story Sharing" },
        { id: "intro_experience_overview", label: "Experience Overview" },
        { id: "intro_goal_discussion", label: "Goal Discussion" },
        { id: "intro_expectation_setting", label: "Expectation Setting" },
      ],
    },
    {
      id: "intro_compatibility_assessment",
      label: "Compatibility Assessment",
      children: [
        { id: "intro_communication_style_evaluation", label: "Communication Style Evaluation" },
        { id: "intro_personality_fit_assessment", label: "Personality Fit Assessment" },
        { id: "intro_value_alignment_check", label: "Value Alignment Check" },
        { id: "intro_interaction_comfort_level", label: "Interaction Comfort Level" },
      ],
    },
    {
      id: "intro_relationship_structure",
      label: "Relationship Structure",
      children: [
        { id: "intro_meeting_frequency_agreement", label: "Meeting Frequency Agreement" },
        { id: "intro_communication_method_selection", label: "Communication Method Selection" },
        { id: "intro_boundary_establishment", label: "Boundary Establishment" },
        { id: "intro_goal_setting", label: "Goal Setting" },
      ],
    },
    {
      id: "intro_foundation_building",
      label: "Foundation Building",
      children: [
        { id: "intro_trust_development", label: "Trust Development" },
        { id: "intro_rapport_establishment", label: "Rapport Establishment" },
        { id: "intro_safety_creation", label: "Safety Creation" },
        { id: "intro_mutual_respect_building", label: "Mutual Respect Building" },
      ],
    },
  ],
} as const satisfies VocabularyTree;

export const GROWTH_PHASE_ACTIVITIES = {
  id: "growth_phase_activities",
  label: "Growth Phase Activities",
  children: [
    {
      id: "growth_deep_sharing",
      label: "Deep Sharing",
      children: [
        { id: "growth_detailed_experience_sharing", label: "Detailed Experience Sharing" },
        { id: "growth_challenge_discussion", label: "Challenge Discussion" },
        { id: "growth_success_story_exchange", label: "Success Story Exchange" },
        { id: "growth_vulnerability_building", label: "Vulnerability Building" },
      ],
    },
    {
      id: "growth_skill_development",
      label: "Skill Development",
      children: [
        { id: "growth_coping_strategy_learning", label: "Coping Strategy Learning" },
        { id: "growth_problem_solving_skill_building", label: "Problem-Solving Skill Building" },
        { id: "growth_communication_enhancement", label: "Communication Enhancement" },
        { id: "growth_resilience_strengthening", label: "Resilience Strengthening" },
      ],
    },
    {
      id: "growth_goal_achievement",
      label: "Goal Achievement",
      children: [
        { id: "growth_progress_tracking", label: "Progress Tracking" },
        { id: "growth_milestone_celebration", label: "Milestone Celebration" },
        { id: "growth_challenge_navigation", label: "Challenge Navigation" },
        { id: "growth_success_reinforcement", label: "Success Reinforcement" },
      ],
    },
    {
      id: "growth_relationship_deepening",
      label: "Relationship Deepening",
      children: [
        { id: "growth_trust_strengthening", label: "Trust Strengthening" },
        { id: "growth_emotional_intimacy_building", label: "Emotional Intimacy Building" },
        { id: "growth_mutual_support_enhancement", label: "Mutual Support Enhancement" },
        { id: "growth_friendship_development", label: "Friendship Development" },
      ],
    },
  ],
} as const satisfies VocabularyTree;

export const MATURITY_PHASE_FOCUS = {
  id: "maturity_phase_focus",
  label: "Maturity Phase Focus",
  children: [
    {
      id: "mastery_skill_mastery",
      label: "Skill Mastery",
      children: [
        { id: "mastery_independent_coping", label: "Independent Coping" },
        { id: "mastery_self_advocacy_development", label: "Self-Advocacy Development" },
        { id: "mastery_resource_navigation", label: "Resource Navigation" },
        { id: "mastery_problem_solving_confidence", label: "Problem-Solving Confidence" },
      ],
    },
    {
      id: "mastery_relationship_evolution",
      label: "Relationship Evolution",
      children: [
        { id: "mastery_peer_to_peer_equality", label: "Peer-to-Peer Equality" },
        { id: "mastery_mutual_mentoring", label: "Mutual Mentoring" },
        { id: "mastery_reciprocal_support", label: "Reciprocal Support" },
        { id: "mastery_friendship_maintenance", label: "Friendship Maintenance" },
      ],
    },
    {
      id: "mastery_community_integration",
      label: "Community Integration",
      children: [
        { id: "mastery_network_expansion", label: "Network Expansion" },
        { id: "mastery_peer_support_provision", label: "Peer Support Provision" },
        { id: "mastery_community_contribution", label: "Community Contribution" },
        { id: "mastery_leadership_development", label: "Leadership Development" },
      ],
    },
    {
      id: "mastery_transition_planning",
      label: "Transition Planning",
      children: [
        { id: "mastery_relationship_continuation_assessment", label: "Relationship Continuation Assessment" },
        { id: "mastery_independence_preparation", label: "Independence Preparation" },
        { id: "mastery_future_goal_setting", label: "Future Goal Setting" },
        { id: "mastery_graduation_planning", label: "Graduation Planning" },
      ],
    },
  ],
} as const satisfies VocabularyTree;

/**
 * The phases as the seed words them: "Phase 1: Introduction and Exploration (Weeks 1-4)". The
 * seed's spans touch at month 6 (phase 2 is months 2-6, phase 3 months 6-12); kept as written.
 */
export const RELATIONSHIP_PHASES = [
  {
    id: "introduction_and_exploration",
    number: 1,
    label: "Introduction and Exploration",
    span: { unit: "week", from: 1, to: 4, label: "Weeks 1-4" },
    goals: INITIAL_CONNECTION_GOALS,
  },
  {
    id: "development_and_growth",
    number: 2,
    label: "Development and Growth",
    span: { unit: "month", from: 2, to: 6, label: "Months 2-6" },
    goals: GROWTH_PHASE_ACTIVITIES,
  },
  {
    id: "mastery_and_independence",
    number: 3,
    label: "Mastery and Independence",
    span: { unit: "month", from: 6, to: 12, label: "Months 6-12" },
    goals: MATURITY_PHASE_FOCUS,
  },
] as const;

export const PHASE_GOAL_TREES = [INITIAL_CONNECTION_GOALS, GROWTH_PHASE_ACTIVITIES, MATURITY_PHASE_FOCUS] as const;

export const RelationshipPhaseSchema = z.enum(optionIdsOf(RELATIONSHIP_PHASES));
export type RelationshipPhase = z.infer<typeof RelationshipPhaseSchema>;

/** The seed's heading for a phase, e.g. "Phase 1: Introduction and Exploration (Weeks 1-4)". */
export function phaseHeading(phase: (typeof RELATIONSHIP_PHASES)[number]): string {
  return `Phase ${phase.number}: ${phase.label} (${phase.span.label})`;
}
