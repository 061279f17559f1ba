import { describe, expect, it } from "vitest";
import { rankedAlternatives } from "./alternatives.js";

describe("rankedAlternatives", () => {
  // Mentors: m0 cap 1 (will be full), m1 cap 2, m2 cap 0, m3 cap 1. Mentee 0 is placed at m0.
  const problem = {
    menteeCount: 2,
    mentorCapacity: Int32Array.from([1, 2, 0, 1]),
    edgeMentee: Int32Array.from([0, 0, 0, 0, 1, 1, 1]),
    edgeMentor: Int32Array.from([0, 1, 2, 3, 0, 1, 3]),
    edgeScore: Float64Array.from([0.9, 0.3, 0.99, 0.5, 0.95, 0, 0.5]),
  };
  const menteeEdge = Int32Array.from([0, -1]);

  it("skips the primary, capacity-0 mentors and score-0 pairs; ranks room first, then score", () => {
    const ranked = rankedAlternatives(problem, menteeEdge, 2);
    expect([...ranked.subarray(0, 2)]).toEqual([3, 1]); // m3 (0.5, room), m1 (0.3, room); m2 has no capacity
    expect([...ranked.subarray(2, 4)]).toEqual([6, 4]); // unmatched mentee: m3 (room) before full m0; m1 scored 0
  });

  it("pads with -1 and honours the limit", () => {
    expect([...rankedAlternatives(problem, menteeEdge, 3).subarray(0, 3)]).toEqual([3, 1, -1]);
    expect([...rankedAlternatives(problem, menteeEdge, 1)]).toEqual([3, 6]);
  });

  it("breaks score ties by input order", () => {
    const tied = { ...problem, edgeScore: Float64Array.from([0.9, 0.5, 0.99, 0.5, 0.95, 0, 0.5]) };
    expect([...rankedAlternatives(tied, menteeEdge, 2).subarray(0, 2)]).toEqual([1, 3]);
  });
});
