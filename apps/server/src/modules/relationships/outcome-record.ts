/** One relationship as packages/matching's evaluate CLI reads it (RelationshipRecord there). */
export interface OutcomeRecord {
  id: string;
  startedAt: string;
  status: "graduated" | "ended_early" | "ongoing";
  monthsObserved: number;
  earlyFit: number | null;
  satisfaction: number | null;
  goalsReached: number | null;
  ruleScore: number;
  criteria: Record<string, number>;
}

/** Graduated is success by the model's rules; a close or rematch ended early; live ones are ongoing. */
export function outcomeStatusOf(status: string): OutcomeRecord["status"] {
  if (status === "graduated") return "graduated";
  if (status === "closed" || status === "rematched") return "ended_early";
  return "ongoing";
}
