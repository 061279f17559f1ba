import { mkdtempSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { relativeGap } from "../packages/matching/src/reference/highs-solve.js";
import { childArg, childMode, fmt, runChild } from "./child-process.js";
import {
  CONFIG,
  type HighsRun,
  type OursResult,
  type ParallelResult,
  type RecommendResult,
  runHighs,
  runOurs,
  runParallel,
  runRecommend,
  SEED,
} from "./matching-run.js";

/**
 * `npm run bench:matching [-- --skip-highs] [-- --max-mentees=10000]`
 *
 * From synthetic profiles (bench/synthetic-population.ts) to proposals: per size, proposeMatches
 * in its own process (phase times, wall and CPU, peak RSS), then HiGHS on exactly the candidate
 * edges it generated (time limit 120 s, killed at 150 s), a greedy baseline and the solver's own
 * LP-duality certificate. Last, one new mentee's recommendations over 10k mentors.
 */
const HIGHS_LIMIT_S = 120;
const HIGHS_KILL_MS = 150_000;
const RECOMMEND_SAMPLES = 3000;
// HiGHS gets the whole LP at once up to 10k x 1k; above that it sifts (see bench/highs-model.ts),
// starting from each mentee's best 3 edges.
const SIZES = [
  { label: "1k x 200", mentees: 1_000, mentors: 200, highsFirst: Number.POSITIVE_INFINITY },
  { label: "10k x 1k", mentees: 10_000, mentors: 1_000, highsFirst: Number.POSITIVE_INFINITY },
  { label: "100k x 10k", mentees: 100_000, mentors: 10_000, highsFirst: 3 },
];
const TARGET_SECONDS = 20;
const TARGET_MIB = 2048;
const TARGET_RECOMMEND_MS = 5;

const self = fileURLToPath(import.meta.url);
const ms = (x: number | undefined) => (x === undefined ? "-" : `${fmt(x / 1000)} s`);
const pct = (x: number) => `${fmt(x * 100, 1)}%`;

function oursLines(o: OursResult, label: string): string[] {
  const t = o.timings;
  const missed = o.wall > TARGET_SECONDS || o.peak > TARGET_MIB;
  return [
    `${label}: ${o.cleared} cleared mentees, ${o.openPlaces} open mentor places; profiles generated in ${fmt(o.generateSeconds)} s (not timed)`,
    `candidate lists: ${o.edges} edges, ${o.shortLists} mentees with fewer than ${CONFIG.candidatesPerMentee}, ${o.noCandidates} with none; top 1% of mentors hold ${pct(o.top1Share)} of edges, top 10% ${pct(o.top10Share)}`,
    `proposeMatches: index ${ms(t.index)}, candidates + scoring ${ms(t.candidates)}, assignment ${ms(t.assignment)}, explanations ${ms(t.explanations)}; total ${fmt(o.wall)} s wall, ${fmt(o.cpu)} s CPU; up to the assignment ${ms((t.index ?? 0) + (t.candidates ?? 0) + (t.assignment ?? 0))}`,
    `peak RSS ${o.peak} MiB (${o.rssBefore} MiB with the profiles loaded, before matching)${missed ? `  <-- target ${TARGET_SECONDS} s / ${TARGET_MIB} MiB MISSED` : ""}`,
    `objective ${fmt(o.objective, 6)}, ${o.matched} matched; same edges solved again: ${o.recomputedObjective === o.objective ? "same objective" : `DIFFERENT ${o.recomputedObjective}`}; proposals without reasons: ${o.proposalsWithoutReasons}`,
    `greedy ${fmt(o.greedyObjective, 6)} (${pct(relativeGap(o.greedyObjective, o.objective))} below)`,
    o.certificate.broken === null
      ? `LP-duality certificate holds: dual bound ${o.certificate.dual} = primal ${o.certificate.primal} (integer weights; ${fmt(o.certificate.dualScore, 6)} in scores)`
      : `LP-duality certificate FAILS: ${o.certificate.broken}`,
  ];
}

function highsLine(h: HighsRun | { failed: string }, o: OursResult): string {
  if ("failed" in h) return `HiGHS gave no answer: ${h.failed}`;
  if (h.status !== "Optimal") return `HiGHS did not solve it: status "${h.status}" after ${fmt(h.seconds)} s`;
  const gap = relativeGap(o.objective, h.objective);
  const verdict = gap <= 1e-6 ? "within 1e-6" : "GAP ABOVE 1e-6";
  const how =
    h.rounds === 1
      ? "one LP over all edges"
      : `sifting: ${h.rounds} rounds, ${h.columns} of ${o.edges} edges in the LP, smallest reduced cost left out ${h.worstReducedCost.toExponential(1)}`;
  return `HiGHS ${fmt(h.seconds)} s (${how}; ${h.iterations} simplex iterations, WASM heap ${h.wasmMiB} MiB, peak RSS ${h.peak} MiB), objective ${fmt(h.objective, 6)}, relative gap ${gap.toExponential(1)} (${verdict}); HiGHS time / our assignment time ${fmt(h.seconds / ((o.timings.assignment ?? 0) / 1000), 0)}x, / our whole run ${fmt(h.seconds / o.wall, 1)}x`;
}

/** The same numbers as a row of the table in docs/benchmarks.md. */
function markdownRow(label: string, o: OursResult, h: HighsRun | { failed: string } | null): string {
  const t = o.timings;
  const cell = (x: number | undefined) => (x === undefined ? "-" : `${fmt(x / 1000)} s`);
  let highs = ["not run", "-", "-"];
  if (h !== null && "failed" in h) highs = [`no answer: ${h.failed}`, "-", "-"];
  else if (h !== null && h.status !== "Optimal") highs = [`${h.status} after ${fmt(h.seconds)} s`, "-", "-"];
  else if (h !== null) {
    const how = h.rounds === 1 ? "one LP" : `sifting, ${h.rounds} rounds`;
    const ratio = h.seconds / ((t.assignment ?? Number.NaN) / 1000);
    highs = [
      `${fmt(h.seconds)} s, ${h.peak} MiB (${how})`,
      relativeGap(o.objective, h.objective).toExponential(0),
      `${fmt(ratio, 0)}x`,
    ];
  }
  return `| ${label} | ${o.cleared} / ${o.openPlaces} | ${o.edges} | ${cell(t.index)} | ${cell(t.candidates)} | ${cell(t.assignment)} | ${cell(t.explanations)} | ${fmt(o.wall)} s / ${fmt(o.cpu)} s | ${o.peak} MiB | ${fmt(o.objective, 6)} | ${highs.join(" | ")} | ${fmt(o.greedyObjective, 6)} (${pct(relativeGap(o.greedyObjective, o.objective))}) |`;
}

async function main(): Promise<void> {
  const skipHighs = process.argv.includes("--skip-highs");
  const maxMentees = Number(childArg("max-mentees") || Number.POSITIVE_INFINITY);
  console.log(
    `# Matching benchmark: seed ${SEED}, K = ${CONFIG.candidatesPerMentee}, at least ${CONFIG.minSharedHoursPerWeek} shared hours, reference date ${CONFIG.referenceDate}; ${cpus().length} cores, load average ${fmt(loadavg()[0]!)} at start\n`,
  );
  const dir = mkdtempSync(path.join(tmpdir(), "bench-matching-"));
  const rows: string[] = [];
  try {
    for (const size of SIZES.filter((s) => s.mentees <= maxMentees)) {
      const file = path.join(dir, `${size.mentees}.bin`);
      const args = { mentees: size.mentees, mentors: size.mentors, file };
      const o = await runChild<OursResult>(self, "ours", args);
      if ("failed" in o) {
        console.log(`${size.label}: proposeMatches failed: ${o.failed}\n`);
        continue;
      }
      const lines = oursLines(o, size.label);
      const h = skipHighs
        ? null
        : await runChild<HighsRun>(self, "highs", { file, first: size.highsFirst }, HIGHS_KILL_MS);
      if (h !== null) lines.push(highsLine(h, o));
      const par = await runChild<ParallelResult>(self, "parallel", { mentees: size.mentees, mentors: size.mentors });
      if ("failed" in par) lines.push(`proposeMatchesParallel failed: ${par.failed}`);
      else if (par.available) {
        const t = par.timings;
        const same = par.objective === o.objective ? "same objective" : `DIFFERENT objective ${par.objective}`;
        lines.push(
          `proposeMatchesParallel (worker threads): candidates + scoring ${ms(t.candidates)}, total ${fmt(par.wall)} s wall, ${fmt(par.cpu)} s CPU, peak RSS ${par.peak} MiB; ${same}`,
        );
      }
      console.log(`${lines.join("\n  ")}\n`);
      rows.push(markdownRow(size.label, o, h));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`Table rows for docs/benchmarks.md:\n${rows.join("\n")}\n`);
  const r = await runChild<RecommendResult>(self, "recommend", { mentors: 10_000, samples: RECOMMEND_SAMPLES });
  if ("failed" in r) console.log(`one mentee's recommendations: failed: ${r.failed}`);
  else {
    const verdict = r.p95Ms <= TARGET_RECOMMEND_MS ? "within" : "ABOVE";
    console.log(
      `One new mentee's recommendations over ${r.mentors} mentors (index built once in ${fmt(r.indexSeconds)} s): median ${fmt(r.medianMs, 3)} ms, p95 ${fmt(r.p95Ms, 3)} ms, p99 ${fmt(r.p99Ms, 3)} ms, max ${fmt(r.maxMs, 3)} ms over ${r.samples} mentees (p95 ${verdict} the ${TARGET_RECOMMEND_MS} ms target); CPU time per call: median ${fmt(r.cpuMedianMs, 3)} ms, p95 ${fmt(r.cpuP95Ms, 3)} ms; ${fmt(r.meanReturned, 1)} mentors returned on average`,
    );
  }
}

const mode = childMode();
if (mode === "ours") {
  const size = { mentees: Number(childArg("mentees")), mentors: Number(childArg("mentors")) };
  console.log(JSON.stringify(runOurs(size, childArg("file"))));
} else if (mode === "highs") {
  console.log(JSON.stringify(await runHighs(childArg("file"), HIGHS_LIMIT_S, Number(childArg("first")))));
} else if (mode === "parallel") {
  const size = { mentees: Number(childArg("mentees")), mentors: Number(childArg("mentors")) };
  console.log(JSON.stringify(await runParallel(size)));
} else if (mode === "recommend") {
  console.log(JSON.stringify(runRecommend(Number(childArg("mentors")), Number(childArg("samples")))));
} else {
  await main();
}
