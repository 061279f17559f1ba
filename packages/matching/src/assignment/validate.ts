import type { IndexedProblem } from "./problem.js";

/**
 * Checks id-level input and turns it into an IndexedProblem. Hand-written rather than zod: inputs
 * carry millions of edges, and a plain loop checks them in a fraction of the time. Every message
 * names the place (`edges[17].score`) and the problem; unknown extra fields are ignored.
 */
export interface AssignmentInput {
  readonly mentors: readonly { readonly id: string; readonly capacity: number }[];
  readonly mentees: readonly { readonly id: string }[];
  readonly edges: readonly { readonly mentee: string; readonly mentor: string; readonly score: number }[];
}

export interface AssignmentIssue {
  readonly path: string;
  readonly message: string;
}

export class AssignmentInputError extends Error {
  constructor(readonly issues: readonly AssignmentIssue[]) {
    super(issues.map((issue) => `${issue.path}: ${issue.message}`).join("\n"));
    this.name = "AssignmentInputError";
  }
}

export interface ParsedAssignmentInput {
  readonly problem: IndexedProblem;
  readonly mentorIds: readonly string[];
  readonly menteeIds: readonly string[];
}

/** More problems than this and the list stops: the first ones are enough to fix the file. */
export const MAX_ISSUES = 20;
const MAX_CAPACITY = 2 ** 31 - 1;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

function show(v: unknown): string {
  if (v === undefined) return "nothing";
  const text = JSON.stringify(v) ?? String(v);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

export function parseAssignmentInput(input: unknown): ParsedAssignmentInput {
  const issues: AssignmentIssue[] = [];
  const fail = (path: string, message: string): boolean => {
    if (issues.length < MAX_ISSUES) issues.push({ path, message });
    return issues.length >= MAX_ISSUES;
  };
  const done = (): never => {
    throw new AssignmentInputError(issues);
  };
  if (!isRecord(input)) {
    fail("input", `must be a JSON object with arrays "mentors", "mentees" and "edges", got ${show(input)}`);
    return done();
  }
  for (const key of ["mentors", "mentees", "edges"]) {
    if (!Array.isArray(input[key])) fail(key, `must be an array, got ${show(input[key])}`);
  }
  if (issues.length > 0) return done();
  const mentors = input.mentors as unknown[];
  const mentees = input.mentees as unknown[];
  const edges = input.edges as unknown[];

  const ids = (list: unknown[], kind: "mentor" | "mentee"): Map<string, number> => {
    const index = new Map<string, number>();
    for (let k = 0; k < list.length; k++) {
      const item = list[k];
      const at = `${kind}s[${k}]`;
      if (!isRecord(item)) {
        if (fail(at, `must be an object with an "id", got ${show(item)}`)) break;
        continue;
      }
      const id = item.id;
      if (typeof id !== "string" || id.length === 0) {
        if (fail(`${at}.id`, `must be a non-empty string, got ${show(id)}`)) break;
        continue;
      }
      const first = index.get(id);
      if (first !== undefined) {
        if (fail(`${at}.id`, `duplicate ${kind} id ${show(id)} (first at ${kind}s[${first}])`)) break;
        continue;
      }
      index.set(id, k);
    }
    return index;
  };
  const mentorIndex = ids(mentors, "mentor");
  const menteeIndex = ids(mentees, "mentee");
  if (issues.length >= MAX_ISSUES) return done();

  const mentorCapacity = new Int32Array(mentors.length);
  for (let k = 0; k < mentors.length; k++) {
    const item = mentors[k];
    if (!isRecord(item)) continue;
    const c = item.capacity;
    if (typeof c !== "number" || !Number.isInteger(c) || c < 0) {
      if (fail(`mentors[${k}].capacity`, `must be a non-negative integer, got ${show(c)}`)) return done();
    } else if (c > MAX_CAPACITY) {
      if (fail(`mentors[${k}].capacity`, `${c} is larger than ${MAX_CAPACITY}`)) return done();
    } else mentorCapacity[k] = c;
  }

  const edgeMentee = new Int32Array(edges.length);
  const edgeMentor = new Int32Array(edges.length);
  const edgeScore = new Float64Array(edges.length);
  let lastMentee: unknown;
  let lastIndex: number | undefined;
  for (let e = 0; e < edges.length; e++) {
    const item = edges[e];
    if (!isRecord(item)) {
      if (fail(`edges[${e}]`, `must be an object with "mentee", "mentor" and "score", got ${show(item)}`))
        return done();
      continue;
    }
    // Edges usually come grouped by mentee: reusing the last lookup skips most hash-map reads.
    if (item.mentee !== lastMentee) {
      lastMentee = item.mentee;
      lastIndex = typeof lastMentee === "string" ? menteeIndex.get(lastMentee) : undefined;
    }
    const i = lastIndex;
    if (i === undefined && fail(`edges[${e}].mentee`, `unknown mentee id ${show(item.mentee)}`)) return done();
    const j = typeof item.mentor === "string" ? mentorIndex.get(item.mentor) : undefined;
    if (j === undefined && fail(`edges[${e}].mentor`, `unknown mentor id ${show(item.mentor)}`)) return done();
    const s = item.score;
    if (typeof s !== "number" || !Number.isFinite(s)) {
      if (fail(`edges[${e}].score`, `must be a number in [0, 1], got ${show(s)}`)) return done();
    } else if (s < 0 || s > 1) {
      if (fail(`edges[${e}].score`, `${s} is outside [0, 1]`)) return done();
    }
    edgeMentee[e] = i ?? 0;
    edgeMentor[e] = j ?? 0;
    edgeScore[e] = typeof s === "number" ? s : 0;
  }
  if (issues.length > 0) return done();

  const problem = { menteeCount: mentees.length, mentorCapacity, edgeMentee, edgeMentor, edgeScore };
  for (const [e, first] of duplicatePairs(problem)) {
    const item = edges[e] as Record<string, unknown>;
    const pair = `mentee ${show(item.mentee)}, mentor ${show(item.mentor)}`;
    if (fail(`edges[${e}]`, `duplicate pair (${pair}), first given at edges[${first}]`)) break;
  }
  if (issues.length > 0) return done();
  const idsOf = (index: Map<string, number>): string[] => [...index.keys()];
  return { problem, mentorIds: idsOf(mentorIndex), menteeIds: idsOf(menteeIndex) };
}

/** [edge, earlier edge with the same pair] for each repeated pair, in O(edges). */
function duplicatePairs(p: IndexedProblem): [number, number][] {
  const n = p.menteeCount;
  const start = new Int32Array(n + 1);
  for (let e = 0; e < p.edgeMentee.length; e++) start[p.edgeMentee[e]! + 1]!++;
  for (let i = 0; i < n; i++) start[i + 1]! += start[i]!;
  const order = new Int32Array(p.edgeMentee.length);
  const fill = start.slice(0, n);
  for (let e = 0; e < p.edgeMentee.length; e++) order[fill[p.edgeMentee[e]!]!++] = e;
  const seenBy = new Int32Array(p.mentorCapacity.length).fill(-1);
  const seenAt = new Int32Array(p.mentorCapacity.length);
  const found: [number, number][] = [];
  for (let i = 0; i < n && found.length < MAX_ISSUES; i++) {
    for (let q = start[i]!; q < start[i + 1]!; q++) {
      const e = order[q]!;
      const j = p.edgeMentor[e]!;
      if (seenBy[j] === i) found.push([e, seenAt[j]!]);
      else {
        seenBy[j] = i;
        seenAt[j] = e;
      }
    }
  }
  return found.sort((a, b) => a[0] - b[0]);
}
