import { describe, expect, it } from "vitest";
import { DAY } from "../../lib/clock.js";
import { fitOf, sideScore } from "./fit.js";
import { goalsOf, nextPhase, phaseOfGoal, phaseSuggestion } from "./phases.js";

const start = new Date("2026-01-01T00:00:00Z");
const after = (days: number) => new Date(start.getTime() + days * DAY);

describe("phase suggestions", () => {
  it("come by time at day 28, 183 and 365, or when the checklist is done", () => {
    expect(phaseSuggestion("introduction_and_exploration", start, after(27.9), 0)).toBeNull();
    expect(phaseSuggestion("introduction_and_exploration", start, after(28), 0)?.reasons).toEqual(["time"]);
    expect(phaseSuggestion("introduction_and_exploration", start, after(3), 16)?.reasons).toEqual(["checklist"]);
    expect(phaseSuggestion("introduction_and_exploration", start, after(3), 15)).toBeNull();
    expect(phaseSuggestion("development_and_growth", start, after(182), 0)).toBeNull();
    expect(phaseSuggestion("development_and_growth", start, after(183), 0)?.reasons).toEqual(["time"]);
    expect(phaseSuggestion("mastery_and_independence", start, after(365), 0)?.text).toMatch(/graduation/);
  });

  it("use the seed's goals, sixteen a phase, each in one phase", () => {
    expect(goalsOf("development_and_growth")).toHaveLength(16);
    expect(phaseOfGoal("mastery_graduation_planning")).toBe("mastery_and_independence");
    expect(phaseOfGoal("nonsense")).toBeNull();
    expect(nextPhase("mastery_and_independence")).toBeNull();
  });
});

describe("fit", () => {
  const all = (v: number) => ({ comfort: v, understanding: v, communication: v, practicalities: v, hope: v });
  it("is low when either side's mean is below 3, with a suggestion per low item", () => {
    const good = { score: sideScore(all(4)), answers: all(4) };
    const poor = {
      score: sideScore({ ...all(3), comfort: 1, practicalities: 2 }),
      answers: { ...all(3), comfort: 1, practicalities: 2 },
    };
    expect(fitOf([good, good])).toEqual({ fitScore: 4, lowFit: false, suggestions: [] });
    const low = fitOf([good, poor]);
    expect(low.lowFit).toBe(true);
    expect(low.fitScore).toBe(3.2);
    expect(low.suggestions).toHaveLength(2);
    expect(fitOf([good, { score: 3, answers: all(3) }]).lowFit).toBe(false);
  });
});
