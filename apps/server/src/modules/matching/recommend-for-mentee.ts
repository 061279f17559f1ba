import { buildMentorIndex, recommendMentors } from "@mentalverse/matching";
import type { MatchRunStats } from "@mentalverse/shared";
import type { AppContext } from "../../context.js";
import { loadSingleInputs, matchingConfigAt } from "./matching-inputs.js";
import { NOTICES, sendNotices } from "./notices.js";
import { claimRun, finishRun, insertRun } from "./runs-repository.js";
import { withShareableReasons } from "./shareable-reasons.js";
import { OPTIONS_PER_MENTEE, storeProposals } from "./store-proposals.js";

/**
 * A newly cleared mentee's options within seconds of becoming ready, without waiting for the next
 * batch run. Quietly does nothing for a member who is not waiting, not cleared, or already has options.
 * Returns the run id when it ran.
 */
export async function recommendForMentee(ctx: AppContext, menteeId: string): Promise<string | null> {
  const inputs = await loadSingleInputs(ctx.db, menteeId);
  const mentee = inputs?.mentees[0];
  if (!inputs || !mentee?.cleared) return null;
  const now = ctx.clock.now();
  const runId = await insertRun(ctx.db, { kind: "single", startedBy: null, menteeId, now });
  await claimRun(ctx.db, runId, now);
  const began = performance.now();
  try {
    const config = matchingConfigAt(now);
    const found = recommendMentors(mentee, buildMentorIndex(inputs.mentors, config), inputs.rules, config).slice(
      0,
      OPTIONS_PER_MENTEE,
    );
    const proposed = await ctx.database.transaction((trx) =>
      storeProposals(
        trx,
        runId,
        [{ menteeId, options: found.map((c) => withShareableReasons(c, inputs.shared, config)) }],
        now,
      ),
    );
    const stats: MatchRunStats = {
      menteesConsidered: 1,
      menteesCleared: 1,
      mentorsAvailable: inputs.mentors.filter((m) => m.active && !m.pausedNewMatches && m.activeMentees < m.capacity)
        .length,
      proposals: proposed.length,
      unmatched: 1 - proposed.length,
      objective: found[0]?.total ?? 0,
      durationMs: Math.round(performance.now() - began),
    };
    await finishRun(ctx.db, runId, { status: "completed", now: ctx.clock.now(), stats });
    if (proposed.length > 0) await sendNotices(ctx, [{ userId: menteeId, notice: NOTICES.optionsReady }]);
  } catch (error) {
    ctx.log.error({ err: error, runId }, "single-mentee recommendation failed");
    const message = error instanceof Error ? error.message.slice(0, 500) : "Unknown error";
    await finishRun(ctx.db, runId, { status: "failed", now: ctx.clock.now(), error: message });
  }
  return runId;
}
