import { z } from "zod";
import { MATCH_RUN_JOB } from "../../modules/matching/job-names.js";
import { runBatchMatch } from "../../modules/matching/run-batch-match.js";
import { defineJob } from "../types.js";

/** A reviewer's batch match run; the run row records success or failure, so no retries. */
export const matchingRunJob = defineJob({
  name: MATCH_RUN_JOB,
  schema: z.object({ runId: z.uuid() }),
  retryLimit: 0,
  async handle(ctx, payload) {
    await runBatchMatch(ctx, payload.runId);
  },
});
