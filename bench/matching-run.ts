import { candidateEdges } from "../packages/matching/src/candidates/propose-matches.js";
import { dimensionWeights } from "../packages/matching/src/compatibility/rule-total.js";
import {
  buildMentorIndex,
  defaultMatchingConfig,
  type IndexedProblem,
  proposeMatches,
  recommendMentors,
  solveIndexed,
} from "../packages/matching/src/index.js";
import { greedyAssignment } from "../packages/matching/src/reference/greedy.js";
import { certificateOf } from "./certificate.js";
import { mib, peakMib } from "./child-process.js";
import { solveHighsModel } from "./highs-model.js";
import { readProblem, writeProblem } from "./problem-file.js";
import { generatePopulation, type PopulationSize } from "./synthetic-population.js";

/**
 * The measurements of `npm run bench:matching`, each meant to run in its own child process (see
 * bench/matching.ts). Everything is seeded; the reference date is fixed so DST is the same every run.
 */
export const SEED = 20261127;
export const CONFIG = defaultMatchingConfig("2026-11-27");

export interface OursResult {
  generateSeconds: number;
  rssBefore: number;
  /** proposeMatches phases in ms, as it reports them, plus our own wall and CPU clock around it. */
  timings: Record<string, number>;
  wall: number;
  cpu: number;
  peak: number;
  objective: number;
  matched: number;
  cleared: number;
  openPlaces: number;
  edges: number;
  /** Mentees with fewer than K candidates, and with none. */
  shortLists: number;
  noCandidates: number;
  /** Share of candidate edges that go to the 1% and the 10% most-listed mentors. */
  top1Share: number;
  top10Share: number;
  proposalsWithoutReasons: number;
  recomputedObjective: number;
  greedyObjective: number;
  certificate: { broken: string | null; primal: string; dual: string; primalScore: number; dualScore: number };
}

export function runOurs(size: PopulationSize, problemFile: string): OursResult {
  const g0 = performance.now();
  const { mentees, mentors, rules } = generatePopulation(size, SEED);
  const generateSeconds = (performance.now() - g0) / 1000;
  const rssBefore = mib(process.memoryUsage().rss);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const result = proposeMatches(mentees, mentors, rules, CONFIG, { now: () => performance.now() });
  const wall = (performance.now() - t0) / 1000;
  const cpuUsed = process.cpuUsage(cpu0);
  const peak = peakMib();

  // Outside the timed region: the same candidate edges again, for HiGHS, greedy and the certificate.
  const p = candidateEdges(mentees, buildMentorIndex(mentors, CONFIG), rules, CONFIG, dimensionWeights(CONFIG));
  if (p.edgeMentee.length !== result.candidateEdges) {
    throw new Error(`candidate edges differ: ${p.edgeMentee.length} rebuilt, ${result.candidateEdges} proposed`);
  }
  writeProblem(problemFile, p);
  const certificate = certificateOf(p);
  return {
    generateSeconds,
    rssBefore,
    timings: result.timings,
    wall,
    cpu: (cpuUsed.user + cpuUsed.system) / 1e6,
    peak,
    objective: result.objective,
    matched: result.assignment.filter((j) => j >= 0).length,
    cleared: mentees.filter((e) => e.cleared).length,
    openPlaces: p.mentorCapacity.reduce((s, c) => s + c, 0),
    edges: p.edgeMentee.length,
    ...listStats(p, CONFIG.candidatesPerMentee),
    proposalsWithoutReasons: result.proposals.filter((q) => q.primary !== null && q.primary.reasons.length === 0)
      .length,
    recomputedObjective: solveIndexed(p).objective,
    greedyObjective: greedyAssignment(p).objective,
    certificate: {
      broken: certificate.broken,
      primal: certificate.primalWeight.toString(),
      dual: certificate.dualObjective.toString(),
      primalScore: certificate.primalScore,
      dualScore: certificate.dualScore,
    },
  };
}

function listStats(p: IndexedProblem, k: number) {
  const perMentee = new Int32Array(p.menteeCount);
  const perMentor = new Int32Array(p.mentorCapacity.length);
  for (let e = 0; e < p.edgeMentee.length; e++) {
    perMentee[p.edgeMentee[e]!]!++;
    perMentor[p.edgeMentor[e]!]!++;
  }
  const sorted = Array.from(perMentor).sort((a, b) => b - a);
  const share = (fraction: number) =>
    sorted.slice(0, Math.max(1, Math.round(sorted.length * fraction))).reduce((s, d) => s + d, 0) /
    Math.max(1, p.edgeMentee.length);
  return {
    shortLists: perMentee.filter((d) => d < k).length,
    noCandidates: perMentee.filter((d) => d === 0).length,
    top1Share: share(0.01),
    top10Share: share(0.1),
  };
}

