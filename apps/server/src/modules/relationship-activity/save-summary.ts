import type { MentoringSession } from "@mentalverse/shared";
import type { AppContext } from "../../context.js";
import { conflict } from "../../lib/errors.js";
import type { Actor } from "./actor.js";
import { insertContactEvent } from "./contact-repository.js";
import { loadWritablePair } from "./membership.js";
import { readSession, requireSession } from "./read-sessions.js";
import { insertSummaryVersion } from "./session-records-repository.js";

/**
 * Saves a new version of the shared summary of a session that has started. Every version is kept
 * with its author; a `baseVersion` older than the newest means someone else saved meanwhile: 409,
 * so nobody silently overwrites the other's words.
 */
export async function saveSummary(
  ctx: AppContext,
  actor: Actor,
  ids: { relationshipId: string; sessionId: string },
  input: { text: string; baseVersion?: number | undefined },
): Promise<MentoringSession> {
  const now = ctx.clock.now();
  return ctx.database.transaction(async (trx) => {
    // The relationship row lock taken here also serialises concurrent saves of one summary.
    const pair = await loadWritablePair(trx, ids.relationshipId, actor.userId);
    const row = await requireSession(trx, pair, ids.sessionId);
    if (row.status === "cancelled") throw conflict("This session was cancelled, so it has no summary");
    if (row.starts_at > now) throw conflict("A summary can be written once the session has started");
    const current = (await readSession(trx, pair, row.id, now)).summary?.version ?? 0;
    if (input.baseVersion !== undefined && input.baseVersion !== current) {
      throw conflict("The summary was changed by someone else while you edited it; reload to see it", [
        { field: "baseVersion", reason: `the newest version is ${current}` },
      ]);
    }
    await insertSummaryVersion(trx, {
      sessionId: row.id,
      version: current + 1,
      text: input.text,
      authorId: actor.userId,
      now,
    });
    await insertContactEvent(trx, {
      relationshipId: ids.relationshipId,
      actorId: actor.userId,
      kind: "summary_written",
      at: now,
    });
    return readSession(trx, pair, row.id, now);
  });
}
