import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { drawOutcome } from "../evaluate/hidden-outcome.js";
import type { MatchingHistory } from "../evaluate/history.js";
import { FEATURE_NAMES } from "../learning/features.js";
import { seededRandom } from "../learning/seeded-random.js";

const cli = fileURLToPath(new URL("./evaluate.ts", import.meta.url));
const root = path.resolve(path.dirname(cli), "../../../..");
const dir = mkdtempSync(path.join(tmpdir(), "matching-evaluate-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ["--import", "tsx", cli, ...args], { cwd: root }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

/** 500 relationships over 2025 with outcomes from the hidden model, observed on 2026-07-01. */
function history(): MatchingHistory {
  const random = seededRandom(1);
  const relationships = Array.from({ length: 500 }, (_, i) => {
    const features = FEATURE_NAMES.map(() => random());
    const started = Date.UTC(2025, 0, 1) + Math.floor((i / 500) * 365) * 86_400_000;
    const available = (Date.UTC(2026, 6, 1) - started) / (30.4375 * 86_400_000);
    const { record } = drawOutcome(random, features, "six_months", available);
    return {
      id: `r${i}`,
      startedAt: new Date(started).toISOString().slice(0, 10),
      ruleScore: features.reduce((a, b) => a + b, 0) / 16,
      criteria: Object.fromEntries(
        FEATURE_NAMES.map((n, j) => [n, features[j]!]),
      ) as MatchingHistory["relationships"][0]["criteria"],
      ...record,
    };
  });
  const mentees = [
    { id: "e1", clearedAt: "2025-01-01", matchedAt: "2025-01-08", score: 0.7, group: { first_language: "en" } },
    { id: "e2", clearedAt: "2025-01-01", matchedAt: null, score: null, group: { first_language: "es" } },
  ];
  return {
    relationships,
    mentees,
    mentorLoads: [
      { id: "m1", mentees: 1 },
      { id: "m2", mentees: 0 },
    ],
  };
}

describe("matching:evaluate CLI", { timeout: 60_000 }, () => {
  it("evaluates an exported history: time split, AUC, calibration and the fairness report", async () => {
    const input = path.join(dir, "history.json");
    writeFileSync(input, JSON.stringify(history()));
    const result = await run(["--input", input, "--cut", "2025-07-01"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Time split at 2025-07-01/);
    expect(result.stdout).toMatch(/^learned\s+0\.\d{3}\s+0\.\d{3}\s+0\.\d{3}$/m);
    expect(result.stdout).toMatch(/Calibration of blend on the test set/);
    expect(result.stdout).toMatch(/^first_language = es\s+1\s+0\.0%\s+n\/a\s+n\/a$/m);
    expect(result.stdout).toMatch(/Gini of mentor load .*: 0\.500/);
    // Same input, same report.
    expect((await run(["--input", input, "--cut", "2025-07-01"])).stdout).toBe(result.stdout);
    // Cut so early that no training relationship had reached the horizon by then.
    const early = await run(["--input", input, "--cut", "2025-03-01"]);
    expect(early.code).toBe(2);
    expect(early.stderr).toMatch(/no known success among relationships started before the cut 2025-03-01/);
  });

  it("exits 2 naming the problem for malformed input or arguments", async () => {
    const bad = path.join(dir, "bad.json");
    writeFileSync(bad, JSON.stringify({ relationships: [{ id: "r1" }] }));
    const malformed = await run(["--input", bad]);
    expect(malformed.code).toBe(2);
    expect(malformed.stderr).toMatch(/relationships\[0\]\.startedAt: must be an ISO date/);
    const notJson = path.join(dir, "not.json");
    writeFileSync(notJson, "{");
    expect((await run(["--input", notJson])).stderr).toMatch(/not valid JSON/);
    const unknown = await run(["--frobnicate"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/usage: npm run matching:evaluate/);
    expect((await run(["--input", bad, "--horizon=-3"])).stderr).toMatch(/--horizon must be a number >= 0.1/);
  });
});
