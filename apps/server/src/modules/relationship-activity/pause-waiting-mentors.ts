import type { AppContext } from "../../context.js";
import { DAY } from "../../lib/clock.js";
import { findOpenApplicationOf, updateApplication } from "../mentor-applications/mentor-applications-repository.js";
import { hasContactBySince } from "./contact-repository.js";
import {
  claimWaitEvidence,
  findLatestMenteeCheckInsBefore,
  findMentorMisses,
  findUnansweredProposals,
  isEvidenceSpent,
  type WaitEvidence,
} from "./inactivity-repository.js";
import { NOTICES, sendNotices } from "./notices.js";

/** Days a mentee's session suggestion or check-in may wait for the mentor. */
export const MENTOR_ANSWER_DAYS = 7;
/** Sessions the mentor may miss within MISSED_SESSIONS_WINDOW_DAYS before new matches pause. */
export const MISSED_SESSIONS_TO_PAUSE = 2;
export const MISSED_SESSIONS_WINDOW_DAYS = 60;

type Reason = "unanswered_proposal" | "unanswered_check_in" | "missed_sessions";

const WHY: Record<Reason, string> = {
  unanswered_proposal: `Your mentee suggested a session more than ${MENTOR_ANSWER_DAYS} days ago and is still waiting for your answer.`,
  unanswered_check_in: `Your mentee checked in more than ${MENTOR_ANSWER_DAYS} days ago and has not heard from you since.`,
  missed_sessions: `You missed ${MISSED_SESSIONS_TO_PAUSE} agreed sessions with your mentee in the last ${MISSED_SESSIONS_WINDOW_DAYS} days.`,
};

/**
 * Daily. A mentor leaves a mentee waiting, in an active relationship, when:
 * - a session the mentee suggested is still unanswered (not confirmed, moved or cancelled) after
 *   MENTOR_ANSWER_DAYS; or
 * - the mentee's latest check-in is MENTOR_ANSWER_DAYS old and the mentor has done nothing in the
 *   relationship since (no check-in, session, goal work or summary); or
 * - the mentor was recorded as missing MISSED_SESSIONS_TO_PAUSE agreed sessions within
 *   MISSED_SESSIONS_WINDOW_DAYS.
 * Then new matches pause for them (their mentor application's pause_new_matches, the switch they
 * can turn back on themselves), they are told why, and it is audited. Each piece of evidence is
 * used once, so a mentor who turns matches back on is not paused again for the same thing.
 * Returns how many mentors were paused.
 */
export async function pauseWaitingMentors(ctx: AppContext): Promise<number> {
  const now = ctx.clock.now();
  const answerBy = new Date(now.getTime() - MENTOR_ANSWER_DAYS * DAY);
  const findings: { reason: Reason; evidence: WaitEvidence }[] = [];
  for (const evidence of await findUnansweredProposals(ctx.db, answerBy)) {
    findings.push({ reason: "unanswered_proposal", evidence });
  }
  for (const evidence of await findLatestMenteeCheckInsBefore(ctx.db, answerBy)) {
    if (!(await hasContactBySince(ctx.db, evidence.relationship_id, evidence.mentor_id, evidence.at))) {
      findings.push({ reason: "unanswered_check_in", evidence });
    }
  }
  const misses = await findMentorMisses(ctx.db, new Date(now.getTime() - MISSED_SESSIONS_WINDOW_DAYS * DAY), now);
  const seenMentors = new Set<string>();
  for (const miss of misses) {
    // Newest first: the newest miss stands for the run, so each further miss is new evidence.
    if (seenMentors.has(miss.mentor_id)) continue;
    seenMentors.add(miss.mentor_id);
    if (misses.filter((m) => m.mentor_id === miss.mentor_id).length >= MISSED_SESSIONS_TO_PAUSE) {
      findings.push({ reason: "missed_sessions", evidence: miss });
    }
  }

  const paused = new Set<string>();
  for (const { reason, evidence } of findings) {
    const mentorId = evidence.mentor_id;
    if (await isEvidenceSpent(ctx.db, { mentorId, reason, evidenceId: evidence.evidence_id })) continue;
    const didPause = await ctx.database.transaction(async (trx) => {
      const application = await findOpenApplicationOf(trx, mentorId);
      const pauseNow = application !== undefined && !application.pause_new_matches;
      const fresh = await claimWaitEvidence(trx, {
        mentorId,
        relationshipId: evidence.relationship_id,
        reason,
        evidenceId: evidence.evidence_id,
        paused: pauseNow,
        now,
      });
      if (!fresh || !application || !pauseNow) return false;
      await updateApplication(trx, application.id, { pause_new_matches: true });
      await ctx.audit.record(
        {
          action: "relationship.mentor_paused",
          actorId: null,
          subjectId: mentorId,
          details: {
            applicationId: application.id,
            relationshipId: evidence.relationship_id,
            reason,
            evidenceId: evidence.evidence_id,
          },
        },
        trx,
      );
      return true;
    });
    if (!didPause) continue;
    paused.add(mentorId);
    await sendNotices(ctx, [{ userId: mentorId, notice: NOTICES.mentorPaused(WHY[reason]) }]);
  }
  return paused.size;
}
