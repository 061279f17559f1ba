import { z } from "zod";
import { PHASE_SUGGESTION_JOB } from "../../modules/relationships/job-names.js";
import { suggestPhaseAdvances } from "../../modules/relationships/suggest-phase-advances.js";
import { defineJob } from "../types.js";

/** Hourly: suggests moving on to the next phase (or planning graduation), once per phase. */
export const relationshipsPhaseSuggestionJob = defineJob({
  name: PHASE_SUGGESTION_JOB,
  schema: z.object({}),
  cron: "40 * * * *",
  retryLimit: 2,
  async handle(ctx) {
    const sent = await suggestPhaseAdvances(ctx);
    if (sent > 0) ctx.log.info({ sent }, "phase moves suggested");
  },
});
