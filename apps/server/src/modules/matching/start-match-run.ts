import type { MatchRun } from "@mentalverse/shared";
import type { AppContext } from "../../context.js";
import { HOUR } from "../../lib/clock.js";
import { conflict, notFound } from "../../lib/errors.js";
import type { StaffActor } from "../admin/staff-actor.js";
import { MATCH_RUN_JOB } from "./job-names.js";
import { presentRun } from "./presenter.js";
import { findRun, findUnfinishedBatch, finishRun, insertRun } from "./runs-repository.js";

/** A reviewer starts a batch run over everyone waiting; the job does the work, so this answers at once. */
export async function startMatchRun(ctx: AppContext, actor: StaffActor): Promise<MatchRun> {
  const now = ctx.clock.now();
  const runId = await ctx.database.transaction(async (trx) => {
    const running = await findUnfinishedBatch(trx, new Date(now.getTime() - HOUR));
    if (running) throw conflict("A batch match run is already in progress", [{ field: "run", reason: running.id }]);
    const id = await insertRun(trx, { kind: "batch", startedBy: actor.userId, menteeId: null, now });
    await ctx.audit.record(
      {
        action: "matching.run_started",
        actorId: actor.userId,
        ip: actor.ip,
        requestId: actor.requestId,
        details: { runId: id },
      },
      trx,
    );
    return id;
  });
  try {
    await ctx.jobs.send(MATCH_RUN_JOB, { runId });
  } catch (error) {
    // A run nobody will pick up must not block the next one for an hour.
    await finishRun(ctx.db, runId, { status: "failed", now: ctx.clock.now(), error: "Could not queue the run" });
    throw error;
  }
  const row = await findRun(ctx.db, runId);
  if (!row) throw notFound("Match run");
  return presentRun(row);
}
