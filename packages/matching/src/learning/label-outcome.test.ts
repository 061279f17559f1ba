import { describe, expect, it } from "vitest";
import { censoringWeights } from "./censoring-weights.js";
import { labelOutcome, type RelationshipOutcome } from "./label-outcome.js";
import type { OutcomeExample } from "./types.js";

const rel = (over: Partial<RelationshipOutcome>): RelationshipOutcome => ({
  status: "ongoing",
  monthsObserved: 3,
  earlyFit: null,
  satisfaction: null,
  goalsReached: null,
  ...over,
});

describe("labelOutcome", () => {
  it("censors young ongoing relationships and counts old ones as survivors", () => {
    expect(labelOutcome(rel({ monthsObserved: 5.9 }))).toEqual({ survived: null, quality: null, success: null });
    expect(labelOutcome(rel({ monthsObserved: 6 })).success).toBe(true);
    expect(labelOutcome(rel({ monthsObserved: 2 }), { horizonMonths: 2 }).success).toBe(true);
  });

  it("fails relationships that ended before the horizon, whatever their ratings", () => {
    const ended = rel({ status: "ended_early", monthsObserved: 2, satisfaction: 5, earlyFit: 5, goalsReached: 1 });
    expect(labelOutcome(ended)).toEqual({ survived: false, quality: 1, success: false });
    expect(labelOutcome({ ...ended, monthsObserved: 7 }).success).toBe(true);
  });

  it("counts graduation as survival at any length and lets poor ratings turn a survivor into a failure", () => {
    const graduated = rel({ status: "graduated", monthsObserved: 4, earlyFit: 2, satisfaction: 3, goalsReached: 0.25 });
    // quality = mean(1/4, 2/4, 1/4) = 1/3 < 0.5
    const label = labelOutcome(graduated);
    expect(label.survived).toBe(true);
    expect(label.quality).toBeCloseTo(1 / 3, 12);
    expect(label.success).toBe(false);
    expect(labelOutcome(graduated, { qualityThreshold: 0.3 }).success).toBe(true);
    expect(labelOutcome({ ...graduated, earlyFit: null, satisfaction: null, goalsReached: null }).success).toBe(true);
  });

  it("rejects ratings out of range", () => {
    expect(() => labelOutcome(rel({ satisfaction: 6 }))).toThrow(/satisfaction/);
    expect(() => labelOutcome(rel({ earlyFit: 2.5 }))).toThrow(/earlyFit/);
    expect(() => labelOutcome(rel({ goalsReached: 1.2 }))).toThrow(/goalsReached/);
    expect(() => labelOutcome(rel({ monthsObserved: -1 }))).toThrow(/monthsObserved/);
  });
});

describe("censoringWeights", () => {
  const ex = (success: boolean | null, observedMonths: number): OutcomeExample => ({
    features: [],
    success,
    observedMonths,
    startedAt: "2026-01-01",
  });

  it("matches a hand-computed Kaplan-Meier censoring curve", () => {
    // Horizon 6. Censored at 2 (5 at risk: G = 4/5) and at 4 (3 at risk: G = 4/5 * 2/3 = 8/15).
    const data = [ex(false, 1), ex(null, 2), ex(true, 12), ex(null, 4), ex(false, 5), ex(true, 3)];
    const w = censoringWeights(data, 6);
    expect(w[0]).toBe(1);
    expect(w[1]).toBe(0);
    expect(w[2]).toBeCloseTo(15 / 8, 12);
    expect(w[3]).toBe(0);
    expect(w[4]).toBeCloseTo(15 / 8, 12);
    expect(w[5]).toBeCloseTo(5 / 4, 12);
    // The weights redistribute the censored relationships' mass: they sum to n.
    expect(w.reduce((a, b) => a + b, 0)).toBeCloseTo(data.length, 12);
  });

  it("treats a label known at a censoring time as known before the censoring", () => {
    const w = censoringWeights([ex(false, 2), ex(null, 2), ex(true, 8)], 6);
    expect(w).toEqual([1, 0, 2]);
  });

  it("gives weight 1 to everyone when nothing is censored", () => {
    expect(censoringWeights([ex(true, 9), ex(false, 1)], 6)).toEqual([1, 1]);
  });
});
