import type { MatchingConfig } from "./types.js";
import { CRITERION_COUNT, DIMENSIONS } from "./vocabulary-tables.js";

/** Criteria per dimension: the seed's tree has four under each of its four dimensions. */
const PER_DIMENSION = CRITERION_COUNT / DIMENSIONS.length;

/** Dimension weights normalised to sum 1 (equal by default). Negative or non-finite weights are a caller bug. */
export function dimensionWeights(config: MatchingConfig): Float64Array {
  const raw = DIMENSIONS.map((d) => config.weights?.[d] ?? 1);
  for (const [k, w] of raw.entries()) {
    if (!(Number.isFinite(w) && w >= 0))
      throw new RangeError(`weights.${DIMENSIONS[k]} must be a number >= 0, got ${w}`);
  }
  const sum = raw.reduce((a, b) => a + b, 0);
  return Float64Array.from(raw, (w) => (sum > 0 ? w / sum : 1 / DIMENSIONS.length));
}

/** Mean of each dimension's criteria into `dims`; returns the weighted total, clamped to [0, 1] against rounding. */
export function ruleTotal(scores: Float64Array, weights: Float64Array, dims?: Float64Array): number {
  let total = 0;
  for (let d = 0; d < weights.length; d++) {
    let sum = 0;
    for (let k = d * PER_DIMENSION; k < (d + 1) * PER_DIMENSION; k++) sum += scores[k]!;
    const mean = sum / PER_DIMENSION;
    if (dims) dims[d] = mean;
    total += weights[d]! * mean;
  }
  return Math.min(1, Math.max(0, total));
}

export const CRITERIA_PER_DIMENSION = PER_DIMENSION;
