import { z } from "zod";
import { optionIdsOf } from "./tree.js";

/**
 * Small value lists the mentor and mentee profiles use. The seed names the criteria ("Comparable
 * Recovery Stages", "Communication Style", "Intensity Level Matching", "Relationship Duration
 * Expectations", "Technology Comfort", "Language Preferences") but not their values; these are
 * ours. Lists that have a natural order are written lowest first and carry a `rank`.
 */
export const RECOVERY_STAGES = [
  {
    id: "early",
    rank: 1,
    label: "Early recovery",
    description: "Just starting out, or in about the first year of recovery or managing things.",
  },
  {
    id: "ongoing",
    rank: 2,
    label: "Ongoing recovery",
    description: "Finding your feet, with steady progress and some ups and downs along the way.",
  },
  {
    id: "sustained",
    rank: 3,
    label: "Sustained recovery",
    description: "Two or more years of stable recovery or management.",
  },
  {
    id: "maintenance",
    rank: 4,
    label: "Maintenance",
    description: "Recovery is part of everyday life; the focus is on staying well and growing.",
  },
] as const;
export const RecoveryStageSchema = z.enum(optionIdsOf(RECOVERY_STAGES));
export type RecoveryStage = z.infer<typeof RecoveryStageSchema>;

export const COMMUNICATION_STYLES = [
  { id: "gentle", label: "Gentle and patient", description: "Takes things slowly and kindly." },
  { id: "direct", label: "Direct and straightforward", description: "Says things plainly and honestly." },
  { id: "reflective", label: "Reflective, listening first", description: "Listens closely and thinks things through." },
  { id: "practical", label: "Practical and solution-focused", description: "Looks for next steps that help." },
  { id: "encouraging", label: "Warm and encouraging", description: "Cheers on progress, however small." },
  { id: "light_hearted", label: "Light-hearted", description: "Brings some humour and ease to a chat." },
] as const;
export const CommunicationStyleSchema = z.enum(optionIdsOf(COMMUNICATION_STYLES));
export type CommunicationStyle = z.infer<typeof CommunicationStyleSchema>;

/** How often a pair meets: the "Intensity Level Matching" criterion. */
export const MEETING_FREQUENCIES = [
  { id: "monthly", rank: 1, label: "Monthly", sessionsPerFourWeeks: 1 },
  { id: "fortnightly", rank: 2, label: "Every two weeks", sessionsPerFourWeeks: 2 },
  { id: "weekly", rank: 3, label: "Weekly", sessionsPerFourWeeks: 4 },
] as const;
export const MeetingFrequencySchema = z.enum(optionIdsOf(MEETING_FREQUENCIES));
export type MeetingFrequency = z.infer<typeof MeetingFrequencySchema>;

/** How long a pair expects to stay together: "Relationship Duration Expectations". */
export const RELATIONSHIP_DURATIONS = [
  { id: "three_months", months: 3, label: "About 3 months" },
  { id: "six_months", months: 6, label: "About 6 months" },
  { id: "twelve_months", months: 12, label: "About 12 months" },
] as const;
export const RelationshipDurationSchema = z.enum(optionIdsOf(RELATIONSHIP_DURATIONS));
export type RelationshipDuration = z.infer<typeof RelationshipDurationSchema>;

export const TECHNOLOGY_COMFORT_LEVELS = [
  {
    id: "learning",
    rank: 1,
    label: "Still getting used to it",
    description: "Prefers simple tools and a little help getting set up.",
  },
  {
    id: "comfortable",
    rank: 2,
    label: "Comfortable with the basics",
    description: "Happy with messages and video calls.",
  },
  {
    id: "confident",
    rank: 3,
    label: "Very comfortable",
    description: "At ease with most apps and happy to try new ones.",
  },
] as const;
export const TechnologyComfortSchema = z.enum(optionIdsOf(TECHNOLOGY_COMFORT_LEVELS));
export type TechnologyComfort = z.infer<typeof TechnologyComfortSchema>;

export const LANGUAGE_PROFICIENCY_LEVELS = [
  { id: "basic", rank: 1, label: "Basic", description: "Can manage simple, everyday phrases." },
  { id: "conversational", rank: 2, label: "Conversational", description: "Can hold a relaxed everyday conversation." },
  { id: "fluent", rank: 3, label: "Fluent", description: "Can talk easily about almost anything." },
  { id: "native", rank: 4, label: "Native", description: "A first language, or as good as one." },
] as const;
export const LanguageProficiencySchema = z.enum(optionIdsOf(LANGUAGE_PROFICIENCY_LEVELS));
export type LanguageProficiency = z.infer<typeof LanguageProficiencySchema>;
