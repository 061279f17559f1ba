import {
  findNode,
  type InterviewScores,
  MENTOR_TYPES,
  type MentorApplicationStatus,
  type MentorType,
} from "@mentalverse/shared";
import type { Tone } from "../../components/StatusBadge.js";

export const STATUS_LABELS: Record<MentorApplicationStatus, string> = {
  applied: "Applied",
  interview: "Interview",
  background_verification: "Background verification",
  training: "Training",
  active: "Active mentor",
  paused: "Paused",
  suspended: "Suspended",
  retired: "Retired",
  rejected: "Rejected",
};

export const STATUS_TONES: Record<MentorApplicationStatus, Tone> = {
  applied: "info",
  interview: "info",
  background_verification: "info",
  training: "info",
  active: "good",
  paused: "warn",
  suspended: "bad",
  retired: "neutral",
  rejected: "neutral",
};

export const RUBRIC_LABELS: Record<keyof InterviewScores, string> = {
  livedExperienceReflection: "Reflection on lived experience",
  boundaryAwareness: "Awareness of boundaries",
  communication: "Communication",
  commitment: "Commitment",
  safetyAwareness: "Safety awareness",
};

export const SCORE_LABELS = ["Not shown", "Weak", "Adequate", "Good", "Excellent"] as const;

export function mentorTypeLabel(type: MentorType): string {
  return MENTOR_TYPES.find((t) => t.id === type)?.singularLabel ?? type;
}

export function specialisationLabel(id: string): string {
  return findNode(id)?.node.label ?? id;
}
