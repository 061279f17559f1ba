import { describe, expect, it } from "vitest";
import { PSS10, scorePss10 } from "./pss10.js";

const pss = (...values: number[]) => Object.fromEntries(values.map((v, i) => [`item${i + 1}`, v]));
const REVERSED = new Set([4, 5, 7, 8]);
/** Builds raw answers that produce the given *scored* item values (undoing the reverse keying). */
const fromScored = (...scored: number[]) => pss(...scored.map((s, i) => (REVERSED.has(i + 1) ? 4 - s : s)));

describe("PSS-10 form", () => {
  it("reverse-keys exactly items 4, 5, 7 and 8", () => {
    const reversed = PSS10.items.flatMap((item, i) => ("reverse" in item && item.reverse ? [i + 1] : []));
    expect(reversed).toEqual([4, 5, 7, 8]);
    expect(PSS10.options.map((o) => [o.value, o.label])).toEqual([
      [0, "Never"],
      [1, "Almost Never"],
      [2, "Sometimes"],
      [3, "Fairly Often"],
      [4, "Very Often"],
    ]);
    for (const item of PSS10.items) expect(item.text.startsWith("In the last month, how often have you")).toBe(true);
  });
});

describe("PSS-10 reverse scoring by hand", () => {
  it("answers 2,3,4,0,1,2,3,4,1,0 score 2+3+4+(4-0)+(4-1)+2+(4-3)+(4-4)+1+0 = 20", () => {
    const r = scorePss10(pss(2, 3, 4, 0, 1, 2, 3, 4, 1, 0));
    expect(r).toMatchObject({ status: "complete", total: 20, band: "moderate" });
    if (r.status === "complete") {
      expect(r.itemScores).toMatchObject({ item4: 4, item5: 3, item7: 1, item8: 0 });
    }
  });
  it("all 'Never' is 16, not 0 (the four positive items count 4 each)", () => {
    expect(scorePss10(pss(0, 0, 0, 0, 0, 0, 0, 0, 0, 0))).toMatchObject({ total: 16 });
  });
  it("all 'Very Often' is 24", () => {
    expect(scorePss10(pss(4, 4, 4, 4, 4, 4, 4, 4, 4, 4))).toMatchObject({ total: 24 });
  });
  it("minimum 0 and maximum 40", () => {
    expect(scorePss10(pss(0, 0, 0, 4, 4, 0, 4, 4, 0, 0))).toMatchObject({ total: 0, band: "low" });
    expect(scorePss10(pss(4, 4, 4, 0, 0, 4, 0, 0, 4, 4))).toMatchObject({ total: 40, band: "high" });
  });
});

describe("PSS-10 bands at every boundary (one point either side)", () => {
  const cases: [number[], number, string][] = [
    [[2, 2, 2, 2, 2, 2, 1, 0, 0, 0], 13, "low"],
    [[2, 2, 2, 2, 2, 2, 1, 1, 0, 0], 14, "moderate"],
    [[3, 3, 3, 3, 3, 3, 3, 3, 1, 1], 26, "moderate"],
    [[3, 3, 3, 3, 3, 3, 3, 3, 2, 1], 27, "high"],
  ];
  it.each(cases)("scored %j → %i %s", (scored, total, band) => {
    expect(scorePss10(fromScored(...scored))).toMatchObject({ status: "complete", total, band });
  });
});

describe("PSS-10 drafts", () => {
  it.each(PSS10.items.map((i) => i.id))("missing %s → draft", (id) => {
    const answers: Record<string, number> = pss(1, 1, 1, 1, 1, 1, 1, 1, 1, 1);
    delete answers[id];
    expect(scorePss10(answers)).toEqual({ status: "draft", missing: [id] });
  });
});
