import { RELATIONSHIP_PHASES, type RelationshipPhase, RelationshipPhaseSchema } from "@mentalverse/shared";
import { DAY } from "../../lib/clock.js";

/** When each phase is due to end, counted from the relationship's start (seed: weeks 1-4, months 2-6, 6-12). */
export const PHASE_DUE_DAYS: Record<RelationshipPhase, number> = {
  introduction_and_exploration: 28,
  development_and_growth: 183,
  mastery_and_independence: 365,
};

export const ASSESSMENT_OPENS_AFTER_DAYS = 28;

export interface ChecklistGoal {
  id: string;
  label: string;
  group: string;
}

export function phaseOf(value: string): RelationshipPhase {
  const parsed = RelationshipPhaseSchema.safeParse(value);
  return parsed.success ? parsed.data : "introduction_and_exploration";
}

export function phaseIndex(phase: RelationshipPhase): number {
  return RELATIONSHIP_PHASES.findIndex((p) => p.id === phase);
}

export function nextPhase(phase: RelationshipPhase): RelationshipPhase | null {
  return RELATIONSHIP_PHASES[phaseIndex(phase) + 1]?.id ?? null;
}

/** A phase's checklist: the leaves of the seed's goal tree, each with its group heading. */
export function goalsOf(phase: RelationshipPhase): ChecklistGoal[] {
  const tree = RELATIONSHIP_PHASES[phaseIndex(phase)]?.goals;
  return (tree?.children ?? []).flatMap((group) =>
    group.children.map((leaf) => ({ id: leaf.id, label: leaf.label, group: group.label })),
  );
}

/** The phase a goal belongs to, or null for an id no checklist has. */
export function phaseOfGoal(goalId: string): RelationshipPhase | null {
  return RELATIONSHIP_PHASES.find((p) => goalsOf(p.id).some((g) => g.id === goalId))?.id ?? null;
}

export type SuggestionReason = "time" | "checklist";

/**
 * Whether the app suggests moving on: the phase's time is up, or its checklist is all ticked.
 * In the last phase the suggestion is to plan graduation.
 */
export function phaseSuggestion(
  phase: RelationshipPhase,
  startedAt: Date,
  now: Date,
  ticked: number,
): { reasons: SuggestionReason[]; text: string } | null {
  const reasons: SuggestionReason[] = [];
  if (now.getTime() - startedAt.getTime() >= PHASE_DUE_DAYS[phase] * DAY) reasons.push("time");
  if (ticked >= goalsOf(phase).length) reasons.push("checklist");
  if (reasons.length === 0) return null;
  const next = nextPhase(phase);
  const label = RELATIONSHIP_PHASES.find((p) => p.id === next)?.label;
  const why = reasons.includes("checklist") ? "You have ticked every goal of this phase" : "This phase's time is up";
  const text = label
    ? `${why}. When you both feel ready, confirm moving on to ${label}.`
    : `${why}. Start planning your graduation together: write a plan and choose a target date.`;
  return { reasons, text };
}
