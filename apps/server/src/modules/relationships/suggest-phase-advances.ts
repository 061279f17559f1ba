import type { AppContext } from "../../context.js";
import { listTicksOf } from "./checklist-repository.js";
import { NOTICES, sendNotices } from "./notices.js";
import { goalsOf, phaseOf, phaseSuggestion } from "./phases.js";
import { claimSuggestion, listActiveRelationships } from "./relationships-repository.js";

/**
 * Hourly: tells both of a pair when the app suggests moving on (time up, or checklist done), once
 * per phase. Claiming the phase before notifying keeps a second run or process from repeating it.
 */
export async function suggestPhaseAdvances(ctx: AppContext): Promise<number> {
  const now = ctx.clock.now();
  const rows = (await listActiveRelationships(ctx.db)).filter((r) => r.suggested_phase !== r.phase);
  const ticks = await listTicksOf(
    ctx.db,
    rows.map((r) => r.id),
  );
  let sent = 0;
  for (const r of rows) {
    const phase = phaseOf(r.phase);
    const goalIds = new Set(goalsOf(phase).map((g) => g.id));
    const done = ticks.filter((t) => t.relationship_id === r.id && goalIds.has(t.goal_id)).length;
    const suggestion = phaseSuggestion(phase, r.started_at, now, done);
    if (!suggestion || !(await claimSuggestion(ctx.db, r.id, r.phase))) continue;
    await sendNotices(
      ctx,
      [r.mentee_id, r.mentor_id].map((userId) => ({ userId, notice: NOTICES.phaseSuggested(r.id, suggestion.text) })),
    );
    sent += 1;
  }
  return sent;
}
