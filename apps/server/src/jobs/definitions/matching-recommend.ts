import { z } from "zod";
import { RECOMMEND_JOB } from "../../modules/matching/job-names.js";
import { recommendForMentee } from "../../modules/matching/recommend-for-mentee.js";
import { defineJob } from "../types.js";

/** Options for one newly cleared mentee, within seconds of them becoming ready. */
export const matchingRecommendJob = defineJob({
  name: RECOMMEND_JOB,
  schema: z.object({ menteeId: z.uuid() }),
  retryLimit: 1,
  async handle(ctx, payload) {
    await recommendForMentee(ctx, payload.menteeId);
  },
});
