import { execFile } from "node:child_process";
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { solveIndexed } from "../packages/matching/src/index.js";
import { greedyAssignment } from "../packages/matching/src/reference/greedy.js";
import { relativeGap, solveWithHighs } from "../packages/matching/src/reference/highs-solve.js";
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
  { label: "100k x 10k, K=50", mentees: 100_000, mentors: 10_000, k: 50, highs: false, cli: true },
  // Capacities 1..19 give about as many places as mentees: the hard case for successive shortest paths.
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
const root = path.resolve(path.dirname(self), "..");
const mib = (bytes: number) => Math.round(bytes / 2 ** 20);
const peakMib = () => Math.round(process.resourceUsage().maxRSS / 1024);

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
  lpMib: number;
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
    const r = await solveWithHighs(p, { timeLimitSeconds: HIGHS_LIMIT_S });
    return { status: r.status, objective: r.objective, seconds: r.seconds, lpMib: mib(r.lpBytes), peak: peakMib() };
  } catch (error) {
    const reason = (error as Error).message.split("\n")[0]!.slice(0, 200);
    const seconds = (performance.now() - t0) / 1000;
    return { status: `error: ${reason}`, objective: Number.NaN, seconds, lpMib: 0, peak: peakMib() };
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

function spawnNode(
  args: string[],
  timeout = 0,
): Promise<{ code: number; stdout: string; stderr: string; killed: boolean }> {
  return new Promise((resolve) => {
    const options = { cwd: root, timeout, killSignal: "SIGKILL" as const, maxBuffer: 64 * 2 ** 20 };
    execFile(process.execPath, ["--import", "tsx", ...args], options, (error, stdout, stderr) => {
      const killed = error !== null && (error as { killed?: boolean }).killed === true;
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr, killed });
    });
  });
}

async function child<T>(mode: string, size: InstanceSize, timeout = 0): Promise<T | { failed: string }> {
  const sizeArgs = [
    `--mentees=${size.mentees}`,
    `--mentors=${size.mentors}`,
    `--k=${size.k}`,
    `--cap=${size.maxCapacity ?? 5}`,
  ];
  const run = await spawnNode([self, `--child=${mode}`, ...sizeArgs], timeout);
  if (run.killed) return { failed: `killed after ${timeout / 1000} s without an answer` };
  if (run.code !== 0) return { failed: `exit ${run.code}: ${run.stderr.trim().split("\n").slice(-3).join(" | ")}` };
  return JSON.parse(run.stdout.trim().split("\n").at(-1)!) as T;
}

const fmt = (x: number, digits = 2) => x.toFixed(digits);

async function main(): Promise<void> {
  const flags = new Set(process.argv.slice(2));
  console.log(
    `# Assignment benchmark: seed ${SEED}, ${cpus().length} cores, load average ${fmt(loadavg()[0]!)} at start`,
  );
  console.log(
    "ours = packages/matching (exact, certified); HiGHS = highs npm (WASM) on the same LP; greedy = best-score-first\n",
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
        highsCell = `HiGHS ${fmt(h.seconds)} s (LP ${h.lpMib} MiB, peak RSS ${h.peak} MiB), objective ${fmt(h.objective, 6)}, gap ${gap.toExponential(1)}, HiGHS/ours time ${fmt(h.seconds / o.wall, 1)}x`;
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

const childMode = process.argv.find((a) => a.startsWith("--child="))?.slice(8);
if (childMode) {
  const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? "";
  const size = {
    mentees: Number(arg("mentees")),
    mentors: Number(arg("mentors")),
    k: Number(arg("k")),
    maxCapacity: Number(arg("cap") || 5),
  };
  if (childMode === "ours") console.log(JSON.stringify(ours(size)));
  else if (childMode === "highs") console.log(JSON.stringify(await highs(size)));
  else if (childMode === "json") writeJson(size, arg("file"));
} else {
  await main();
}
