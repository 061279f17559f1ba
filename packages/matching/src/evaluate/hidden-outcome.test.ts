import { describe, expect, it } from "vitest";
import { censoringWeights } from "../learning/censoring-weights.js";
import { labelOutcome } from "../learning/label-outcome.js";
import { seededRandom } from "../learning/seeded-random.js";
import { drawOutcome, trueProbability } from "./hidden-outcome.js";

describe("drawOutcome", () => {
  it("produces records whose label is the hidden outcome, or censored while it cannot be known", () => {
    const random = seededRandom(9);
    let censored = 0;
    let known = 0;
    for (let i = 0; i < 3000; i++) {
      const features = Array.from({ length: 16 }, () => random());
      const expected = (["three_months", "six_months", "twelve_months", null] as const)[i % 4]!;
      const available = random() * 14;
      const { success, record } = drawOutcome(random, features, expected, available);
      const label = labelOutcome(record, { horizonMonths: 6 }).success;
      if (label === null) {
        censored++;
        expect(record.status).toBe("ongoing");
        expect(record.monthsObserved).toBeLessThan(6);
      } else {
        known++;
        expect(label).toBe(success);
      }
    }
    expect(censored).toBeGreaterThan(100);
    expect(known).toBeGreaterThan(1000);
  });

  it("makes success likelier for pairs the hidden model favours", () => {
    expect(trueProbability(new Array(16).fill(1))).toBeGreaterThan(0.95);
    expect(trueProbability(new Array(16).fill(0))).toBeLessThan(0.01);
  });

  it("lets censoring weights undo the bias that dropping censored relationships leaves", () => {
    const random = seededRandom(21);
    const hidden: boolean[] = [];
    const examples = Array.from({ length: 6000 }, () => {
      const { success, record } = drawOutcome(random, new Array(16).fill(0.6), "twelve_months", random() * 10);
      hidden.push(success);
      return {
        features: [],
        success: labelOutcome(record).success,
        observedMonths: record.monthsObserved,
        startedAt: "",
      };
    });
    const truth = hidden.filter(Boolean).length / hidden.length;
    const known = examples.filter((e) => e.success !== null);
    const naive = known.filter((e) => e.success).length / known.length;
    const w = censoringWeights(examples, 6);
    const weighted = examples.reduce((s, e, i) => s + (e.success ? w[i]! : 0), 0) / w.reduce((a, b) => a + b, 0);
    expect(Math.abs(naive - truth)).toBeGreaterThan(0.1);
    expect(Math.abs(weighted - truth)).toBeLessThan(0.03);
  });
});
