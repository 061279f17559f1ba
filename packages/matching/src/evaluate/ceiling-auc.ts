import { auc } from "../learning/auc.js";
import { withCensoringWeights } from "../learning/censoring-weights.js";
import { splitByTime } from "../learning/time-split.js";
import type { MatchingHistory } from "./history.js";
import { examplesOf } from "./run-evaluation.js";

/**
 * AUC of the hidden true probabilities on the same IPC-weighted test set: the best any model of the
 * criteria could do on synthetic data, so the learned model's AUC can be read against it.
 */
export function ceilingAuc(
  history: MatchingHistory,
  trueProbabilities: readonly number[],
  cutDate: string,
  horizonMonths: number,
): number | null {
  const examples = examplesOf(history, horizonMonths).map((e, i) => ({ ...e, ruleScore: trueProbabilities[i]! }));
  const test = withCensoringWeights(splitByTime(examples, cutDate).test, horizonMonths).filter(
    (e) => e.success !== null,
  );
  return auc(
    test.map((e) => e.ruleScore!),
    test.map((e) => e.success === true),
    test.map((e) => e.weight ?? 1),
  );
}
