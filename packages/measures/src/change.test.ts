import { describe, expect, it } from "vitest";
import {
  changeSinceBaseline,
  historyWithChange,
  minimumReliableChangePoints,
  PSS10_NORMS,
  RELIABLE_CHANGE,
  reliableChangeIndex,
} from "./change.js";
import { scorePhq9 } from "./instruments/phq9.js";
import { scoreWho5 } from "./instruments/who5.js";
import { nextReassessmentDue } from "./schedule.js";

describe("reliable change index (Jacobson & Truax 1991)", () => {
  it("worked example: PSS-10 20 → 11 with SD 6.35, alpha .78", () => {
    // S_diff = 6.35 * 1.41421 * sqrt(0.22) = 4.2122; RCI = -9 / 4.2122 = -2.137
    expect(reliableChangeIndex(20, 11, 6.35, 0.78)).toBeCloseTo(-2.137, 3);
    expect(Math.abs(reliableChangeIndex(20, 12, 6.35, 0.78))).toBeLessThan(1.96);
  });
  it("PSS-10 minimum reliable change is 9 points", () => {
    expect(minimumReliableChangePoints(PSS10_NORMS.sd, PSS10_NORMS.alpha)).toBe(9);
    expect(RELIABLE_CHANGE.pss10.minimumReliableChange).toBe(9);
  });
  it("rejects impossible parameters", () => {
    expect(() => reliableChangeIndex(1, 2, 0, 0.8)).toThrow(RangeError);
    expect(() => reliableChangeIndex(1, 2, 5, 1)).toThrow(RangeError);
  });
});

describe("changeSinceBaseline", () => {
  const cases: [Parameters<typeof changeSinceBaseline>[0], number, number, number, string, boolean][] = [
    ["phq9", 15, 9, -6, "improved", true],
    ["phq9", 15, 10, -5, "no reliable change", false],
    ["phq9", 10, 16, 6, "worsened", true],
    ["phq9", 10, 15, 5, "no reliable change", false],
    ["gad7", 12, 8, -4, "improved", true],
    ["gad7", 12, 9, -3, "no reliable change", false],
    ["gad7", 5, 9, 4, "worsened", true],
    ["who5", 40, 52, 12, "improved", true],
    ["who5", 40, 48, 8, "no reliable change", false],
    ["who5", 60, 48, -12, "worsened", true],
    ["pss10", 20, 11, -9, "improved", true],
    ["pss10", 20, 12, -8, "no reliable change", false],
    ["pss10", 20, 29, 9, "worsened", true],
    ["pss10", 20, 20, 0, "no reliable change", false],
  ];
  it.each(cases)("%s %i → %i: delta %i, %s", (instrument, before, after, delta, direction, reliable) => {
    expect(changeSinceBaseline(instrument, before, after)).toEqual({ delta, direction, reliable });
  });

  it("accepts complete results (WHO-5 compared on the percentage)", () => {
    const a = scoreWho5({ item1: 2, item2: 2, item3: 2, item4: 2, item5: 2 });
    const b = scoreWho5({ item1: 3, item2: 3, item3: 3, item4: 2, item5: 2 });
    if (a.status !== "complete" || b.status !== "complete") throw new Error("expected complete");
    expect(changeSinceBaseline("who5", a, b)).toEqual({ delta: 12, direction: "improved", reliable: true });
  });

  it("refuses a result of another instrument and out-of-range scores", () => {
    const phq = scorePhq9({ item1: 0, item2: 0, item3: 0, item4: 0, item5: 0, item6: 0, item7: 0, item8: 0, item9: 0 });
    if (phq.status !== "complete") throw new Error("expected complete");
    expect(() => changeSinceBaseline("gad7", phq, 3)).toThrow(TypeError);
    expect(() => changeSinceBaseline("phq9", 0, 28)).toThrow(RangeError);
    expect(() => changeSinceBaseline("who5", 40, 13)).toThrow(RangeError); // a raw score passed as a percentage
  });

  it("history: each entry against the first", () => {
    const answers = (v: number) => ({ item1: v, item2: v, item3: v, item4: v, item5: v });
    const series = [1, 2, 4].map((v) => scoreWho5(answers(v)));
    const complete = series.flatMap((r) => (r.status === "complete" ? [r] : []));
    const history = historyWithChange("who5", complete);
    expect(history.map((h) => [h.score, h.change.delta, h.change.direction])).toEqual([
      [20, 0, "no reliable change"],
      [40, 20, "improved"],
      [80, 60, "improved"],
    ]);
    expect(historyWithChange("who5", [])).toEqual([]);
  });
});

describe("reassessment schedule", () => {
  it("is due 4 weeks after the last completion", () => {
    expect(nextReassessmentDue(new Date("2026-01-01T09:00:00Z")).toISOString()).toBe("2026-01-29T09:00:00.000Z");
  });
});
