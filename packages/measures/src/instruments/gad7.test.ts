import { describe, expect, it } from "vitest";
import { GAD7, scoreGad7 } from "./gad7.js";

const gad = (...values: number[]) => Object.fromEntries(values.map((v, i) => [`item${i + 1}`, v]));

describe("GAD-7 form", () => {
  it("has the published stem, seven items and the 0-3 frequency scale", () => {
    expect(GAD7.stem).toBe("Over the last 2 weeks, how often have you been bothered by the following problems?");
    expect(GAD7.items.map((i) => i.text)).toEqual([
      "Feeling nervous, anxious, or on edge",
      "Not being able to stop or control worrying",
      "Worrying too much about different things",
      "Trouble relaxing",
      "Being so restless that it's hard to sit still",
      "Becoming easily annoyed or irritable",
      "Feeling afraid as if something awful might happen",
    ]);
    expect(GAD7.options.map((o) => o.value)).toEqual([0, 1, 2, 3]);
  });
});

describe("GAD-7 bands at every boundary (one point either side)", () => {
  const cases: [number[], number, string][] = [
    [[0, 0, 0, 0, 0, 0, 0], 0, "minimal"],
    [[1, 1, 1, 1, 0, 0, 0], 4, "minimal"],
    [[1, 1, 1, 1, 1, 0, 0], 5, "mild"],
    [[2, 2, 2, 1, 1, 1, 0], 9, "mild"],
    [[2, 2, 2, 2, 1, 1, 0], 10, "moderate"],
    [[2, 2, 2, 2, 2, 2, 2], 14, "moderate"],
    [[3, 2, 2, 2, 2, 2, 2], 15, "severe"],
    [[3, 3, 3, 3, 3, 3, 3], 21, "severe"],
  ];
  it.each(cases)("%j → %i %s", (values, total, band) => {
    expect(scoreGad7(gad(...values))).toMatchObject({ status: "complete", instrument: "gad7", total, band });
  });
});

describe("GAD-7 drafts and the difficulty item", () => {
  it.each(GAD7.items.map((i) => i.id))("missing %s → draft", (id) => {
    const answers: Record<string, number> = gad(3, 3, 3, 3, 3, 3, 3);
    delete answers[id];
    expect(scoreGad7(answers)).toEqual({ status: "draft", missing: [id] });
  });
  it("difficulty is not scored", () => {
    expect(scoreGad7({ ...gad(1, 1, 1, 1, 1, 0, 0), difficulty: 2 })).toMatchObject({ total: 5, difficulty: 2 });
  });
});
