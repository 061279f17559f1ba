import { z } from "zod";
import { optionIdsOf } from "./tree.js";

/** Personal values a member picks their top five from (the "Values Alignment" criterion). */
export const PERSONAL_VALUES = [
  { id: "honesty", label: "Honesty" },
  { id: "family", label: "Family" },
  { id: "faith_spirituality", label: "Faith or spirituality" },
  { id: "creativity", label: "Creativity" },
  { id: "independence", label: "Independence" },
  { id: "community", label: "Community" },
  { id: "kindness", label: "Kindness" },
  { id: "friendship", label: "Friendship" },
  { id: "health", label: "Health and wellbeing" },
  { id: "learning", label: "Learning and growth" },
  { id: "fairness", label: "Fairness" },
  { id: "respect", label: "Respect" },
  { id: "loyalty", label: "Loyalty" },
  { id: "courage", label: "Courage" },
  { id: "humour", label: "Humour" },
  { id: "nature", label: "Nature" },
  { id: "security", label: "Stability and security" },
  { id: "adventure", label: "Adventure" },
  { id: "purpose", label: "Purpose and meaningful work" },
  { id: "balance", label: "Balance and calm" },
] as const;

export const PersonalValueSchema = z.enum(optionIdsOf(PERSONAL_VALUES));
export type PersonalValue = z.infer<typeof PersonalValueSchema>;

export const TOP_VALUES_MAX = 5;

/** A member's top values: one to five distinct values, most important first. */
export const TopValuesSchema = z
  .array(PersonalValueSchema)
  .min(1)
  .max(TOP_VALUES_MAX)
  .refine((values) => new Set(values).size === values.length, { message: "Pick each value only once." });
export type TopValues = z.infer<typeof TopValuesSchema>;
