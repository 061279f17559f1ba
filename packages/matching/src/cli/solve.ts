import { readFileSync, statSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { rankedAlternatives } from "../assignment/alternatives.js";
import { solveIndexed } from "../assignment/solve-indexed.js";
import { AssignmentInputError, type ParsedAssignmentInput, parseAssignmentInput } from "../assignment/validate.js";

/**
 * `npm run match:solve -- --input IN.json --output OUT.json [--alternatives]`
 *
 * Reads {"mentors":[{id,capacity}],"mentees":[{id}],"edges":[{mentee,mentor,score}]}, writes
 * {"assignments":[{mentee,mentor}],"objective":total} (with --alternatives also up to two ranked
 * other mentors per mentee). Timings and peak memory go to stderr. Exit 0 on success, 2 on bad
 * arguments or malformed input (with a message naming the problem), 1 on anything else.
 *
 * The whole file is read into one string: Node caps strings at about 512 MiB, which is far above
 * 100k mentees with 5M edges (about 250 MB of JSON). Larger files are refused with that reason.
 */
const USAGE = "usage: npm run match:solve -- --input IN.json --output OUT.json [--alternatives]";
const MAX_STRING_BYTES = 2 ** 29 - 24;

class BadInput extends Error {}

const seconds = (from: number): string => `${((performance.now() - from) / 1000).toFixed(2)} s`;

function readText(path: string): string {
  try {
    const size = statSync(path).size;
    if (size > MAX_STRING_BYTES) {
      throw new BadInput(
        `input file ${path} is ${(size / 2 ** 20).toFixed(0)} MiB; the limit is 512 MiB (Node's string size)`,
      );
    }
    // Straight to a string: a Buffer plus a decoded copy would add the file's size to peak memory.
    return readFileSync(path, "utf8");
  } catch (error) {
    if (error instanceof BadInput) throw error;
    throw new BadInput(`cannot read input file ${path}: ${(error as Error).message}`);
  }
}

function parseJson(path: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new BadInput(`input file ${path} is not valid JSON: ${(error as Error).message}`);
  }
}

function render(parsed: ParsedAssignmentInput, menteeEdge: Int32Array, objective: number, alternatives: boolean) {
  const { problem, menteeIds, mentorIds } = parsed;
  const assignments: { mentee: string; mentor: string }[] = [];
  for (let i = 0; i < problem.menteeCount; i++) {
    const e = menteeEdge[i]!;
    if (e >= 0) assignments.push({ mentee: menteeIds[i]!, mentor: mentorIds[problem.edgeMentor[e]!]! });
  }
  if (!alternatives) return { assignments, objective };
  const ranked = rankedAlternatives(problem, menteeEdge, 2);
  const others = menteeIds.map((mentee, i) => ({
    mentee,
    mentors: [ranked[2 * i]!, ranked[2 * i + 1]!]
      .filter((e) => e >= 0)
      .map((e) => ({ mentor: mentorIds[problem.edgeMentor[e]!]!, score: problem.edgeScore[e]! })),
  }));
  return { assignments, objective, alternatives: others };
}

function main(argv: string[]): number {
  const began = performance.now();
  let args: { input?: string; output?: string; alternatives?: boolean; help?: boolean };
  try {
    args = parseArgs({
      args: argv,
      options: {
        input: { type: "string" },
        output: { type: "string" },
        alternatives: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    process.stderr.write(`match:solve: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (!args.input || !args.output) {
    process.stderr.write(`match:solve: ${args.input ? "--output" : "--input"} is required\n${USAGE}\n`);
    return 2;
  }
  try {
    let t = performance.now();
    const text = readText(args.input);
    const readTime = seconds(t);
    t = performance.now();
    const raw = parseJson(args.input, text);
    const parseTime = seconds(t);
    t = performance.now();
    const parsed = parseAssignmentInput(raw);
    const checkTime = seconds(t);
    t = performance.now();
    const solution = solveIndexed(parsed.problem);
    const solveTime = seconds(t);
    t = performance.now();
    const output = render(parsed, solution.menteeEdge, solution.objective, args.alternatives === true);
    writeFileSync(args.output, JSON.stringify(output));
    const writeTime = seconds(t);
    const { problem } = parsed;
    const usage = process.resourceUsage();
    const cpu = (usage.userCPUTime + usage.systemCPUTime) / 1e6;
    process.stderr.write(
      `match:solve: ${problem.menteeCount} mentees, ${problem.mentorCapacity.length} mentors, ` +
        `${problem.edgeMentee.length} edges -> ${solution.matchedCount} matched, objective ${solution.objective}\n` +
        `match:solve: time: read ${readTime}, parse ${parseTime}, check ${checkTime}, solve ${solveTime}, write ${writeTime}, ` +
        `total ${seconds(began)} (CPU ${cpu.toFixed(2)} s); peak memory ${(usage.maxRSS / 1024).toFixed(0)} MiB (max RSS)\n`,
    );
    return 0;
  } catch (error) {
    if (error instanceof AssignmentInputError) {
      const count = error.issues.length;
      process.stderr.write(`match:solve: invalid input (${count === 1 ? "1 problem" : `${count} problems`}):\n`);
      for (const issue of error.issues) process.stderr.write(`  ${issue.path}: ${issue.message}\n`);
      return 2;
    }
    if (error instanceof BadInput) {
      process.stderr.write(`match:solve: ${error.message}\n`);
      return 2;
    }
    process.stderr.write(`match:solve: failed: ${(error as Error).stack ?? String(error)}\n`);
    return 1;
  }
}

process.exitCode = main(process.argv.slice(2));
