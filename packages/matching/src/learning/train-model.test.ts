import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { explainPrediction, predictSuccess } from "./predict-success.js";
import { seededRandom } from "./seeded-random.js";
import { sigmoid } from "./sigmoid.js";
import { trainModel } from "./train-model.js";
import type { LearnedModel, OutcomeExample } from "./types.js";

const names = (d: number) => Array.from({ length: d }, (_, j) => `f${j}`);
const example = (features: number[], success: boolean, weight = 1): OutcomeExample => ({
  features,
  success,
  weight,
  startedAt: "2026-01-01",
  observedMonths: 12,
});

/** Gradient of the penalised weighted log-loss in the model's own (standardised) parameters, computed independently. */
function gradient(model: LearnedModel, examples: OutcomeExample[]): number[] {
  const g = new Array<number>(model.weights.length + 1).fill(0);
  for (const e of examples) {
    if (e.success === null) continue;
    const z = e.features.map((x, j) => (x - model.means[j]!) / model.scales[j]!);
    const p = predictSuccess(model, e.features);
    const r = (e.weight ?? 1) * (p - (e.success ? 1 : 0));
    g[0]! += r;
    z.forEach((zj, j) => {
      g[j + 1]! += r * zj;
    });
  }
  model.weights.forEach((w, j) => {
    g[j + 1]! += model.l2 * w;
  });
  return g;
}

function randomData(seed: number, n: number, d: number): OutcomeExample[] {
  const random = seededRandom(seed);
  const truth = Array.from({ length: d }, () => 4 * random() - 2);
  return Array.from({ length: n }, (_, i) => {
    const x = Array.from({ length: d }, () => random());
    const eta = x.reduce((s, v, j) => s + truth[j]! * (v - 0.5), 0);
    // Forcing both classes keeps every generated dataset trainable.
    const success = i === 0 ? true : i === 1 ? false : random() < sigmoid(eta);
    return example(x, success, 0.5 + random());
  });
}

describe("trainModel", () => {
  it("reaches the exact maximum-likelihood solution of a one-binary-feature problem", () => {
    // Without a penalty the fitted probabilities must equal each group's observed rate:
    // x = 0 -> 3 of 10 succeed, x = 1 -> 7 of 8 succeed.
    const data = [
      ...Array.from({ length: 10 }, (_, i) => example([0], i < 3)),
      ...Array.from({ length: 8 }, (_, i) => example([1], i < 7)),
    ];
    const model = trainModel(data, { trainedAt: "2026-11-27", l2: 0, featureNames: ["x"] });
    expect(predictSuccess(model, [0])).toBeCloseTo(0.3, 9);
    expect(predictSuccess(model, [1])).toBeCloseTo(7 / 8, 9);
  });

  it("matches an independent gradient-descent fit with a penalty", () => {
    const data = randomData(7, 60, 3);
    const model = trainModel(data, { trainedAt: "t", l2: 2, featureNames: names(3) });
    // Plain gradient descent on the same standardised objective, from zero.
    const theta = [0, 0, 0, 0];
    for (let it = 0; it < 20_000; it++) {
      const trial: LearnedModel = { ...model, intercept: theta[0]!, weights: theta.slice(1) };
      const g = gradient(trial, data);
      for (let j = 0; j < 4; j++) theta[j]! -= 0.01 * g[j]!;
    }
    expect(model.intercept).toBeCloseTo(theta[0]!, 6);
    model.weights.forEach((w, j) => {
      expect(w).toBeCloseTo(theta[j + 1]!, 6);
    });
  });

  it("stops at a point where the gradient vanishes, predicts probabilities and is deterministic", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.integer({ min: 4, max: 80 }),
        fc.integer({ min: 1, max: 6 }),
        fc.double({ min: 0.01, max: 10, noNaN: true }),
        (seed, n, d, l2) => {
          const data = randomData(seed, n, d);
          const model = trainModel(data, { trainedAt: "t", l2, featureNames: names(d) });
          const totalWeight = data.reduce((s, e) => s + (e.weight ?? 1), 0);
          for (const g of gradient(model, data)) expect(Math.abs(g)).toBeLessThan(1e-7 * totalWeight);
          for (const e of data) {
            const p = predictSuccess(model, e.features);
            expect(p).toBeGreaterThanOrEqual(0);
            expect(p).toBeLessThanOrEqual(1);
          }
          expect(trainModel(data, { trainedAt: "t", l2, featureNames: names(d) })).toEqual(model);
        },
      ),
      { seed: 20261127, numRuns: 150 },
    );
  });

  it("keeps weights finite on perfectly separable data and ignores constant features", () => {
    const data = [example([0, 1], false), example([0.2, 1], false), example([0.8, 1], true), example([1, 1], true)];
    const model = trainModel(data, { trainedAt: "t", l2: 1, featureNames: names(2) });
    expect(Number.isFinite(model.weights[0])).toBe(true);
    expect(model.weights[0]).toBeGreaterThan(0);
    expect(model.weights[1]).toBe(0);
    expect(model.scales[1]).toBe(1);
  });

  it("skips censored examples and refuses data with a single class", () => {
    const censored: OutcomeExample = { ...example([5], true), success: null };
    const data = [example([0], false), example([1], true), censored];
    expect(trainModel(data, { trainedAt: "t", featureNames: ["x"] }).trainedOn).toBe(2);
    expect(() => trainModel([example([0], true), example([1], true)], { trainedAt: "t", featureNames: ["x"] })).toThrow(
      /one success and one failure/,
    );
    expect(() => trainModel(data, { trainedAt: "t" })).toThrow(/expected 16 features/);
  });
});

describe("explainPrediction", () => {
  it("splits the log-odds into per-feature contributions, largest first", () => {
    const model = trainModel(randomData(3, 50, 4), { trainedAt: "t", l2: 0.5, featureNames: names(4) });
    const x = [0.9, 0.1, 0.5, 0.7];
    const parts = explainPrediction(model, x);
    expect(parts.map((p) => p.feature).sort()).toEqual(names(4));
    const logOdds = parts.reduce((s, p) => s + p.contribution, model.intercept);
    expect(sigmoid(logOdds)).toBeCloseTo(predictSuccess(model, x), 12);
    for (let k = 1; k < parts.length; k++) {
      expect(Math.abs(parts[k - 1]!.contribution)).toBeGreaterThanOrEqual(Math.abs(parts[k]!.contribution));
    }
    // At the training means every contribution is zero.
    expect(explainPrediction(model, model.means).every((p) => p.contribution === 0)).toBe(true);
  });
});
