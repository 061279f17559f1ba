import type { AppContext } from "../../context.js";
import { endCall, findStaleCalls } from "./calls-repository.js";
import { announce } from "./end-call.js";
import { liveCallBounds, MAX_LIVE_CALL_MS, RING_TIMEOUT_MS } from "./rules.js";

/** One run's share; a backlog beyond it waits for the next run, a minute later. */
const BATCH = 500;

/**
 * Ends the calls whose process stopped looking after them (it crashed or was stopped mid-ring or
 * mid-call), and tells both members as the in-process timer does. A call still ringing past its
 * ringing time is missed at the end of that time (as the history already shows it); an answered
 * call older than any call may count as live is disconnected at that limit, since nothing records
 * when it really ended. Each end is conditional, so an answer or hang-up that got there first wins,
 * and a second run finds nothing to do.
 */
export async function endStaleCalls(ctx: AppContext): Promise<{ missed: number; disconnected: number }> {
  const counts = { missed: 0, disconnected: 0 };
  for (const call of await findStaleCalls(ctx.db, liveCallBounds(ctx.clock.now()), BATCH)) {
    const ringing = call.answered_at === null;
    const reason = ringing ? "missed" : "disconnected";
    const at = new Date(call.started_at.getTime() + (ringing ? RING_TIMEOUT_MS : MAX_LIVE_CALL_MS));
    const ended = await endCall(ctx.db, call.id, reason, at, ringing);
    if (!ended) continue;
    announce(ctx, ended, reason);
    counts[reason]++;
  }
  return counts;
}
