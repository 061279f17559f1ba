import { describe, expect, it } from "vitest";
import { maxWeightBMatching } from "./b-matching.js";
import { certifyOptimal } from "./certify.js";
import { buildGraph } from "./graph.js";
import { solveAssignment } from "./solve.js";
import type { AssignmentInput } from "./validate.js";

type Edge = [mentee: string, mentor: string, score: number];

function input(mentors: Record<string, number>, mentees: string[], edges: Edge[]): AssignmentInput {
  return {
    mentors: Object.entries(mentors).map(([id, capacity]) => ({ id, capacity })),
    mentees: mentees.map((id) => ({ id })),
    edges: edges.map(([mentee, mentor, score]) => ({ mentee, mentor, score })),
  };
}

const pairs = (result: ReturnType<typeof solveAssignment>) => result.assignments.map((a) => `${a.mentee}->${a.mentor}`);

describe("solveAssignment: hand examples", () => {
  it("never assigns to a mentor with capacity 0", () => {
    const result = solveAssignment(
      input(
        { m0: 0, m1: 1 },
        ["e0"],
        [
          ["e0", "m0", 0.9],
          ["e0", "m1", 0.5],
        ],
      ),
    );
    expect(pairs(result)).toEqual(["e0->m1"]);
    expect(result.objective).toBe(0.5);
  });

  it("leaves a mentee without edges unmatched and places the others", () => {
    const result = solveAssignment(input({ m0: 2 }, ["lonely", "e1"], [["e1", "m0", 0.4]]));
    expect(pairs(result)).toEqual(["e1->m0"]);
    expect(result.unmatched).toEqual(["lonely"]);
  });

  it("leaves mentees unmatched when places run out, keeping the best total", () => {
    const result = solveAssignment(
      input(
        { m0: 1 },
        ["e0", "e1"],
        [
          ["e0", "m0", 0.1],
          ["e1", "m0", 0.9],
        ],
      ),
    );
    expect(pairs(result)).toEqual(["e1->m0"]);
    expect(result.unmatched).toEqual(["e0"]);
    expect(result.objective).toBe(0.9);
  });

  it("moves an earlier mentee to its second choice when that raises the total", () => {
    const edges: Edge[] = [
      ["e0", "m0", 0.9],
      ["e0", "m1", 0.8],
      ["e1", "m0", 0.85],
    ];
    const result = solveAssignment(input({ m0: 1, m1: 1 }, ["e0", "e1"], edges));
    expect(pairs(result)).toEqual(["e0->m1", "e1->m0"]);
    expect(result.objective).toBeCloseTo(1.65, 12);
  });

  it("follows a chain of moves three mentors long", () => {
    const edges: Edge[] = [
      ["a", "m0", 1],
      ["a", "m1", 0.9],
      ["b", "m1", 1],
      ["b", "m2", 0.9],
      ["c", "m2", 1],
      ["c", "m3", 0.9],
      ["d", "m0", 0.95],
    ];
    const result = solveAssignment(input({ m0: 1, m1: 1, m2: 1, m3: 1 }, ["a", "b", "c", "d"], edges));
    expect(pairs(result)).toEqual(["a->m1", "b->m2", "c->m3", "d->m0"]);
    expect(result.objective).toBeCloseTo(3.65, 12);
  });

  it("breaks a tie between mentees by input order", () => {
    const result = solveAssignment(
      input(
        { m0: 1 },
        ["first", "second"],
        [
          ["second", "m0", 0.7],
          ["first", "m0", 0.7],
        ],
      ),
    );
    expect(pairs(result)).toEqual(["first->m0"]);
  });

  it("breaks a tie between mentors by input order, whatever the edge order", () => {
    const result = solveAssignment(
      input(
        { m0: 1, m1: 1 },
        ["e0"],
        [
          ["e0", "m1", 0.6],
          ["e0", "m0", 0.6],
        ],
      ),
    );
    expect(pairs(result)).toEqual(["e0->m0"]);
  });

  it("never assigns a pair with score 0", () => {
    const result = solveAssignment(input({ m0: 3 }, ["e0"], [["e0", "m0", 0]]));
    expect(result.assignments).toEqual([]);
    expect(result.objective).toBe(0);
  });

  it("fills a mentor up to its capacity and no further", () => {
    const edges: Edge[] = ["a", "b", "c", "d"].map((id, k) => [id, "m0", 0.5 + k / 10]);
    const result = solveAssignment(input({ m0: 3 }, ["a", "b", "c", "d"], edges));
    expect(pairs(result)).toEqual(["b->m0", "c->m0", "d->m0"]);
  });

  it("solves an empty community", () => {
    expect(solveAssignment(input({}, [], []))).toMatchObject({ assignments: [], unmatched: [], objective: 0 });
  });

  it("gives each mentee up to two alternatives, mentors with room first", () => {
    const edges: Edge[] = [
      ["e0", "m0", 0.9],
      ["e0", "m1", 0.8],
      ["e0", "m2", 0.7],
      ["e0", "m3", 0.6],
      ["e1", "m0", 0.2],
    ];
    const result = solveAssignment(input({ m0: 1, m1: 1, m2: 1, m3: 1 }, ["e0", "e1"], edges));
    expect(pairs(result)).toEqual(["e0->m1", "e1->m0"]); // 0.8 + 0.2 beats 0.9 alone
    expect(result.alternatives.get("e0")).toEqual([
      { mentor: "m2", score: 0.7, spareCapacity: true },
      { mentor: "m3", score: 0.6, spareCapacity: true },
    ]);
    expect(result.alternatives.get("e1")).toEqual([]);
  });
});

describe("orientation and certificate", () => {
  const problem = (capacity: number[]) => ({
    menteeCount: 3,
    mentorCapacity: Int32Array.from(capacity),
    edgeMentee: Int32Array.from([0, 0, 1, 2, 2]),
    edgeMentor: Int32Array.from([0, 1, 0, 0, 1]),
    edgeScore: Float64Array.from([0.5, 0.4, 0.6, 0.3, 0.9]),
  });

  it("adds from the side with fewer places", () => {
    expect(buildGraph(problem([1, 0])).mentorsLeft).toBe(true);
    expect(buildGraph(problem([3, 3])).mentorsLeft).toBe(false);
  });

  it("certifies both orientations and rejects a spoiled matching", () => {
    for (const capacity of [
      [1, 0],
      [1, 1],
      [3, 3],
    ]) {
      const graph = buildGraph(problem(capacity));
      const result = maxWeightBMatching(graph);
      expect(certifyOptimal(graph, result)).toBeNull();
      const spoiled = { ...result, matched: result.matched.map((x) => 1 - x) };
      expect(certifyOptimal(graph, spoiled)).not.toBeNull();
    }
  });
});
