import { describe, expect, it } from "vitest";
import { relativeGap, solveWithHighs, toCplexLp } from "./highs-solve.js";

const problem = {
  menteeCount: 2,
  mentorCapacity: Int32Array.from([1, 2]),
  edgeMentee: Int32Array.from([0, 0, 1]),
  edgeMentor: Int32Array.from([0, 1, 0]),
  edgeScore: Float64Array.from([0.9, 0.8, 0.85]),
};

describe("HiGHS reference", () => {
  it("writes the assignment LP in CPLEX LP format", () => {
    expect(toCplexLp(problem)).toBe(
      [
        "Maximize",
        " obj: 0.9 x0 + 0.8 x1 + 0.85 x2",
        "Subject To",
        " mentee0: x0 + x1 <= 1",
        " mentee1: x2 <= 1",
        " mentor0: x0 + x2 <= 1",
        " mentor1: x1 <= 2",
        "End",
        "",
      ].join("\n"),
    );
  });

  it("finds the integral optimum", async () => {
    const result = await solveWithHighs(problem);
    expect(result.status).toBe("Optimal");
    expect(result.objective).toBeCloseTo(1.65, 9);
    expect([...result.menteeEdge]).toEqual([1, 2]);
  });

  it("measures the gap against at least 1", () => {
    expect(relativeGap(2, 2)).toBe(0);
    expect(relativeGap(201, 200)).toBeCloseTo(0.005, 12);
    expect(relativeGap(1e-300, 0)).toBe(1e-300);
  });
});
