import { sigmoid } from "./sigmoid.js";
import type { LearnedBlend, LearnedModel } from "./types.js";

function standardised(model: LearnedModel, features: readonly number[]): number[] {
  if (features.length !== model.weights.length) {
    throw new RangeError(`expected ${model.weights.length} features, got ${features.length}`);
  }
  return features.map((x, j) => (x - model.means[j]!) / model.scales[j]!);
}

/** Per-feature contributions in log-odds, relative to a pair with every feature at its training mean. */
function contributions(model: LearnedModel, features: readonly number[]): number[] {
  return standardised(model, features).map((z, j) => model.weights[j]! * z);
}

/** Predicted probability that a relationship with these features succeeds, in [0, 1]. */
export function predictSuccess(model: LearnedModel, features: readonly number[]): number {
  return sigmoid(contributions(model, features).reduce((sum, c) => sum + c, model.intercept));
}

/**
 * Why the model predicts what it predicts: each feature's contribution in log-odds, largest effect
 * first (ties in feature order). intercept + the sum of contributions is the prediction's log-odds,
 * so a positive contribution means "this criterion makes success more likely than for the average pair".
 */
export function explainPrediction(
  model: LearnedModel,
  features: readonly number[],
): { feature: string; contribution: number }[] {
  return contributions(model, features)
    .map((contribution, j) => ({ feature: model.features[j]!, contribution, j }))
    .sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution) || a.j - b.j)
    .map(({ feature, contribution }) => ({ feature, contribution }));
}

/** Weight of the learned part: n / (n + priorStrength), so the rule score dominates while outcomes are few. */
export function learnedWeight(blend: LearnedBlend): number {
  const n = blend.model.trainedOn;
  if (!(blend.priorStrength >= 0)) throw new RangeError("priorStrength must be a non-negative number");
  return n + blend.priorStrength === 0 ? 0 : n / (n + blend.priorStrength);
}

/** The rule score shrunk towards the learned prediction as outcome data accumulates; stays in [0, 1]. */
export function blendScores(ruleTotal: number, learned: number, blend: LearnedBlend): number {
  const w = learnedWeight(blend);
  return Math.min(1, Math.max(0, (1 - w) * ruleTotal + w * learned));
}
