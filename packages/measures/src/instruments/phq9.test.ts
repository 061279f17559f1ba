import { describe, expect, it } from "vitest";
import { MeasureAnswerError } from "../likert.js";
import { PHQ9, scorePhq9 } from "./phq9.js";

/** Item answers 1..9 in order → answer map. */
const phq = (...values: number[]) => Object.fromEntries(values.map((v, i) => [`item${i + 1}`, v]));

describe("PHQ-9 form", () => {
  it("has the published stem, nine items and the 0-3 frequency scale", () => {
    expect(PHQ9.stem).toBe("Over the last 2 weeks, how often have you been bothered by any of the following problems?");
    expect(PHQ9.items).toHaveLength(9);
    expect(PHQ9.options.map((o) => [o.value, o.label])).toEqual([
      [0, "Not at all"],
      [1, "Several days"],
      [2, "More than half the days"],
      [3, "Nearly every day"],
    ]);
    expect(PHQ9.items[8]?.text).toBe("Thoughts that you would be better off dead or of hurting yourself in some way");
  });
});

describe("PHQ-9 bands at every boundary (one point either side)", () => {
  const cases: [number[], number, string][] = [
    [[0, 0, 0, 0, 0, 0, 0, 0, 0], 0, "minimal"],
    [[1, 1, 1, 1, 0, 0, 0, 0, 0], 4, "minimal"],
    [[1, 1, 1, 1, 1, 0, 0, 0, 0], 5, "mild"],
    [[3, 3, 2, 1, 0, 0, 0, 0, 0], 9, "mild"],
    [[3, 3, 2, 1, 1, 0, 0, 0, 0], 10, "moderate"],
    [[2, 2, 2, 2, 2, 2, 1, 1, 0], 14, "moderate"],
    [[2, 2, 2, 2, 2, 2, 2, 1, 0], 15, "moderately-severe"],
    [[3, 3, 3, 2, 2, 2, 2, 2, 0], 19, "moderately-severe"],
    [[3, 3, 3, 3, 2, 2, 2, 2, 0], 20, "severe"],
    [[3, 3, 3, 3, 3, 3, 3, 3, 3], 27, "severe"],
  ];
  it.each(cases)("%j → %i %s", (values, total, band) => {
    const r = scorePhq9(phq(...values));
    expect(r).toMatchObject({ status: "complete", instrument: "phq9", total, band });
  });
});

describe("PHQ-9 item 9", () => {
  it("flags item 9 > 0 even when the total is minimal", () => {
    const r = scorePhq9(phq(0, 0, 0, 0, 0, 0, 0, 0, 1));
    expect(r).toMatchObject({ status: "complete", total: 1, band: "minimal", item9Positive: true });
  });
  it("does not flag item 9 = 0 even when the total is severe", () => {
    const r = scorePhq9(phq(3, 3, 3, 3, 3, 3, 3, 3, 0));
    expect(r).toMatchObject({ total: 24, band: "severe", item9Positive: false });
  });
  it.each([1, 2, 3])("flags item 9 = %i", (v) => {
    expect(scorePhq9(phq(0, 0, 0, 0, 0, 0, 0, 0, v))).toMatchObject({ item9Positive: true });
  });
});

describe("PHQ-9 difficulty item", () => {
  it("is recorded but never scored, and optional", () => {
    expect(scorePhq9({ ...phq(1, 1, 1, 1, 1, 0, 0, 0, 0), difficulty: 3 })).toMatchObject({ total: 5, difficulty: 3 });
    expect(scorePhq9(phq(1, 1, 1, 1, 1, 0, 0, 0, 0))).toMatchObject({ total: 5, difficulty: null });
  });
  it("does not make an incomplete form complete", () => {
    expect(scorePhq9({ difficulty: 0 })).toEqual({
      status: "draft",
      missing: PHQ9.items.map((i) => i.id),
      item9Positive: false,
    });
  });
});

describe("PHQ-9 drafts", () => {
  it.each(PHQ9.items.map((i) => i.id))("missing %s → draft, never scored", (id) => {
    const answers: Record<string, number | null> = phq(3, 3, 3, 3, 3, 3, 3, 3, 3);
    delete answers[id];
    const item9Positive = id !== "item9";
    expect(scorePhq9(answers)).toEqual({ status: "draft", missing: [id], item9Positive });
    expect(scorePhq9({ ...answers, [id]: null })).toEqual({ status: "draft", missing: [id], item9Positive });
  });
  it("an empty form is a draft missing every item", () => {
    expect(scorePhq9({})).toEqual({ status: "draft", missing: PHQ9.items.map((i) => i.id), item9Positive: false });
  });
  it("a draft still carries the item 9 flag, so the C-SSRS starts even if the form is abandoned", () => {
    expect(scorePhq9({ item1: 0, item9: 2 })).toMatchObject({ status: "draft", item9Positive: true });
    expect(scorePhq9({ item1: 3, item9: 0 })).toMatchObject({ status: "draft", item9Positive: false });
  });
});

describe("PHQ-9 malformed answers throw", () => {
  it.each([4, -1, 1.5, Number.NaN])("value %s", (v) => {
    expect(() => scorePhq9({ ...phq(0, 0, 0, 0, 0, 0, 0, 0, 0), item3: v })).toThrow(MeasureAnswerError);
  });
  it("unknown item id", () => {
    expect(() => scorePhq9({ ...phq(0, 0, 0, 0, 0, 0, 0, 0, 0), item10: 0 })).toThrow(/unknown item id/);
  });
  it("difficulty out of range", () => {
    expect(() => scorePhq9({ ...phq(0, 0, 0, 0, 0, 0, 0, 0, 0), difficulty: 4 })).toThrow(MeasureAnswerError);
  });
});
