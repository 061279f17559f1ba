import { z } from "zod";
import { ASSESSMENT_PROMPT_JOB } from "../../modules/relationships/job-names.js";
import { openDueAssessments } from "../../modules/relationships/open-due-assessments.js";
import { defineJob } from "../types.js";

/** Hourly: opens the week-4 fit check of relationships that reached it and tells both members. */
export const relationshipsAssessmentPromptJob = defineJob({
  name: ASSESSMENT_PROMPT_JOB,
  schema: z.object({}),
  cron: "35 * * * *",
  retryLimit: 2,
  async handle(ctx) {
    const opened = await openDueAssessments(ctx);
    if (opened > 0) ctx.log.info({ opened }, "four-week checks opened");
  },
});
