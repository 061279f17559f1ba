import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { dimensionWeights } from "../compatibility/rule-total.js";
import type {
  MatchingConfig,
  MenteeInput,
  MentorInput,
  PairRules,
  ProposeOptions,
  ProposeResult,
} from "../compatibility/types.js";
import { assignAndExplain, problemOf } from "./assign-and-explain.js";
import { buildMentorIndex } from "./build-mentor-index.js";
import type { CandidateTask } from "./candidate-worker.js";
import { collectEdges, type EdgeBlock, prepareMentees } from "./collect-edges.js";
import { exclusionsByMentee } from "./exclusions.js";
import { assertUniqueIds, phaseClock, proposeMatches } from "./propose-matches.js";

const THIS_THREAD_SHARE = 0.85;

export interface ParallelOptions extends ProposeOptions {
  /** Worker threads besides the calling thread; default one less than the cores. 0 runs on this thread only. */
  workers?: number;
  /** Mentees per thread below which a worker costs more than it saves (default 20000: at 10k x 1k one worker made the run slower). */
  minMenteesPerThread?: number;
}

/**
 * proposeMatches with candidate generation, the largest phase, shared between this thread and
 * worker threads: each takes a contiguous run of mentees and their edges are joined in mentee
 * order, so the result is identical to proposeMatches. Assignment and explanations stay here. A
 * worker that cannot start or fails hands its run back to this thread; with no workers (or few
 * mentees) it is proposeMatches.
 */
export async function proposeMatchesParallel(
  mentees: readonly MenteeInput[],
  mentors: readonly MentorInput[],
  rules: PairRules,
  config: MatchingConfig,
  options: ParallelOptions = {},
): Promise<ProposeResult> {
  const minPerThread = options.minMenteesPerThread ?? 20_000;
  const threads = 1 + Math.min(Math.max(0, Math.floor(options.workers ?? availableParallelism() - 1)), 15);
  const runs = Math.min(threads, Math.floor(mentees.length / Math.max(1, minPerThread)));
  if (runs <= 1) return proposeMatches(mentees, mentors, rules, config, options);
  const { lap, timings, finish } = phaseClock(options.now);
  assertUniqueIds(mentees);
  const excluded = exclusionsByMentee(mentees, mentors, rules);
  // This thread also sends the tasks and prepares every mentee for the explanations, so it takes a
  // smaller run (measured on 100k x 10k: with even runs it finished about 1 s after the worker).
  const shares = runs - 1 + THIS_THREAD_SHARE;
  const bounds = Array.from({ length: runs + 1 }, (_, r) =>
    r === 0 ? 0 : Math.round(((r - 1 + THIS_THREAD_SHARE) * mentees.length) / shares),
  );
  // Workers take runs 1.., this thread run 0; they start before the index is built here.
  const pending = bounds.slice(1, -1).map((first, r) => {
    const task: CandidateTask = {
      mentors,
      mentees: mentees.slice(first, bounds[r + 2]),
      first,
      config,
      excluded: [...excluded].filter(([i]) => i >= first && i < bounds[r + 2]!).map(([i, js]) => [i, [...js]]),
    };
    return runWorker(task);
  });
  try {
    return await finishOnThisThread();
  } finally {
    // Stops workers still running when this thread failed first (a worker that answered has stopped already).
    for (const run of pending) run.stop();
  }

  async function finishOnThisThread(): Promise<ProposeResult> {
    const index = buildMentorIndex(mentors, config);
    lap("index");
    const weights = dimensionWeights(config);
    const prepared = prepareMentees(mentees, index);
    const blocks: EdgeBlock[] = [collectEdges(prepared.slice(0, bounds[1]), 0, index, excluded, config, weights)];
    let byWorkers = 0;
    for (const [r, run] of pending.entries()) {
      const first = bounds[r + 1]!;
      const block = await run.block;
      if (block) byWorkers++;
      blocks.push(block ?? collectEdges(prepared.slice(first, bounds[r + 2]), first, index, excluded, config, weights));
    }
    const p = problemOf(mentees.length, index, blocks);
    lap("candidates");
    const result = assignAndExplain(mentees, prepared, index, p, config, weights, options.explain !== false, lap);
    finish();
    // How many runs of mentees a worker did (the rest fell back to this thread); only with a clock, like the phases.
    if (options.now) timings.workerRuns = byWorkers;
    return { ...result, timings };
  }
}

/** The worker's edges, or null when it could not run (then the caller computes the same edges itself). */
function runWorker(task: CandidateTask): { block: Promise<EdgeBlock | null>; stop: () => void } {
  let worker: Worker | undefined;
  const stop = () => void worker?.terminate();
  const block = new Promise<EdgeBlock | null>((resolve) => {
    try {
      worker = startWorker();
      worker.postMessage(task);
    } catch {
      stop();
      resolve(null);
      return;
    }
    const done = (answer: EdgeBlock | null) => {
      resolve(answer);
      stop();
    };
    worker.once("message", (answer: EdgeBlock) => done(answer));
    worker.once("error", () => done(null));
    worker.once("exit", () => done(null));
  });
  return { block, stop };
}

/**
 * The worker module next to this one. Run from source (.ts, under tsx), Node 20 does not apply the
 * parent's loader to a worker's entry module, so the worker imports it through tsx's API; where
 * tsx cannot be found this throws and the caller falls back to this thread.
 */
function startWorker(): Worker {
  if (!import.meta.url.endsWith(".ts")) return new Worker(new URL("./candidate-worker.js", import.meta.url));
  const entry = JSON.stringify(new URL("./candidate-worker.ts", import.meta.url).href);
  const api = JSON.stringify(import.meta.resolve("tsx/esm/api"));
  return new Worker(`import(${api}).then((tsx) => tsx.tsImport(${entry}, ${entry}))`, { eval: true });
}
