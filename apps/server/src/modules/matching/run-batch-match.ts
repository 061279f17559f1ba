import { proposeMatchesParallel } from "@mentalverse/matching";
import type { MatchRunStats } from "@mentalverse/shared";
import type { AppContext } from "../../context.js";
import { loadBatchInputs, matchingConfigAt } from "./matching-inputs.js";
import { NOTICES, type Notice, sendNotices } from "./notices.js";
import { claimRun, findRun, finishRun } from "./runs-repository.js";
import { withShareableReasons } from "./shareable-reasons.js";
import { storeProposals } from "./store-proposals.js";

/**
 * The batch job: everyone waiting against every active mentor, optimal assignment under capacity,
 * then each assigned mentee's primary and ranked alternatives stored for review. A failure marks the
 * run failed for the reviewer to see, rather than retrying into duplicate proposals.
 */
export async function runBatchMatch(ctx: AppContext, runId: string): Promise<void> {
  const startedAt = ctx.clock.now();
  if (!(await claimRun(ctx.db, runId, startedAt))) return;
  const startedBy = (await findRun(ctx.db, runId))?.started_by ?? null;
  const began = performance.now();
  try {
    const inputs = await loadBatchInputs(ctx.db);
    const result = await proposeMatchesParallel(
      inputs.mentees,
      inputs.mentors,
      inputs.rules,
      matchingConfigAt(startedAt),
    );
    const config = matchingConfigAt(startedAt);
    const ranked = result.proposals.map((p) => ({
      menteeId: p.menteeId,
      options: (p.primary ? [p.primary, ...p.alternatives] : []).map((c) =>
        withShareableReasons(c, inputs.shared, config),
      ),
    }));
    const now = ctx.clock.now();
    const proposed = await ctx.database.transaction((trx) => storeProposals(trx, runId, ranked, now));
    const cleared = inputs.mentees.filter((m) => m.cleared).length;
    const stats: MatchRunStats = {
      menteesConsidered: inputs.mentees.length,
      menteesCleared: cleared,
      mentorsAvailable: inputs.mentors.filter((m) => m.active && !m.pausedNewMatches && m.activeMentees < m.capacity)
        .length,
      proposals: proposed.length,
      unmatched: cleared - proposed.length,
      objective: result.objective,
      durationMs: Math.round(performance.now() - began),
    };
    await ctx.database.transaction(async (trx) => {
      await finishRun(trx, runId, { status: "completed", now, stats });
      await ctx.audit.record(
        { action: "matching.run_completed", actorId: startedBy, details: { runId, ...stats } },
        trx,
      );
    });
    const notices: Notice[] = proposed.map((userId) => ({ userId, notice: NOTICES.optionsReady }));
    if (startedBy) notices.push({ userId: startedBy, notice: NOTICES.runFinished(proposed.length) });
    await sendNotices(ctx, notices);
  } catch (error) {
    ctx.log.error({ err: error, runId }, "match run failed");
    const message = error instanceof Error ? error.message.slice(0, 500) : "Unknown error";
    await finishRun(ctx.db, runId, { status: "failed", now: ctx.clock.now(), error: message });
    if (startedBy) await sendNotices(ctx, [{ userId: startedBy, notice: NOTICES.runFailed }]);
  }
}
