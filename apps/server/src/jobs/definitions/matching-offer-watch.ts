import { z } from "zod";
import { OFFER_WATCH_JOB } from "../../modules/matching/job-names.js";
import { watchOffers } from "../../modules/matching/watch-offers.js";
import { defineJob } from "../types.js";

/** Hourly: reminds mentors of unanswered offers after 24 h and passes expired offers to the next option. */
export const matchingOfferWatchJob = defineJob({
  name: OFFER_WATCH_JOB,
  schema: z.object({}),
  cron: "20 * * * *",
  retryLimit: 2,
  async handle(ctx) {
    const { reminded, expired } = await watchOffers(ctx);
    if (reminded + expired > 0) ctx.log.info({ reminded, expired }, "match offers watched");
  },
});
