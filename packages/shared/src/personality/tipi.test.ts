import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scoreTipi, TIPI_ITEMS, TIPI_SCALE, TIPI_STEM, TipiAnswersSchema, TipiScoresSchema } from "./tipi.js";

describe("TIPI wording", () => {
  it("uses the published stem, items and scale", () => {
    expect(TIPI_STEM).toBe("I see myself as:");
    expect(TIPI_ITEMS.map((i) => i.text)).toEqual([
      "Extraverted, enthusiastic.",
      "Critical, quarrelsome.",
      "Dependable, self-disciplined.",
      "Anxious, easily upset.",
      "Open to new experiences, complex.",
      "Reserved, quiet.",
      "Sympathetic, warm.",
      "Disorganized, careless.",
      "Calm, emotionally stable.",
      "Conventional, uncreative.",
    ]);
    expect(TIPI_SCALE.map((s) => `${s.value} ${s.label}`)).toEqual([
      "1 Disagree strongly",
      "2 Disagree moderately",
      "3 Disagree a little",
      "4 Neither agree nor disagree",
      "5 Agree a little",
      "6 Agree moderately",
      "7 Agree strongly",
    ]);
    expect(TIPI_ITEMS.filter((i) => i.reversed).map((i) => i.number)).toEqual([2, 4, 6, 8, 10]);
  });
});

describe("scoreTipi", () => {
  it("scores a worked example, reversing items 2, 4, 6, 8 and 10", () => {
    // E = (6 + (8-7))/2, A = ((8-1) + 7)/2, C = (7 + (8-1))/2, ES = ((8-3) + 6)/2, O = (7 + (8-1))/2
    expect(scoreTipi([6, 1, 7, 3, 7, 7, 7, 1, 6, 1])).toEqual({
      status: "scored",
      scores: { extraversion: 3.5, agreeableness: 7, conscientiousness: 7, emotional_stability: 5.5, openness: 7 },
    });
  });

  it("scores the extremes and the middle", () => {
    const high = [7, 1, 7, 1, 7, 1, 7, 1, 7, 1];
    const low = high.map((r) => 8 - r);
    expect(scoreTipi(high)).toMatchObject({ scores: { extraversion: 7, openness: 7, emotional_stability: 7 } });
    expect(scoreTipi(low)).toMatchObject({ scores: { extraversion: 1, agreeableness: 1, conscientiousness: 1 } });
    const middle = scoreTipi(Array(10).fill(4));
    expect(middle.status === "scored" && Object.values(middle.scores)).toEqual([4, 4, 4, 4, 4]);
  });

  it("agreeing with both items of a pair lands in the middle", () => {
    // Item 1 "Extraverted" 7 and item 6 "Reserved" 7: (7 + 1) / 2 = 4.
    expect(scoreTipi([7, 4, 4, 4, 4, 7, 4, 4, 4, 4])).toMatchObject({ scores: { extraversion: 4 } });
  });

  it("leaves incomplete answers as an unscored draft", () => {
    expect(scoreTipi([5, null, 4, 4, undefined, 4, 4, 4, 4, 4])).toEqual({
      status: "draft",
      answered: 8,
      missingItems: [2, 5],
    });
    expect(scoreTipi([5, 5, 5])).toEqual({ status: "draft", answered: 3, missingItems: [4, 5, 6, 7, 8, 9, 10] });
    expect(scoreTipi([])).toMatchObject({ status: "draft", answered: 0 });
  });

  it("rejects ratings off the scale and too many answers", () => {
    expect(() => scoreTipi([8, 4, 4, 4, 4, 4, 4, 4, 4, 4])).toThrow(RangeError);
    expect(() => scoreTipi([0, 4, 4, 4, 4, 4, 4, 4, 4, 4])).toThrow(RangeError);
    expect(() => scoreTipi([4.5, 4, 4, 4, 4, 4, 4, 4, 4, 4])).toThrow(RangeError);
    expect(() => scoreTipi(Array(11).fill(4))).toThrow(RangeError);
  });

  it("validates draft answers with the contract schema", () => {
    expect(TipiAnswersSchema.safeParse([1, 2, 3, null, 5, 6, 7, null, null, 4]).success).toBe(true);
    expect(TipiAnswersSchema.safeParse([1, 2, 3]).success).toBe(false);
  });

  const rating = fc.integer({ min: 1, max: 7 });

  it("property: complete answers score every trait in [1, 7], in half points", () => {
    fc.assert(
      fc.property(fc.array(rating, { minLength: 10, maxLength: 10 }), (answers) => {
        const result = scoreTipi(answers);
        if (result.status !== "scored") return false;
        expect(TipiScoresSchema.parse(result.scores)).toEqual(result.scores);
        return Object.values(result.scores).every((s) => s >= 1 && s <= 7 && Number.isInteger(s * 2));
      }),
    );
  });

  it("property: any unanswered item makes a draft", () => {
    fc.assert(
      fc.property(fc.array(fc.option(rating, { nil: null }), { minLength: 10, maxLength: 10 }), (answers) => {
        fc.pre(answers.includes(null));
        return scoreTipi(answers).status === "draft";
      }),
    );
  });
});
