import { describe, expect, it } from "vitest";
import { scoreWho5, WHO5 } from "./who5.js";

const who = (...values: number[]) => Object.fromEntries(values.map((v, i) => [`item${i + 1}`, v]));

describe("WHO-5 form", () => {
  it("has five items and the 0-5 scale from 'At no time' to 'All of the time'", () => {
    expect(WHO5.items).toHaveLength(5);
    const byValue = Object.fromEntries(WHO5.options.map((o) => [o.value, o.label]));
    expect(byValue).toEqual({
      0: "At no time",
      1: "Some of the time",
      2: "Less than half of the time",
      3: "More than half of the time",
      4: "Most of the time",
      5: "All of the time",
    });
  });
});

describe("WHO-5 cut-offs (percentage = raw x 4), one point either side", () => {
  const cases: [number[], number, number, string, boolean][] = [
    [[0, 0, 0, 0, 0], 0, 0, "likely-depression", true],
    [[2, 2, 1, 1, 1], 7, 28, "likely-depression", true],
    [[2, 2, 2, 1, 1], 8, 32, "poor-wellbeing", true],
    [[3, 3, 2, 2, 2], 12, 48, "poor-wellbeing", true],
    [[3, 3, 3, 2, 2], 13, 52, "no-indication", false],
    [[5, 5, 5, 5, 5], 25, 100, "no-indication", false],
  ];
  it.each(cases)("%j → raw %i, %i%%, %s", (values, total, percentage, band, poorWellbeing) => {
    expect(scoreWho5(who(...values))).toMatchObject({
      status: "complete",
      instrument: "who5",
      total,
      percentage,
      band,
      poorWellbeing,
    });
  });
});

describe("WHO-5 low single item", () => {
  it("flags any item at 0 or 1 even with a good total", () => {
    expect(scoreWho5(who(5, 5, 5, 5, 1))).toMatchObject({ percentage: 84, band: "no-indication", lowItem: true });
    expect(scoreWho5(who(5, 5, 5, 5, 2))).toMatchObject({ lowItem: false });
  });
});

describe("WHO-5 drafts", () => {
  it.each(WHO5.items.map((i) => i.id))("missing %s → draft", (id) => {
    const answers: Record<string, number> = who(5, 5, 5, 5, 5);
    delete answers[id];
    expect(scoreWho5(answers)).toEqual({ status: "draft", missing: [id] });
  });
  it("rejects 6", () => {
    expect(() => scoreWho5(who(6, 5, 5, 5, 5))).toThrow(/not one of/);
  });
});
