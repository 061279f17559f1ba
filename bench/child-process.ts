import { execFile } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * What the benchmarks share: each measurement runs in its own Node process, so that a peak-memory
 * figure (maxRSS) belongs to that measurement alone and a solver that hangs or aborts can be killed
 * without taking the benchmark down. A child prints one JSON line last; the parent parses it.
 */
export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const mib = (bytes: number) => Math.round(bytes / 2 ** 20);
/** Peak resident set size of this process so far. */
export const peakMib = () => Math.round(process.resourceUsage().maxRSS / 1024);
export const fmt = (x: number, digits = 2) => x.toFixed(digits);

export interface NodeRun {
  code: number;
  stdout: string;
  stderr: string;
  killed: boolean;
}

/** Runs a TypeScript file under tsx; `nodeFlags` go before it (e.g. --max-old-space-size). */
export function spawnNode(args: string[], timeout = 0, nodeFlags: string[] = []): Promise<NodeRun> {
  return new Promise((resolve) => {
    const options = { cwd: root, timeout, killSignal: "SIGKILL" as const, maxBuffer: 64 * 2 ** 20 };
    execFile(process.execPath, [...nodeFlags, "--import", "tsx", ...args], options, (error, stdout, stderr) => {
      const killed = error !== null && (error as { killed?: boolean }).killed === true;
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr, killed });
    });
  });
}

/** Runs `script --child=mode --key=value...` and returns its last stdout line as JSON, or why it failed. */
export async function runChild<T>(
  script: string,
  mode: string,
  args: Record<string, string | number>,
  timeout = 0,
  nodeFlags: string[] = [],
): Promise<T | { failed: string }> {
  const flags = Object.entries(args).map(([k, v]) => `--${k}=${v}`);
  const run = await spawnNode([script, `--child=${mode}`, ...flags], timeout, nodeFlags);
  if (run.killed) return { failed: `killed after ${timeout / 1000} s without an answer` };
  if (run.code !== 0) return { failed: `exit ${run.code}: ${lastLines(run.stderr, 3)}` };
  return JSON.parse(run.stdout.trim().split("\n").at(-1)!) as T;
}

/** The last lines of a child's stderr, without Node's stack frames. */
export function lastLines(text: string, count: number): string {
  const lines = text
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "" && !l.startsWith("at ") && l.length < 400);
  return lines.slice(-count).join(" | ");
}

/** The child mode of this process (`--child=...`), or undefined in the parent. */
export const childMode = (): string | undefined => process.argv.find((a) => a.startsWith("--child="))?.slice(8);

/** A `--name=value` argument of this process, or "". */
export const childArg = (name: string): string =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? "";
