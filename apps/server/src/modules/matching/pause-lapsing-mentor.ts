import type { AppContext } from "../../context.js";
import type { Tx } from "../../db/database.js";
import { findOpenApplicationOf, updateApplication } from "../mentor-applications/mentor-applications-repository.js";
import { countRecentLapses, insertLapsePause } from "./offers-repository.js";

/** Offers a mentor may let lapse unanswered before new matches pause for them. */
export const LAPSES_BEFORE_PAUSE = 2;

/**
 * Pauses new matches for a mentor who let LAPSES_BEFORE_PAUSE offers expire unanswered (since they
 * last answered one or were last paused), through the same preference the mentor sets themselves.
 * Returns whether this call paused them.
 */
export async function pauseLapsingMentor(ctx: AppContext, trx: Tx, mentorId: string, now: Date): Promise<boolean> {
  const lapses = await countRecentLapses(trx, mentorId);
  if (lapses < LAPSES_BEFORE_PAUSE) return false;
  const application = await findOpenApplicationOf(trx, mentorId);
  if (!application || application.pause_new_matches) return false;
  await updateApplication(trx, application.id, { pause_new_matches: true });
  await insertLapsePause(trx, mentorId, lapses, now);
  await ctx.audit.record(
    {
      action: "matching.mentor_paused",
      actorId: null,
      subjectId: mentorId,
      details: { applicationId: application.id, lapses, reason: "offers expired without an answer" },
    },
    trx,
  );
  return true;
}
