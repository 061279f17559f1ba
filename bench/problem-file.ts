import { readFileSync, writeFileSync } from "node:fs";
import type { IndexedProblem } from "../packages/matching/src/index.js";

/**
 * An assignment problem on disk as raw typed arrays, so that a child process (HiGHS) can solve
 * exactly the candidate edges another child generated without regenerating them. Layout: a header
 * of three int32 (mentees, mentors, edges), mentor capacities, edge mentees, edge mentors (int32),
 * then the scores (float64, 8-byte aligned).
 */
export function writeProblem(file: string, p: IndexedProblem): void {
  const m = p.mentorCapacity.length;
  const edges = p.edgeMentee.length;
  const ints = Int32Array.from([p.menteeCount, m, edges]);
  const parts = [ints, p.mentorCapacity, p.edgeMentee, p.edgeMentor];
  const intBytes = parts.reduce((s, a) => s + a.byteLength, 0);
  const padding = (8 - (intBytes % 8)) % 8;
  const out = Buffer.alloc(intBytes + padding + p.edgeScore.byteLength);
  let at = 0;
  for (const a of [...parts, null, p.edgeScore]) {
    if (a === null) {
      at += padding;
      continue;
    }
    out.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), at);
    at += a.byteLength;
  }
  writeFileSync(file, out);
}

export function readProblem(file: string): IndexedProblem {
  const bytes = readFileSync(file);
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  const [menteeCount, m, edges] = new Int32Array(buffer, 0, 3);
  let at = 12;
  const ints = (count: number) => {
    const a = new Int32Array(buffer, at, count);
    at += 4 * count;
    return a;
  };
  const mentorCapacity = ints(m!);
  const edgeMentee = ints(edges!);
  const edgeMentor = ints(edges!);
  at += (8 - (at % 8)) % 8;
  const edgeScore = new Float64Array(buffer, at, edges!);
  return { menteeCount: menteeCount!, mentorCapacity, edgeMentee, edgeMentor, edgeScore };
}
