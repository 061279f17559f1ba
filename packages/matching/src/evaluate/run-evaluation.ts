import { type Evaluation, evaluateModels } from "../learning/evaluate-models.js";
import { type FairnessReport, fairnessReport } from "../learning/fairness.js";
import { FEATURE_NAMES } from "../learning/features.js";
import { labelOutcome } from "../learning/label-outcome.js";
import { defaultCut } from "../learning/time-split.js";
import type { OutcomeExample } from "../learning/types.js";
import type { MatchingHistory } from "./history.js";
import { recordAsOf } from "./record-as-of.js";

export interface EvaluationSettings {
  /** Overrides the history's cut date. */
  cutDate?: string;
  horizonMonths?: number;
  l2?: number;
  /** Outcomes the rule score is worth in the blend (default 200). */
  priorStrength?: number;
}

export interface EvaluationReport {
  horizonMonths: number;
  evaluation: Evaluation;
  fairness: FairnessReport | null;
}

/** Relationship records to labelled feature vectors (success null = censored). */
export function examplesOf(history: MatchingHistory, horizonMonths: number): OutcomeExample[] {
  return history.relationships.map((r) => ({
    features: FEATURE_NAMES.map((name) => r.criteria[name]),
    success: labelOutcome(r, { horizonMonths }).success,
    startedAt: r.startedAt,
    observedMonths: r.monthsObserved,
    ruleScore: r.ruleScore,
  }));
}

/**
 * Training relationships are seen as they were at the cut (recordAsOf), so the model is trained on
 * what production would have known then; test relationships are judged on everything known now.
 */
export function runEvaluation(history: MatchingHistory, settings: EvaluationSettings = {}): EvaluationReport {
  const horizonMonths = settings.horizonMonths ?? history.horizonMonths ?? 6;
  const cutDate = settings.cutDate ?? history.cutDate ?? defaultCut(examplesOf(history, horizonMonths), horizonMonths);
  const cut = Date.parse(cutDate);
  const asKnown = history.relationships.map((r) => (Date.parse(r.startedAt) < cut ? recordAsOf(r, cutDate) : r));
  const examples = examplesOf({ ...history, relationships: asKnown }, horizonMonths);
  const evaluation = evaluateModels(examples, {
    cutDate,
    horizonMonths,
    l2: settings.l2,
    priorStrength: settings.priorStrength ?? 200,
  });
  const fairness =
    history.mentees && history.mentorLoads
      ? fairnessReport(
          history.mentees,
          history.mentorLoads.map((m) => m.mentees),
        )
      : null;
  return { horizonMonths, evaluation, fairness };
}
