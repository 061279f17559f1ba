import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { solveIndexed } from "../packages/matching/src/index.js";
import { greedyAssignment } from "../packages/matching/src/reference/greedy.js";
import { relativeGap } from "../packages/matching/src/reference/highs-solve.js";
import { childArg, childMode, fmt, mib, peakMib, runChild, spawnNode } from "./child-process.js";
import { solveHighsModel } from "./highs-model.js";
import { generateInstance, type InstanceSize } from "./matching-instance.js";

/**
 * `npm run bench:assignment [-- --skip-highs] [-- --skip-cli]`
 *
 * Per size, in separate child processes so that each peak-memory figure is its own: our solver on
 * the typed-array problem (wall and CPU time, peak RSS), a greedy baseline, and HiGHS on the same LP
 * (time limit 120 s, killed at 150 s). The largest instance also goes through the CLI end to end,
 * from a JSON file on disk. Instances are seeded: every run measures the same problems.
 */
const SEED = 42;
const HIGHS_LIMIT_S = 120;
const HIGHS_KILL_MS = 150_000;
const SIZES: (InstanceSize & { label: string; highs: boolean; cli: boolean })[] = [
  { label: "1k x 200, K=20", mentees: 1_000, mentors: 200, k: 20, highs: true, cli: false },
  { label: "10k x 1k, K=20", mentees: 10_000, mentors: 1_000, k: 20, highs: true, cli: false },
  { label: "100k x 10k, K=20", mentees: 100_000, mentors: 10_000, k: 20, highs: true, cli: false },
  { label: "100k x 10k, K=50", mentees: 100_000, mentors: 10_000, k: 50, highs: true, cli: true },
  // Capacities 1..19 give about as many places as mentees: the hard case for successive shortest paths,
  // and for HiGHS too (sifting reached the 120 s limit in its second round), so HiGHS is not run.
  {
    label: "100k x 10k, K=20, capacities 1-19",
    mentees: 100_000,
    mentors: 10_000,
    k: 20,
    maxCapacity: 19,
    highs: false,
    cli: false,
  },
];

const self = fileURLToPath(import.meta.url);

interface OursResult {
  edges: number;
  wall: number;
  cpu: number;
  rssBefore: number;
  peak: number;
  objective: number;
  matched: number;
  greedyObjective: number;
  greedyWall: number;
}
interface HighsResult {
  status: string;
  objective: number;
  seconds: number;
  wasmMiB: number;
  rounds: number;
  peak: number;
}

function ours(size: InstanceSize): OursResult {
  const p = generateInstance(size, SEED);
  const rssBefore = mib(process.memoryUsage().rss);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const solution = solveIndexed(p);
  const wall = (performance.now() - t0) / 1000;
  const cpuUsed = process.cpuUsage(cpu0);
  const peak = peakMib();
  const t1 = performance.now();
  const greedy = greedyAssignment(p);
  return {
    edges: p.edgeMentee.length,
    wall,
    cpu: (cpuUsed.user + cpuUsed.system) / 1e6,
    rssBefore,
    peak,
    objective: solution.objective,
    matched: solution.matchedCount,
    greedyObjective: greedy.objective,
    greedyWall: (performance.now() - t1) / 1000,
  };
}

async function highs(size: InstanceSize): Promise<HighsResult> {
  const p = generateInstance(size, SEED);
  const t0 = performance.now();
  try {
    // Above 10k mentees one simplex over every edge takes minutes in WASM: sift from 3 edges per mentee.
    const initialPerMentee = size.mentees > 10_000 ? 3 : Number.POSITIVE_INFINITY;
    const r = await solveHighsModel(p, { timeLimitSeconds: HIGHS_LIMIT_S, initialPerMentee });
    const { status, objective, seconds, wasmMiB, rounds } = r;
    return { status, objective, seconds, wasmMiB, rounds, peak: peakMib() };
  } catch (error) {
    const reason = (error as Error).message.split("\n")[0]!.slice(0, 200);
    const seconds = (performance.now() - t0) / 1000;
    return { status: `error: ${reason}`, objective: Number.NaN, seconds, wasmMiB: 0, rounds: 0, peak: peakMib() };
  }
}

/** Writes the instance as CLI input JSON, in chunks so that the text never sits in memory whole. */
function writeJson(size: InstanceSize, file: string): void {
  const p = generateInstance(size, SEED);
  const fd = openSync(file, "w");
  const mentors = Array.from(p.mentorCapacity, (c, j) => `{"id":"m${j}","capacity":${c}}`).join(",");
  const mentees = Array.from({ length: p.menteeCount }, (_, i) => `{"id":"e${i}"}`).join(",");
  writeSync(fd, `{"mentors":[${mentors}],"mentees":[${mentees}],"edges":[`);
  const chunk: string[] = [];
  for (let e = 0; e < p.edgeMentee.length; e++) {
    chunk.push(`{"mentee":"e${p.edgeMentee[e]}","mentor":"m${p.edgeMentor[e]}","score":${p.edgeScore[e]}}`);
    if (chunk.length === 50_000 || e === p.edgeMentee.length - 1) {
      writeSync(fd, (e + 1 > chunk.length ? "," : "") + chunk.join(","));
      chunk.length = 0;
    }
  }
  writeSync(fd, "]}");
  closeSync(fd);
}