export interface HighsRun {
  status: string;
  objective: number;
  seconds: number;
  iterations: number;
  rounds: number;
  columns: number;
  worstReducedCost: number;
  wasmMiB: number;
  peak: number;
}

export async function runHighs(
  problemFile: string,
  timeLimitSeconds: number,
  initialPerMentee: number,
): Promise<HighsRun> {
  const p = readProblem(problemFile);
  const r = await solveHighsModel(p, { timeLimitSeconds, initialPerMentee });
  return { ...r, peak: peakMib() };
}

export interface RecommendResult {
  mentors: number;
  indexSeconds: number;
  samples: number;
  medianMs: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
  /** The same from CPU time (getrusage, microseconds): what a call costs when the core is not shared. */
  cpuMedianMs: number;
  cpuP95Ms: number;
  meanReturned: number;
}

/** One new mentee at a time against a prebuilt index, as the API does when a mentee is cleared. */
export function runRecommend(mentors: number, samples: number): RecommendResult {
  const warmUp = 200;
  const pop = generatePopulation({ mentees: warmUp + samples, mentors }, SEED);
  const i0 = performance.now();
  const index = buildMentorIndex(pop.mentors, CONFIG);
  const indexSeconds = (performance.now() - i0) / 1000;
  const cleared = pop.mentees.filter((e) => e.cleared);
  for (const e of cleared.slice(0, warmUp)) recommendMentors(e, index, pop.rules, CONFIG);
  const times: number[] = [];
  const cpuTimes: number[] = [];
  let returned = 0;
  for (const e of cleared.slice(warmUp)) {
    const c = process.cpuUsage();
    const t = performance.now();
    returned += recommendMentors(e, index, pop.rules, CONFIG).length;
    times.push(performance.now() - t);
    const used = process.cpuUsage(c);
    cpuTimes.push((used.user + used.system) / 1000);
  }
  times.sort((a, b) => a - b);
  cpuTimes.sort((a, b) => a - b);
  const quantile = (xs: number[], q: number) => xs[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;
  const at = (q: number) => quantile(times, q);
  return {
    mentors,
    indexSeconds,
    samples: times.length,
    medianMs: at(0.5),
    p95Ms: at(0.95),
    p99Ms: at(0.99),
    maxMs: times.at(-1)!,
    cpuMedianMs: quantile(cpuTimes, 0.5),
    cpuP95Ms: quantile(cpuTimes, 0.95),
    meanReturned: returned / times.length,
  };
}

export interface ParallelResult {
  available: boolean;
  timings: Record<string, number>;
  wall: number;
  cpu: number;
  peak: number;
  objective: number;
}

/**
 * The worker-thread variant, when packages/matching exports one (looked up at run time, so this
 * bench runs before and after it lands): same population, its own process for its own peak memory.
 */
export async function runParallel(size: PopulationSize): Promise<ParallelResult> {
  const lib = (await import("../packages/matching/src/index.js")) as Record<string, unknown>;
  const own = (await import("../packages/matching/src/candidates/propose-matches-parallel.js").catch(
    () => ({}),
  )) as Record<string, unknown>;
  const parallel = (lib.proposeMatchesParallel ?? own.proposeMatchesParallel) as
    | ((...args: unknown[]) => Promise<{ objective: number; timings: Record<string, number> }>)
    | undefined;
  if (parallel === undefined) return { available: false, timings: {}, wall: 0, cpu: 0, peak: 0, objective: 0 };
  const { mentees, mentors, rules } = generatePopulation(size, SEED);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const result = await parallel(mentees, mentors, rules, CONFIG, { now: () => performance.now() });
  const wall = (performance.now() - t0) / 1000;
  const cpuUsed = process.cpuUsage(cpu0);
  return {
    available: true,
    timings: result.timings,
    wall,
    cpu: (cpuUsed.user + cpuUsed.system) / 1e6,
    peak: peakMib(),
    objective: result.objective,
  };
}
