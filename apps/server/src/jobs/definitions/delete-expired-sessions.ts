import { z } from "zod";
import { deleteStaleResetTokens } from "../../modules/auth/auth-repository.js";
import { deleteExpiredSessions } from "../../modules/auth/session-repository.js";
import { defineJob } from "../types.js";

/** Hourly housekeeping: expired sessions and expired password-reset tokens (used or not). */
export const deleteExpiredSessionsJob = defineJob({
  name: "delete-expired-sessions",
  schema: z.object({}),
  cron: "23 * * * *",
  retryLimit: 2,
  async handle(ctx) {
    const now = ctx.clock.now();
    const sessions = await deleteExpiredSessions(ctx.db, now);
    const resetTokens = await deleteStaleResetTokens(ctx.db, now);
    if (sessions + resetTokens > 0)
      ctx.log.info({ sessions, resetTokens }, "deleted expired sessions and reset tokens");
  },
});
