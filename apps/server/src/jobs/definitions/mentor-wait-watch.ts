import { z } from "zod";
import { pauseWaitingMentors } from "../../modules/relationship-activity/pause-waiting-mentors.js";
import { defineJob } from "../types.js";

/** Daily: pauses new matches for mentors who leave their mentees waiting. */
export const mentorWaitWatchJob = defineJob({
  name: "mentor-wait-watch",
  schema: z.object({}),
  cron: "35 8 * * *",
  retryLimit: 2,
  async handle(ctx) {
    const paused = await pauseWaitingMentors(ctx);
    if (paused > 0) ctx.log.info({ paused }, "paused new matches for mentors leaving mentees waiting");
  },
});
