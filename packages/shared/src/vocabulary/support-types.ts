import { z } from "zod";
import { optionIdsOf } from "./tree.js";

/**
 * What kind of support a mentee would like (the "Support Type Preferences" criterion). The four
 * types and their labels are the groups of the seed's "Recovery Mentorship Methods" tree; each
 * names that group so screens can show what the support looks like in practice.
 */
export const SUPPORT_TYPES = [
  {
    id: "experience_sharing",
    label: "Experience Sharing",
    description: "Hearing how someone else got through something similar.",
    methodGroupId: "recovery_method_experience_sharing",
  },
  {
    id: "practical_support",
    label: "Practical Support",
    description: "Help with coping strategies, resources, goals and keeping on track.",
    methodGroupId: "recovery_method_practical_support",
  },
  {
    id: "emotional_support",
    label: "Emotional Support",
    description: "Someone who listens, understands and encourages you.",
    methodGroupId: "recovery_method_emotional_support",
  },
  {
    id: "community_connection",
    label: "Community Connection",
    description: "Finding groups, people and places in your community.",
    methodGroupId: "recovery_method_community_connection",
  },
] as const;

export const SupportTypeSchema = z.enum(optionIdsOf(SUPPORT_TYPES));
export type SupportType = z.infer<typeof SupportTypeSchema>;
