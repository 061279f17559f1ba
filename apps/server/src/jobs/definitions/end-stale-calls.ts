import { z } from "zod";
import { endStaleCalls } from "../../modules/calls/end-stale-calls.js";
import { defineJob } from "../types.js";

/**
 * Every minute (the finest cron step): ends the calls no process is looking after any more, so a
 * call whose inviting process died stops ringing within about two minutes instead of at the next
 * invite. No retries: the next minute's run does the same work.
 */
export const endStaleCallsJob = defineJob({
  name: "end-stale-calls",
  schema: z.object({}),
  cron: "* * * * *",
  retryLimit: 0,
  async handle(ctx) {
    const { missed, disconnected } = await endStaleCalls(ctx);
    if (missed + disconnected > 0) ctx.log.info({ missed, disconnected }, "ended calls no process was watching");
  },
});
