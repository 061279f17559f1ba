import { z } from "zod";
import { purgeDeletedAccounts } from "../../modules/account/purge-deleted-accounts.js";
import { defineJob } from "../types.js";

/** Hourly: removes accounts whose deletion grace period has ended. */
export const purgeDeletedAccountsJob = defineJob({
  name: "purge-deleted-accounts",
  schema: z.object({}),
  cron: "7 * * * *",
  retryLimit: 2,
  async handle(ctx) {
    const purged = await purgeDeletedAccounts(ctx);
    if (purged > 0) ctx.log.info({ purged }, "purged deleted accounts");
  },
});
