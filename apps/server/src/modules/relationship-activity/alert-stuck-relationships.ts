import type { AppContext } from "../../context.js";
import {
  claimInactivityNotice,
  findMentorSupervisors,
  listActivePairs,
  listSupervisorIds,
} from "./inactivity-repository.js";
import { lastContactAt } from "./last-contact.js";
import { NOTICES, sendNotices } from "./notices.js";
import { silencesOf } from "./silence.js";

/** Days without contact after which a relationship counts as stuck and supervisors step in. */
export const STUCK_AFTER_DAYS = 21;

/**
 * Daily: a relationship with no contact for STUCK_AFTER_DAYS (again each such period) is brought
 * to the mentor's supervisor, or to every supervisor when the mentor has none in particular, and
 * audited. Returns how many relationships were raised.
 */
export async function alertStuckRelationships(ctx: AppContext): Promise<number> {
  const now = ctx.clock.now();
  const pairs = await listActivePairs(ctx.db);
  const contacts = await lastContactAt(
    ctx.db,
    pairs.map((p) => p.id),
    now,
  );
  const stuck = silencesOf(pairs, contacts, STUCK_AFTER_DAYS, now);
  if (stuck.length === 0) return 0;
  const supervisorOf = await findMentorSupervisors(
    ctx.db,
    stuck.map((s) => s.pair.mentor_id),
  );
  const everySupervisor = await listSupervisorIds(ctx.db);
  let alerted = 0;
  for (const silence of stuck) {
    const { pair } = silence;
    const assigned = supervisorOf.get(pair.mentor_id);
    const recipients = assigned ? [assigned] : everySupervisor;
    const claimed = await ctx.database.transaction(async (trx) => {
      const fresh = await claimInactivityNotice(trx, {
        relationshipId: pair.id,
        kind: "supervisor_alert",
        silentSince: silence.since,
        period: silence.period,
        now,
      });
      if (!fresh) return false;
      await ctx.audit.record(
        {
          action: "relationship.stuck_alert",
          actorId: null,
          subjectId: pair.mentor_id,
          details: {
            relationshipId: pair.id,
            menteeId: pair.mentee_id,
            silentSince: silence.since.toISOString(),
            days: silence.days,
            supervisorIds: recipients,
          },
        },
        trx,
      );
      return true;
    });
    if (!claimed) continue;
    const notice = NOTICES.stuckAlert(pair.mentee_name, pair.mentor_name, silence.days);
    await sendNotices(
      ctx,
      recipients.map((userId) => ({ userId, notice })),
    );
    alerted += 1;
  }
  return alerted;
}
