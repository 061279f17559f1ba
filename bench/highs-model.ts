import loadHighs from "highs";
import type { IndexedProblem } from "../packages/matching/src/index.js";

/**
 * HiGHS on the assignment LP over given candidate edges, for the benchmarks, passed as sparse
 * arrays through the persistent model API. (The CPLEX LP text route in
 * packages/matching/src/reference/highs-solve.ts carries a name per column and a parsed copy of the
 * text; on 2M columns it exhausts the 2 GiB WebAssembly heap.)
 *
 * The LP is written as a minimisation of -score so HiGHS's dual conventions are the textbook ones:
 * rows 0..n-1 are mentees (sum x <= 1), then one row per mentor (sum x <= capacity); column = edge.
 * The matrix is totally unimodular, so the LP optimum is the assignment optimum.
 *
 * Even so, a simplex on all 2M columns of the 100k x 10k instance takes minutes in this
 * single-threaded WASM build, and with presolve it re-solves after postsolve and runs out of heap.
 * So the largest instances go through sifting (delayed column generation): HiGHS solves the LP on
 * a subset of the edges, every other edge is priced with HiGHS's row duals, the ones with negative
 * reduced cost join, and the loop ends when none is left. The final objective is HiGHS's, and it is
 * optimal for the LP over all the edges because HiGHS's duals are then feasible for all of them.
 */
export interface HighsModelResult {
  readonly status: string;
  /** NaN unless status is "Optimal". */
  readonly objective: number;
  readonly seconds: number;
  readonly iterations: number;
  /** Sifting rounds (1 = one solve over all edges) and the columns HiGHS saw in the end. */
  readonly rounds: number;
  readonly columns: number;
  /** Smallest reduced cost of an edge left out, under the final duals (>= -1e-7 when optimal; Infinity when none is left out). */
  readonly worstReducedCost: number;
  /** WebAssembly linear memory after the solve: the heap HiGHS grew to, at most 2 GiB. */
  readonly wasmMiB: number;
}

export interface HighsModelOptions {
  readonly timeLimitSeconds: number;
  /** Edges per mentee in the first round, best first; Infinity solves the whole LP at once. */
  readonly initialPerMentee?: number;
}

const STATUS_NAMES: Record<number, string> = { 7: "Optimal", 8: "Infeasible", 13: "Time limit reached" };
/** HiGHS's default dual feasibility tolerance: an edge priced below -TOLERANCE joins. */
const TOLERANCE = 1e-7;

function columnsOf(p: IndexedProblem, edges: Int32Array) {
  const n = p.menteeCount;
  const count = edges.length;
  const starts = new Int32Array(count + 1);
  const indices = new Int32Array(2 * count);
  const cost = new Float64Array(count);
  for (let c = 0; c < count; c++) {
    const e = edges[c]!;
    starts[c + 1] = 2 * c + 2;
    indices[2 * c] = p.edgeMentee[e]!;
    indices[2 * c + 1] = n + p.edgeMentor[e]!;
    cost[c] = -p.edgeScore[e]!;
  }
  const numRows = n + p.mentorCapacity.length;
  const values = new Float64Array(2 * count).fill(1);
  const matrix = { format: "csc" as const, numRows, numCols: count, starts, indices, values };
  // x <= 1 is implied by the mentee row; as an explicit bound it lets the dual simplex start dual feasible.
  return { cost, lower: new Float64Array(count), upper: new Float64Array(count).fill(1), matrix };
}

/** Each mentee's best `perMentee` edges (edges arrive grouped by mentee, best first, from candidateEdges). */
function firstColumns(p: IndexedProblem, perMentee: number): Int32Array {
  if (!Number.isFinite(perMentee)) return Int32Array.from(p.edgeMentee.keys());
  const out: number[] = [];
  const taken = new Int32Array(p.menteeCount);
  for (let e = 0; e < p.edgeMentee.length; e++) if (taken[p.edgeMentee[e]!]!++ < perMentee) out.push(e);
  return Int32Array.from(out);
}

export async function solveHighsModel(p: IndexedProblem, options: HighsModelOptions): Promise<HighsModelResult> {
  const began = performance.now();
  const highs = await loadHighs();
  const n = p.menteeCount;
  const rows = n + p.mentorCapacity.length;
  const rowUpper = new Float64Array(rows);
  rowUpper.fill(1, 0, n);
  rowUpper.set(p.mentorCapacity, n);
  const inModel = new Uint8Array(p.edgeMentee.length);
  let added = firstColumns(p, options.initialPerMentee ?? Number.POSITIVE_INFINITY);
  const first = columnsOf(p, added);
  const model = highs.createModel({
    numCols: added.length,
    numRows: rows,
    colCost: first.cost,
    colLower: first.lower,
    colUpper: first.upper,
    rowLower: new Float64Array(rows).fill(-highs.infinity),
    rowUpper,
    matrix: first.matrix,
  });
  try {
    model.options.set({ output_flag: false, presolve: "off" });
    let rounds = 0;
    let columns = 0;
    let iterations = 0;
    for (;;) {
      for (const e of added) inModel[e] = 1;
      columns += added.length;
      rounds++;
      const left = options.timeLimitSeconds - (performance.now() - began) / 1000;
      model.options.set("time_limit", Math.max(1, left));
      const run = model.run();
      iterations += Number(model.info.get("simplex_iteration_count"));
      const status = STATUS_NAMES[run.modelStatus] ?? `model status ${run.modelStatus}`;
      const { rowDual } = model.getSolution();
      const priced = price(p, rowDual, inModel);
      const done = status !== "Optimal" || priced.violating.length === 0;
      if (done) {
        return {
          status,
          objective: status === "Optimal" ? -model.getObjectiveValue() : Number.NaN,
          seconds: (performance.now() - began) / 1000,
          iterations,
          rounds,
          columns,
          worstReducedCost: priced.worst,
          wasmMiB: Math.round(highs.memoryBytes / 2 ** 20),
        };
      }
      added = priced.violating;
      model.addCols(columnsOf(p, added));
    }
  } finally {
    model.dispose();
  }
}

/**
 * Reduced cost -score - y_mentee - y_mentor of every edge outside the model, and the ones below
 * -TOLERANCE. (Edges inside may sit at their bound x = 1 with a negative reduced cost; that bound is
 * implied by the mentee row, so it changes nothing.)
 */
function price(p: IndexedProblem, rowDual: Float64Array, inModel: Uint8Array) {
  const n = p.menteeCount;
  const violating: number[] = [];
  let worst = Number.POSITIVE_INFINITY;
  for (let e = 0; e < p.edgeMentee.length; e++) {
    const d = -p.edgeScore[e]! - rowDual[p.edgeMentee[e]!]! - rowDual[n + p.edgeMentor[e]!]!;
    if (inModel[e] === 1) continue;
    if (d < worst) worst = d;
    if (d < -TOLERANCE) violating.push(e);
  }
  return { violating: Int32Array.from(violating), worst };
}
