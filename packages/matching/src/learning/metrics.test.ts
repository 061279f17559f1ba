import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { auc } from "./auc.js";
import { calibration } from "./calibration.js";
import { gini } from "./gini.js";

function bruteForceAuc(scores: number[], labels: boolean[], weights: number[]): number | null {
  let num = 0;
  let den = 0;
  scores.forEach((si, i) => {
    scores.forEach((sj, j) => {
      if (!labels[i] || labels[j]) return;
      const w = weights[i]! * weights[j]!;
      den += w;
      num += w * (si > sj ? 1 : si === sj ? 0.5 : 0);
    });
  });
  return den === 0 ? null : num / den;
}

describe("auc", () => {
  it("equals the brute-force pairwise count, ties counting one half", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.boolean(), fc.integer({ min: 1, max: 4 })), {
          maxLength: 40,
        }),
        (rows) => {
          const scores = rows.map((r) => r[0] / 5);
          const labels = rows.map((r) => r[1]);
          const weights = rows.map((r) => r[2]);
          const expected = bruteForceAuc(scores, labels, weights);
          const got = auc(scores, labels, weights);
          if (expected === null) expect(got).toBeNull();
          else expect(got).toBeCloseTo(expected, 12);
        },
      ),
      { seed: 4, numRuns: 300 },
    );
  });

  it("is 1 for a perfect ranking, 0.5 when every score ties, null with one class", () => {
    expect(auc([0.1, 0.2, 0.9], [false, false, true])).toBe(1);
    expect(auc([0.5, 0.5, 0.5], [false, true, true])).toBe(0.5);
    expect(auc([0.1, 0.2], [true, true])).toBeNull();
  });
});

describe("calibration", () => {
  it("matches hand-computed bins, Brier score and expected calibration error", () => {
    const c = calibration([0.4, 0.1, 0.3, 0.2], [true, false, true, false], undefined, 2);
    expect(c.bins).toEqual([
      { count: 2, predicted: expect.closeTo(0.15, 12), observed: 0 },
      { count: 2, predicted: expect.closeTo(0.35, 12), observed: 1 },
    ]);
    expect(c.brier).toBeCloseTo((0.01 + 0.04 + 0.49 + 0.36) / 4, 12);
    expect(c.ece).toBeCloseTo(0.5 * 0.15 + 0.5 * 0.65, 12);
  });

  it("uses weights and reports zero error for perfectly calibrated bins", () => {
    const c = calibration([0.25, 0.25, 0.75, 0.75], [true, false, true, false], [1, 3, 3, 1], 2);
    expect(c.ece).toBeCloseTo(0, 12);
    expect(c.bins.map((b) => b.observed)).toEqual([0.25, 0.75]);
  });
});

describe("gini", () => {
  it("matches hand-computed examples", () => {
    expect(gini([2, 2, 2, 2])).toBe(0);
    expect(gini([0, 0, 0, 4])).toBeCloseTo(0.75, 12); // 24 / (2 * 16 * 1)
    expect(gini([1, 2, 3])).toBeCloseTo(2 / 9, 12); // 8 / (2 * 9 * 2)
    expect(gini([3, 0, 1, 0])).toBeCloseTo(0.625, 12); // 20 / (2 * 16 * 1)
    expect(gini([])).toBe(0);
    expect(gini([0, 0])).toBe(0);
    expect(() => gini([1, -1])).toThrow();
  });

  it("equals the mean absolute difference over twice the mean", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 30 }), (xs) => {
        const n = xs.length;
        const total = xs.reduce((a, b) => a + b, 0);
        let diff = 0;
        for (const a of xs) for (const b of xs) diff += Math.abs(a - b);
        expect(gini(xs)).toBeCloseTo(total === 0 ? 0 : diff / (2 * n * total), 12);
      }),
      { seed: 5, numRuns: 200 },
    );
  });
});