function child<T>(mode: string, size: InstanceSize, timeout = 0): Promise<T | { failed: string }> {
  const args = { mentees: size.mentees, mentors: size.mentors, k: size.k, cap: size.maxCapacity ?? 5 };
  return runChild<T>(self, mode, args, timeout);
}

async function main(): Promise<void> {
  const flags = new Set(process.argv.slice(2));
  console.log(
    `# Assignment benchmark: seed ${SEED}, ${cpus().length} cores, load average ${fmt(loadavg()[0]!)} at start`,
  );
  console.log(
    "ours = packages/matching (exact, certified); HiGHS = highs npm (WASM) on the same LP, as sparse arrays (bench/highs-model.ts); greedy = best-score-first\n",
  );
  for (const size of SIZES) {
    const o = await child<OursResult>("ours", size);
    if ("failed" in o) {
      console.log(`${size.label}: our solver failed: ${o.failed}`);
      continue;
    }
    const greedyGap = relativeGap(o.greedyObjective, o.objective);
    const line = [
      `${size.label} (${(o.edges / 1e6).toFixed(2)}M edges)`,
      `ours ${fmt(o.wall)} s wall, ${fmt(o.cpu)} s CPU, peak RSS ${o.peak} MiB (${o.rssBefore} MiB before solving)`,
      `objective ${fmt(o.objective, 6)}, ${o.matched} matched`,
      `greedy ${fmt(o.greedyObjective, 6)} (${fmt(greedyGap * 100, 3)}% below, ${fmt(o.greedyWall)} s)`,
    ];
    let highsCell = "not run";
    if (size.highs && !flags.has("--skip-highs")) {
      const h = await child<HighsResult>("highs", size, HIGHS_KILL_MS);
      if ("failed" in h) highsCell = `HiGHS gave no answer: ${h.failed}`;
      else if (h.status !== "Optimal")
        highsCell = `HiGHS did not solve it: status "${h.status}" after ${fmt(h.seconds)} s`;
      else {
        const gap = relativeGap(o.objective, h.objective);
        const how = h.rounds === 1 ? "one LP" : `sifting, ${h.rounds} rounds`;
        highsCell = `HiGHS ${fmt(h.seconds)} s (${how}, WASM heap ${h.wasmMiB} MiB, peak RSS ${h.peak} MiB), objective ${fmt(h.objective, 6)}, gap ${gap.toExponential(1)}, HiGHS/ours time ${fmt(h.seconds / o.wall, 1)}x`;
      }
      line.push(highsCell);
    }
    if (size.cli && !flags.has("--skip-cli")) line.push(await viaCli(size, o.objective));
    console.log(`${line.join("\n  ")}\n`);
  }
}

async function viaCli(size: InstanceSize, expected: number): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), "bench-assignment-"));
  try {
    const input = path.join(dir, "in.json");
    const written = await spawnNode([
      self,
      "--child=json",
      `--mentees=${size.mentees}`,
      `--mentors=${size.mentors}`,
      `--k=${size.k}`,
      `--file=${input}`,
    ]);
    if (written.code !== 0) return `CLI: could not write the input: ${written.stderr.trim()}`;
    const output = path.join(dir, "out.json");
    const cli = await spawnNode(["packages/matching/src/cli/solve.ts", "--input", input, "--output", output]);
    if (cli.code !== 0) return `CLI failed (exit ${cli.code}): ${cli.stderr.trim()}`;
    const result = JSON.parse(readFileSync(output, "utf8")) as { objective: number };
    const same = result.objective === expected ? "same objective" : `objective ${result.objective} differs`;
    const bytes = readFileSync(input).length;
    return `CLI end to end on ${mib(bytes)} MiB of JSON (${same}):\n    ${cli.stderr.trim().split("\n").join("\n    ")}`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const mode = childMode();
if (mode) {
  const size = {
    mentees: Number(childArg("mentees")),
    mentors: Number(childArg("mentors")),
    k: Number(childArg("k")),
    maxCapacity: Number(childArg("cap") || 5),
  };
  if (mode === "ours") console.log(JSON.stringify(ours(size)));
  else if (mode === "highs") console.log(JSON.stringify(await highs(size)));
  else if (mode === "json") writeJson(size, childArg("file"));
} else {
  await main();
}
