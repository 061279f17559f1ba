import { describe, expect, it } from "vitest";
import { AssignmentInputError, MAX_ISSUES, parseAssignmentInput } from "./validate.js";

function issuesOf(input: unknown): string[] {
  try {
    parseAssignmentInput(input);
  } catch (error) {
    if (error instanceof AssignmentInputError) return error.issues.map((i) => `${i.path}: ${i.message}`);
    throw error;
  }
  throw new Error("expected the input to be rejected");
}

const ok = {
  mentors: [{ id: "m1", capacity: 3 }],
  mentees: [{ id: "e1" }, { id: "e2" }],
  edges: [
    { mentee: "e1", mentor: "m1", score: 0.83 },
    { mentee: "e2", mentor: "m1", score: 1 },
  ],
};

describe("parseAssignmentInput", () => {
  it("turns ids into indices in input order", () => {
    const parsed = parseAssignmentInput({ ...ok, extra: "ignored" });
    expect(parsed.menteeIds).toEqual(["e1", "e2"]);
    expect([...parsed.problem.edgeMentee]).toEqual([0, 1]);
    expect([...parsed.problem.edgeScore]).toEqual([0.83, 1]);
    expect([...parsed.problem.mentorCapacity]).toEqual([3]);
  });

  it("names a wrong top level", () => {
    expect(issuesOf([])).toEqual(['input: must be a JSON object with arrays "mentors", "mentees" and "edges", got []']);
    expect(issuesOf({ mentors: [], mentees: {} })).toEqual([
      "mentees: must be an array, got {}",
      "edges: must be an array, got nothing",
    ]);
  });

  it("names each bad mentor, mentee and edge", () => {
    const issues = issuesOf({
      mentors: [{ id: "m1", capacity: 1.5 }, { id: "m2", capacity: -1 }, { id: "m1", capacity: 1 }, "m3"],
      mentees: [{ id: "e1" }, { id: "" }, { id: "e1" }],
      edges: [
        { mentee: "e1", mentor: "m2", score: 1.3 },
        { mentee: "e9", mentor: "m1", score: 0.5 },
        { mentee: "e1", mentor: "m7", score: "0.5" },
        { mentee: "e1", mentor: "m1", score: -0.1 },
        null,
      ],
    });
    expect(issues).toEqual([
      'mentors[2].id: duplicate mentor id "m1" (first at mentors[0])',
      'mentors[3]: must be an object with an "id", got "m3"',
      'mentees[1].id: must be a non-empty string, got ""',
      'mentees[2].id: duplicate mentee id "e1" (first at mentees[0])',
      "mentors[0].capacity: must be a non-negative integer, got 1.5",
      "mentors[1].capacity: must be a non-negative integer, got -1",
      "edges[0].score: 1.3 is outside [0, 1]",
      'edges[1].mentee: unknown mentee id "e9"',
      'edges[2].mentor: unknown mentor id "m7"',
      'edges[2].score: must be a number in [0, 1], got "0.5"',
      "edges[3].score: -0.1 is outside [0, 1]",
      'edges[4]: must be an object with "mentee", "mentor" and "score", got null',
    ]);
  });

  it("rejects a pair given twice, naming both edges", () => {
    const edges = [...ok.edges, { mentee: "e1", mentor: "m1", score: 0.2 }];
    expect(issuesOf({ ...ok, edges })).toEqual([
      'edges[2]: duplicate pair (mentee "e1", mentor "m1"), first given at edges[0]',
    ]);
  });

  it("stops after MAX_ISSUES problems", () => {
    const edges = Array.from({ length: 100 }, () => ({ mentee: "e1", mentor: "m1", score: 2 }));
    expect(issuesOf({ ...ok, edges })).toHaveLength(MAX_ISSUES);
  });

  it("accepts capacity 0 and scores at both ends of [0, 1]", () => {
    const input = { ...ok, mentors: [{ id: "m1", capacity: 0 }], edges: [{ mentee: "e1", mentor: "m1", score: 0 }] };
    expect(parseAssignmentInput(input).problem.mentorCapacity[0]).toBe(0);
  });
});
