import type { MentoringGoalStatus } from "@mentalverse/shared";
import type { Tone } from "../../components/StatusBadge.js";

export const GOAL_STATUS: Record<MentoringGoalStatus, { label: string; tone: Tone }> = {
  active: { label: "Working on it", tone: "info" },
  achieved: { label: "Achieved", tone: "good" },
  set_aside: { label: "Set aside", tone: "neutral" },
};

/** Milestone titles typed one per line; blank lines are skipped. */
export function milestoneLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}
