import { describe, expect, it } from "vitest";
import { parseHistory } from "./parse-history.js";
import { runEvaluation } from "./run-evaluation.js";
import { DEFAULT_SIMULATION, simulateHistory } from "./simulate-history.js";

const small = { ...DEFAULT_SIMULATION, weeks: 60, menteesPerWeek: 5, mentors: 30 };

describe("simulateHistory", { timeout: 60_000 }, () => {
  const { history, trueProbabilities, asOf } = simulateHistory(small);

  it("records a consistent, exportable history", () => {
    const matched = (history.mentees ?? []).filter((m) => m.matchedAt !== null);
    expect(matched.length).toBe(history.relationships.length);
    expect(trueProbabilities.length).toBe(history.relationships.length);
    for (const m of matched) {
      expect(m.matchedAt! > m.clearedAt).toBe(true);
      expect(m.matchedAt! <= asOf).toBe(true);
      expect(m.score).toBeGreaterThan(0);
    }
    expect(history.mentorLoads!.reduce((s, m) => s + m.mentees, 0)).toBe(matched.length);
    // Every relationship started after its mentee was cleared; ongoing ones reach the export date.
    for (const r of history.relationships) expect(r.startedAt <= asOf).toBe(true);
    expect(history.relationships.some((r) => r.status === "ongoing")).toBe(true);
    expect(parseHistory(JSON.parse(JSON.stringify(history)))).toEqual(history);
  });

  it("is deterministic for a seed and differs across seeds", () => {
    expect(simulateHistory(small).history).toEqual(history);
    expect(simulateHistory({ ...small, seed: 7 }).history).not.toEqual(history);
  });

  it("can be evaluated end to end", () => {
    const report = runEvaluation(history);
    expect(report.evaluation.scorers.map((s) => s.name)).toEqual(["rule", "learned", "blend"]);
    expect(report.fairness?.groups.some((g) => g.group === "first_language")).toBe(true);
    expect(report.fairness?.groups.some((g) => g.group === "primary_challenge_group")).toBe(true);
  });
});
