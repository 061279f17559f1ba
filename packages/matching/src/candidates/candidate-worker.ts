import { parentPort } from "node:worker_threads";
import { dimensionWeights } from "../compatibility/rule-total.js";
import type { MatchingConfig, MenteeInput, MentorInput } from "../compatibility/types.js";
import { buildMentorIndex } from "./build-mentor-index.js";
import { collectEdges, prepareMentees } from "./collect-edges.js";

/** What proposeMatchesParallel sends: a run of mentees starting at `first`, and everything to score them. */
export interface CandidateTask {
  mentors: readonly MentorInput[];
  mentees: readonly MenteeInput[];
  first: number;
  config: MatchingConfig;
  /** [mentee number, barred mentor indices] for the mentees of this run. */
  excluded: [number, number[]][];
}

// The worker builds its own index from the same mentors: the same lexicon ids and records, so the
// same edges, bit for bit, as the main thread would find.
parentPort?.on("message", (task: CandidateTask) => {
  const index = buildMentorIndex(task.mentors, task.config);
  const excluded = new Map(task.excluded.map(([i, js]) => [i, new Set(js)]));
  const prepared = prepareMentees(task.mentees, index);
  const block = collectEdges(prepared, task.first, index, excluded, task.config, dimensionWeights(task.config));
  parentPort!.postMessage(block, [block.mentee.buffer, block.mentor.buffer, block.score.buffer] as ArrayBuffer[]);
});
