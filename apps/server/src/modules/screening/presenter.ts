import { CSSRS_SCREENER } from "@mentalverse/measures";
import type { MyScreening } from "@mentalverse/shared";
import type { ScreeningRow } from "./screening-repository.js";

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

/** A screening as its own member sees it: answers and level, never the staff-facing reasons. */
export function presentMyScreening(row: ScreeningRow): MyScreening {
  return {
    id: row.id,
    status: row.status,
    answers: row.answers,
    risk: row.risk,
    country: row.country,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    completedAt: iso(row.completed_at),
  };
}

export function presentScreeningQuestions() {
  return {
    id: CSSRS_SCREENER.id,
    name: CSSRS_SCREENER.name,
    timeframe: CSSRS_SCREENER.timeframe,
    administration: CSSRS_SCREENER.administration,
    options: CSSRS_SCREENER.options.map((o) => ({ value: o.value, label: o.label })),
    // The form's rater notes (examples of methods and behaviour) guide an interviewer; a member answering
    // for themselves gets the questions alone.
    questions: CSSRS_SCREENER.questions.map((q) => ({ id: q.id, text: q.text })),
  };
}
