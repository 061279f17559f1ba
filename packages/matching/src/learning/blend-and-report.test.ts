import { describe, expect, it } from "vitest";
import { evaluateModels } from "./evaluate-models.js";
import { fairnessReport } from "./fairness.js";
import { FEATURE_NAMES, featuresOf } from "./features.js";
import { blendScores, learnedWeight } from "./predict-success.js";
import { seededRandom } from "./seeded-random.js";
import { sigmoid } from "./sigmoid.js";
import { defaultCut, splitByTime } from "./time-split.js";
import type { LearnedModel, OutcomeExample } from "./types.js";

const model = (trainedOn: number): LearnedModel => ({
  version: "v",
  features: ["x"],
  weights: [1],
  intercept: 0,
  means: [0],
  scales: [1],
  l2: 1,
  trainedOn,
  trainedAt: "t",
});

describe("blendScores", () => {
  it("trusts the rule score with no outcomes and the model as outcomes pile up", () => {
    expect(blendScores(0.8, 0.2, { model: model(0), priorStrength: 100 })).toBe(0.8);
    expect(blendScores(0.8, 0.2, { model: model(100), priorStrength: 100 })).toBeCloseTo(0.5, 12);
    expect(learnedWeight({ model: model(900), priorStrength: 100 })).toBeCloseTo(0.9, 12);
    expect(blendScores(0.8, 0.2, { model: model(5), priorStrength: 0 })).toBeCloseTo(0.2, 12);
  });
});

describe("featuresOf", () => {
  it("orders criterion scores as MATCHING_CRITERIA does and refuses a missing one", () => {
    const criteria = [...FEATURE_NAMES].reverse().map((criterion, k) => ({ criterion, score: k / 15 }));
    expect(featuresOf({ criteria })).toEqual(FEATURE_NAMES.map((_, j) => (15 - j) / 15));
    expect(FEATURE_NAMES[0]).toBe("similar_life_challenges");
    expect(FEATURE_NAMES).toHaveLength(16);
    expect(() => featuresOf({ criteria: criteria.slice(1) })).toThrow(/relationship_duration_expectations/);
  });
});

describe("fairnessReport", () => {
  it("summarises match rate, wait and score per group value", () => {
    const report = fairnessReport(
      [
        { clearedAt: "2026-01-01", matchedAt: "2026-01-11", score: 0.8, group: { language: "es" } },
        { clearedAt: "2026-01-01", matchedAt: "2026-01-05", score: 0.6, group: { language: "es" } },
        { clearedAt: "2026-01-01", matchedAt: null, score: null, group: { language: "es" } },
        { clearedAt: "2026-01-01", matchedAt: "2026-01-03", score: 0.5, group: { language: "en" } },
      ],
      [2, 1, 0],
    );
    expect(report.groups).toEqual([
      { group: "language", value: "en", mentees: 1, matched: 1, matchRate: 1, meanWaitDays: 2, meanScore: 0.5 },
      {
        group: "language",
        value: "es",
        mentees: 3,
        matched: 2,
        matchRate: 2 / 3,
        meanWaitDays: 7,
        meanScore: expect.closeTo(0.7, 12),
      },
    ]);
    expect(report.overall.matchRate).toBe(0.75);
    expect(report.mentorLoadGini).toBeCloseTo(4 / 9, 12); // |diffs| 8 / (2 * 9 * 1)
  });
});

describe("time split and evaluation", () => {
  const random = seededRandom(11);
  const examples: OutcomeExample[] = Array.from({ length: 600 }, (_, i) => {
    const x = Array.from({ length: 16 }, () => random());
    const truth = 3 * (x[0]! - 0.5) - 2 * (x[5]! - 0.5);
    const day = String(1 + (i % 28)).padStart(2, "0");
    const month = String(1 + Math.floor(i / 60)).padStart(2, "0");
    return {
      features: x,
      ruleScore: x.reduce((a, b) => a + b, 0) / 16,
      success: random() < sigmoid(truth),
      startedAt: `2025-${month}-${day}`,
      observedMonths: 12,
    };
  });

  it("splits by start date", () => {
    const cut = defaultCut(examples, 6);
    const { train, test } = splitByTime(examples, cut);
    expect(train.length + test.length).toBe(600);
    expect(train.length / 600).toBeCloseTo(0.7, 1);
    expect(train.every((e) => e.startedAt < cut) && test.every((e) => e.startedAt >= cut)).toBe(true);
  });

  it("puts the default cut among relationships old enough to have reached the horizon", () => {
    const young = (startedAt: string, observedMonths: number) => ({ ...examples[0]!, startedAt, observedMonths });
    // Observation ends 2026-01-01; only the three starts up to 2025-07-01 are 6 months old.
    const set = [young("2025-01-01", 12), young("2025-03-01", 1), young("2025-07-01", 2), young("2025-11-01", 2)];
    expect(defaultCut(set, 6, 0.5)).toBe("2025-03-01");
    expect(defaultCut(set, 6, 0.9)).toBe("2025-07-01");
  });

  it("learns a signal the rule score misses", () => {
    const result = evaluateModels(examples, { cutDate: "2025-08-01", horizonMonths: 6, priorStrength: 200 });
    const [rule, learned, blend] = result.scorers;
    expect(result.train.labelled).toBe(420);
    expect(learned!.auc!).toBeGreaterThan(0.7);
    expect(learned!.auc!).toBeGreaterThan(rule!.auc! + 0.1);
    expect(blend!.name).toBe("blend");
    expect(result.learnedWeight).toBeCloseTo(420 / 620, 12);
  });

  it("warns instead of inventing an AUC when the test set has one class", () => {
    const failing = examples.map((e) => (e.startedAt >= "2025-08-01" ? { ...e, success: false } : e));
    const result = evaluateModels(failing, { cutDate: "2025-08-01", horizonMonths: 6, priorStrength: 200 });
    expect(result.scorers.every((s) => s.auc === null)).toBe(true);
    expect(result.warnings).toEqual([
      "Every labelled test relationship is a failure, so AUC is undefined: choose an earlier cut.",
    ]);
  });
});
