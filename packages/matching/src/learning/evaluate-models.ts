import { auc } from "./auc.js";
import { type Calibration, calibration } from "./calibration.js";
import { withCensoringWeights } from "./censoring-weights.js";
import { blendScores, learnedWeight, predictSuccess } from "./predict-success.js";
import { splitByTime } from "./time-split.js";
import { trainModel } from "./train-model.js";
import type { LearnedModel, OutcomeExample } from "./types.js";

export interface EvaluationOptions {
  cutDate: string;
  horizonMonths: number;
  l2?: number;
  priorStrength: number;
}

export interface ScorerResult {
  name: "rule" | "learned" | "blend";
  auc: number | null;
  calibration: Calibration;
}

export interface Evaluation {
  cutDate: string;
  train: { total: number; labelled: number; censored: number; successRate: number };
  test: { total: number; labelled: number; censored: number; successRate: number };
  model: LearnedModel;
  learnedWeight: number;
  scorers: ScorerResult[];
  /** Plain-words reasons some numbers are missing or weak. */
  warnings: string[];
}

function describe(set: readonly OutcomeExample[]) {
  const labelled = set.filter((e) => e.success !== null);
  const w = labelled.reduce((s, e) => s + (e.weight ?? 1), 0);
  const wins = labelled.reduce((s, e) => s + (e.success ? (e.weight ?? 1) : 0), 0);
  return {
    total: set.length,
    labelled: labelled.length,
    censored: set.length - labelled.length,
    successRate: w === 0 ? Number.NaN : wins / w,
  };
}

/**
 * Time-split comparison of the rule score, the learned model and their blend. IPC weights are
 * computed within each side of the split (their censoring differs: recent starts are censored more),
 * and AUC, Brier score and calibration on the test side use them, so each number estimates what it
 * would be if every test relationship had been followed to the horizon.
 */
export function evaluateModels(examples: readonly OutcomeExample[], options: EvaluationOptions): Evaluation {
  const split = splitByTime(examples, options.cutDate);
  const train = withCensoringWeights(split.train, options.horizonMonths);
  const test = withCensoringWeights(split.test, options.horizonMonths).filter((e) => e.success !== null);
  const trainLabels = new Set(train.filter((e) => e.success !== null).map((e) => e.success));
  if (trainLabels.size < 2) {
    const missing = trainLabels.has(true) ? "failure" : trainLabels.has(false) ? "success" : "outcome";
    throw new RangeError(
      `no known ${missing} among relationships started before the cut ${options.cutDate}: choose a later cut`,
    );
  }
  const model = trainModel(train, { trainedAt: options.cutDate, l2: options.l2 });
  const blend = { model, priorStrength: options.priorStrength };
  const labels = test.map((e) => e.success === true);
  const weights = test.map((e) => e.weight ?? 1);
  const rule = test.map((e) => {
    if (e.ruleScore === undefined) throw new RangeError("evaluateModels: every example needs a ruleScore");
    return e.ruleScore;
  });
  const learned = test.map((e) => predictSuccess(model, e.features));
  const blended = test.map((_, i) => blendScores(rule[i]!, learned[i]!, blend));
  const score = (name: ScorerResult["name"], s: number[]): ScorerResult => ({
    name,
    auc: auc(s, labels, weights),
    calibration: calibration(s, labels, weights),
  });
  const warnings: string[] = [];
  const known = new Set(labels);
  if (test.length === 0) warnings.push("No test relationship has a known outcome yet: choose an earlier cut.");
  else if (known.size === 1) {
    warnings.push(
      `Every labelled test relationship is a ${labels[0] ? "success" : "failure"}, so AUC is undefined: choose an earlier cut.`,
    );
  }
  return {
    warnings,
    cutDate: options.cutDate,
    train: describe(train),
    test: describe(withCensoringWeights(split.test, options.horizonMonths)),
    model,
    learnedWeight: learnedWeight(blend),
    scorers: [score("rule", rule), score("learned", learned), score("blend", blended)],
  };
}
