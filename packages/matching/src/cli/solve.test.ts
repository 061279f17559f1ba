import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const cli = fileURLToPath(new URL("./solve.ts", import.meta.url));
const root = path.resolve(path.dirname(cli), "../../../..");
const dir = mkdtempSync(path.join(tmpdir(), "match-solve-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Run {
  code: number;
  stderr: string;
  output?: unknown;
}

/** Runs the CLI as `npm run match:solve` does, on a temp input written from `content`. */
function run(name: string, content: string | null, extra: string[] = []): Promise<Run> {
  const input = path.join(dir, `${name}.json`);
  const output = path.join(dir, `${name}.out.json`);
  if (content !== null) writeFileSync(input, content);
  const args = ["--import", "tsx", cli, "--input", input, "--output", output, ...extra];
  return new Promise((resolve) => {
    execFile(process.execPath, args, { cwd: root }, (error, _stdout, stderr) => {
      const code = error ? Number(error.code ?? 1) : 0;
      let parsed: unknown;
      if (code === 0) parsed = JSON.parse(readFileSync(output, "utf8"));
      resolve({ code, stderr, output: parsed });
    });
  });
}

const example = {
  mentors: [
    { id: "m1", capacity: 1 },
    { id: "m2", capacity: 2 },
  ],
  mentees: [{ id: "e1" }, { id: "e2" }, { id: "e3" }],
  edges: [
    { mentee: "e1", mentor: "m1", score: 0.9 },
    { mentee: "e1", mentor: "m2", score: 0.8 },
    { mentee: "e2", mentor: "m1", score: 0.85 },
  ],
};

describe("match:solve CLI", { timeout: 60_000 }, () => {
  it("solves the documented example and reports time and memory on stderr", async () => {
    const single =
      '{"mentors":[{"id":"m1","capacity":3}],"mentees":[{"id":"e1"}],"edges":[{"mentee":"e1","mentor":"m1","score":0.83}]}';
    const result = await run("single", single);
    expect(result.code).toBe(0);
    expect(result.output).toEqual({ assignments: [{ mentee: "e1", mentor: "m1" }], objective: 0.83 });
    expect(result.stderr).toMatch(/total \d+\.\d+ s \(CPU \d+\.\d+ s\); peak memory \d+ MiB/);
  });

  it("moves a mentee when that raises the total, and ranks alternatives on request", async () => {
    const result = await run("example", JSON.stringify(example), ["--alternatives"]);
    expect(result.code).toBe(0);
    expect(result.output).toEqual({
      assignments: [
        { mentee: "e1", mentor: "m2" },
        { mentee: "e2", mentor: "m1" },
      ],
      objective: 1.65,
      alternatives: [
        { mentee: "e1", mentors: [{ mentor: "m1", score: 0.9 }] },
        { mentee: "e2", mentors: [] },
        { mentee: "e3", mentors: [] },
      ],
    });
  });

  it("exits 2 on malformed JSON", async () => {
    const result = await run("broken", '{"mentors": [');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("is not valid JSON");
  });

  it("exits 2 on a bad score, naming the edge", async () => {
    const edges = [...example.edges, { mentee: "e3", mentor: "m2", score: 1.3 }];
    const result = await run("bad-score", JSON.stringify({ ...example, edges }));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("edges[3].score: 1.3 is outside [0, 1]");
  });

  it("exits 2 on an unknown mentor and on a missing input file", async () => {
    const edges = [{ mentee: "e1", mentor: "m9", score: 0.5 }];
    const unknown = await run("unknown", JSON.stringify({ ...example, edges }));
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('edges[0].mentor: unknown mentor id "m9"');
    const missing = await run("missing", null);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("cannot read input file");
  });

  it("exits 2 on bad arguments with the usage line", async () => {
    const result = await run("args", "{}", ["--frobnicate"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("usage: npm run match:solve");
  });
});
