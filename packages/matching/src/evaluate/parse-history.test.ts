import { describe, expect, it } from "vitest";
import { FEATURE_NAMES } from "../learning/features.js";
import { HistoryInputError, parseHistory } from "./parse-history.js";

const criteria = Object.fromEntries(FEATURE_NAMES.map((n) => [n, 0.5]));
const relationship = {
  id: "r1",
  startedAt: "2026-01-04",
  status: "ongoing",
  monthsObserved: 2,
  earlyFit: 4,
  satisfaction: null,
  goalsReached: null,
  ruleScore: 0.7,
  criteria,
};

function issues(input: unknown): string[] {
  try {
    parseHistory(input);
  } catch (error) {
    if (error instanceof HistoryInputError) return [...error.issues];
    throw error;
  }
  return [];
}

describe("parseHistory", () => {
  it("accepts the documented shape", () => {
    const history = parseHistory({
      relationships: [relationship],
      mentees: [{ id: "e1", clearedAt: "2026-01-01", matchedAt: null, score: null, group: { first_language: "es" } }],
      mentorLoads: [{ id: "m1", mentees: 0 }],
    });
    expect(history.relationships[0]!.criteria.similar_life_challenges).toBe(0.5);
  });

  it("names every problem by its place", () => {
    const { similar_life_challenges: _, ...missing } = criteria;
    expect(
      issues({
        relationships: [
          { ...relationship, status: "paused", satisfaction: 7, startedAt: "soon" },
          { ...relationship, criteria: missing },
        ],
        mentees: [{ id: "e1", clearedAt: "2026-01-01", matchedAt: "x", score: 2, group: { a: 1 } }],
      }),
    ).toEqual([
      'relationships[0].startedAt: must be an ISO date, got "soon"',
      'relationships[0].status: must be one of graduated, ended_early, ongoing, got "paused"',
      "relationships[0].satisfaction: must be an integer in [1, 5] or null, got 7",
      "relationships[1].criteria.similar_life_challenges: must be a number in [0, 1], got nothing",
      'mentees[0].matchedAt: must be an ISO date, got "x"',
      "mentees[0].score: must be a number in [0, 1] or null, got 2",
      'mentees[0].group: must be an object of strings, got {"a":1}',
    ]);
    expect(issues([])).toEqual(["input: must be a JSON object, got []"]);
    expect(issues({ relationships: [] })).toEqual(["relationships: must be a non-empty array, got []"]);
  });
});
