import { choleskySolve } from "./cholesky-solve.js";
import { FEATURE_NAMES } from "./features.js";
import { sigmoid, softplus } from "./sigmoid.js";
import type { LearnedModel, OutcomeExample } from "./types.js";

export interface TrainOptions {
  /** ISO timestamp recorded in the model; injected so training stays deterministic. */
  trainedAt: string;
  /** L2 penalty on the standardised weights (default 1: a mild pull towards "no effect"). */
  l2?: number;
  featureNames?: readonly string[];
  maxIterations?: number;
}

export const MODEL_VERSION = "logistic-l2-irls-v1";
// Keeps the Newton system positive definite when l2 = 0 and a feature never varies.
const JITTER = 1e-10;

interface Labelled {
  z: Float64Array[]; // standardised features with a leading 1 for the intercept
  y: Float64Array;
  w: Float64Array;
}

function standardise(rows: OutcomeExample[], d: number) {
  const means = new Array<number>(d).fill(0);
  const scales = new Array<number>(d).fill(0);
  for (const r of rows) for (let j = 0; j < d; j++) means[j]! += r.features[j]! / rows.length;
  for (const r of rows) for (let j = 0; j < d; j++) scales[j]! += (r.features[j]! - means[j]!) ** 2 / rows.length;
  return { means, scales: scales.map((v) => (Math.sqrt(v) > 1e-12 ? Math.sqrt(v) : 1)) };
}

function objective(data: Labelled, theta: Float64Array, l2: number): number {
  let f = 0;
  for (let i = 0; i < data.y.length; i++) {
    const eta = dot(data.z[i]!, theta);
    f += data.w[i]! * (softplus(eta) - data.y[i]! * eta);
  }
  for (let j = 1; j < theta.length; j++) f += 0.5 * l2 * theta[j]! ** 2;
  return f;
}

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let j = 0; j < a.length; j++) s += a[j]! * b[j]!;
  return s;
}

/**
 * Weighted L2-regularised logistic regression by Newton's method (IRLS) with step halving.
 * The objective is convex, so the optimum is unique; there is no randomness, so the same examples
 * give the same model bit for bit. Censored examples (success null) and zero weights are skipped.
 */
export function trainModel(examples: readonly OutcomeExample[], options: TrainOptions): LearnedModel {
  const names = options.featureNames ?? FEATURE_NAMES;
  const d = names.length;
  const l2 = options.l2 ?? 1;
  if (!(l2 >= 0)) throw new RangeError("trainModel: l2 must be a non-negative number");
  const rows = examples.filter((e) => e.success !== null && (e.weight ?? 1) > 0);
  for (const r of rows) {
    if (r.features.length !== d) throw new RangeError(`trainModel: expected ${d} features, got ${r.features.length}`);
  }
  const successes = rows.filter((r) => r.success).length;
  if (successes === 0 || successes === rows.length) {
    throw new RangeError("trainModel: needs at least one success and one failure among labelled examples");
  }
  const { means, scales } = standardise(rows, d);
  const data: Labelled = {
    z: rows.map((r) => Float64Array.from([1, ...r.features.map((x, j) => (x - means[j]!) / scales[j]!)])),
    y: Float64Array.from(rows, (r) => (r.success ? 1 : 0)),
    w: Float64Array.from(rows, (r) => r.weight ?? 1),
  };
  const theta = newton(data, l2, d + 1, options.maxIterations ?? 100);
  return {
    version: MODEL_VERSION,
    features: [...names],
    weights: Array.from(theta.subarray(1)),
    intercept: theta[0]!,
    means,
    scales,
    l2,
    trainedOn: rows.length,
    trainedAt: options.trainedAt,
  };
}

function newton(data: Labelled, l2: number, p: number, maxIterations: number): Float64Array {
  let theta = new Float64Array(p);
  let f = objective(data, theta, l2);
  for (let iter = 0; iter < maxIterations; iter++) {
    const g = new Float64Array(p);
    const h = new Float64Array(p * p);
    for (let i = 0; i < data.y.length; i++) {
      const z = data.z[i]!;
      const mu = sigmoid(dot(z, theta));
      const r = data.w[i]! * (mu - data.y[i]!);
      const v = data.w[i]! * mu * (1 - mu);
      for (let a = 0; a < p; a++) {
        g[a]! += r * z[a]!;
        for (let b = 0; b <= a; b++) h[a * p + b]! += v * z[a]! * z[b]!;
      }
    }
    for (let a = 1; a < p; a++) {
      g[a]! += l2 * theta[a]!;
      h[a * p + a]! += l2 + JITTER;
    }
    for (let a = 0; a < p; a++) for (let b = 0; b < a; b++) h[b * p + a] = h[a * p + b]!;
    const step = choleskySolve(h, g, p);
    // Step halving keeps every iteration downhill; a full Newton step is almost always accepted.
    let t = 1;
    let next = theta;
    let fNext = f;
    for (let k = 0; k < 40; k++) {
      next = theta.map((x, j) => x - t * step[j]!);
      fNext = objective(data, next, l2);
      if (fNext <= f + 1e-12 * Math.abs(f)) break;
      t /= 2;
    }
    const moved = Math.max(...step.map((s) => Math.abs(s * t)));
    theta = next;
    f = fNext;
    if (moved < 1e-10) break;
  }
  return theta;
}
