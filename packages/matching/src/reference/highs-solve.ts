import loadHighs from "highs";
import type { IndexedProblem } from "../assignment/problem.js";

/**
 * Reference optimum from HiGHS (compiled to WebAssembly), for tests and the benchmark only: the
 * product never loads it. The assignment LP's constraint matrix is the incidence matrix of a
 * bipartite graph, which is totally unimodular, so the simplex optimum is integral and equals the
 * best assignment; no integrality constraints are needed.
 */
export interface HighsReference {
  /** HiGHS's model status, e.g. "Optimal" or "Time limit reached". */
  readonly status: string;
  /** NaN unless status is "Optimal". */
  readonly objective: number;
  /** Per mentee, the edge HiGHS chose (primal value above 0.5), or -1. */
  readonly menteeEdge: Int32Array;
  readonly lpBytes: number;
  readonly seconds: number;
}

type Highs = Awaited<ReturnType<typeof loadHighs>>;
let loaded: Promise<Highs> | undefined;

/**
 * CPLEX LP text: maximise sum score_e x_e with one row per mentee (sum x <= 1) and one per mentor
 * (sum x <= capacity); x_e >= 0 is the format's default bound. Terms are wrapped every 16 per line.
 */
export function toCplexLp(p: IndexedProblem): string {
  const edges = p.edgeMentee.length;
  const chunks: string[] = ["Maximize\n obj:"];
  for (let e = 0; e < edges; e++)
    chunks.push(`${e === 0 ? " " : " + "}${p.edgeScore[e]} x${e}${e % 16 === 15 ? "\n" : ""}`);
  chunks.push("\nSubject To\n");
  const rows = (owner: Int32Array, count: number, prefix: string, bound: (k: number) => number): void => {
    const start = new Int32Array(count + 1);
    for (let e = 0; e < edges; e++) start[owner[e]! + 1]!++;
    for (let k = 0; k < count; k++) start[k + 1]! += start[k]!;
    const order = new Int32Array(edges);
    const fill = start.slice(0, count);
    for (let e = 0; e < edges; e++) order[fill[owner[e]!]!++] = e;
    for (let k = 0; k < count; k++) {
      if (start[k] === start[k + 1]) continue;
      chunks.push(` ${prefix}${k}:`);
      for (let q = start[k]!; q < start[k + 1]!; q++) {
        chunks.push(`${q === start[k] ? " " : " + "}x${order[q]}${(q - start[k]!) % 16 === 15 ? "\n" : ""}`);
      }
      chunks.push(` <= ${bound(k)}\n`);
    }
  };
  rows(p.edgeMentee, p.menteeCount, "mentee", () => 1);
  rows(p.edgeMentor, p.mentorCapacity.length, "mentor", (j) => p.mentorCapacity[j]!);
  chunks.push("End\n");
  return chunks.join("");
}

export async function solveWithHighs(
  p: IndexedProblem,
  options: { timeLimitSeconds?: number } = {},
): Promise<HighsReference> {
  const began = performance.now();
  const menteeEdge = new Int32Array(p.menteeCount).fill(-1);
  if (p.edgeMentee.length === 0) {
    return { status: "Optimal", objective: 0, menteeEdge, lpBytes: 0, seconds: 0 };
  }
  loaded ??= loadHighs();
  const highs = await loaded;
  const lp = toCplexLp(p);
  const result = highs.solve(lp, {
    output_flag: false,
    time_limit: options.timeLimitSeconds ?? Number.POSITIVE_INFINITY,
  });
  if (result.Status === "Optimal") {
    for (let e = 0; e < p.edgeMentee.length; e++) {
      const column = result.Columns[`x${e}`];
      if (column && "Primal" in column && column.Primal > 0.5) menteeEdge[p.edgeMentee[e]!] = e;
    }
  }
  return {
    status: result.Status,
    objective: result.Status === "Optimal" ? result.ObjectiveValue : Number.NaN,
    menteeEdge,
    lpBytes: lp.length,
    seconds: (performance.now() - began) / 1000,
  };
}

/**
 * |ours - reference| / max(|reference|, 1). The floor of 1 (the largest possible score) is there
 * because HiGHS works to absolute tolerances (1e-7 on reduced costs): on an instance whose only
 * positive score is 5e-324 it reports 0, and a pure ratio would call that a 100% gap.
 */
export function relativeGap(ours: number, reference: number): number {
  return Math.abs(ours - reference) / Math.max(Math.abs(reference), 1);
}
