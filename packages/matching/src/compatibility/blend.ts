import { blendScores, predictSuccess } from "../learning/predict-success.js";
import type { MatchingConfig } from "./types.js";

/** The total a pair is ranked by: the rule total, or its blend with the learned model when one is configured. */
export function blendedTotal(rule: number, scores: Float64Array, config: MatchingConfig): number {
  const learned = config.learned;
  if (learned === undefined) return rule;
  return blendScores(rule, predictSuccess(learned.model, Array.from(scores)), learned);
}
