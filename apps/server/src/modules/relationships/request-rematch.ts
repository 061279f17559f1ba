import type { RelationshipDetail } from "@mentalverse/shared";
import type { AppContext } from "../../context.js";
import { requestRecommendations } from "../matching/request-recommendations.js";
import { pairStateChanged } from "../messaging/index.js";
import type { RequestActor } from "./actor.js";
import { NOTICES } from "./notices.js";
import { factsOf } from "./party.js";
import { partyAction } from "./party-action.js";
import { recordEvent } from "./record-transition.js";
import { closeChanges, enforce } from "./transition-relationship.js";
import { checkTransition } from "./transitions.js";

/**
 * The mentee takes up a rematch offer: after a close, or (closing it as a poor fit first) after a
 * low-fit four-week check. They are back in matching at once; the pair is not proposed again
 * unless staff allow it, because matching treats a closed relationship as ended.
 */
export async function requestRematch(ctx: AppContext, actor: RequestActor, id: string): Promise<RelationshipDetail> {
  let menteeId: string | null = null;
  const detail = await partyAction(ctx, actor, id, async (trx, rel, party) => {
    const facts = factsOf(rel);
    enforce(checkTransition(facts, "rematch", party), rel, "rematch");
    const meta = { actor: party, actorId: actor.userId, ip: actor.ip, requestId: actor.requestId };
    const wasLive = rel.status !== "closed";
    if (wasLive) {
      await recordEvent(ctx, trx, rel, {
        ...meta,
        action: "close",
        toStatus: "closed",
        reason: "poor_fit",
        changes: closeChanges("poor_fit", ctx.clock.now()),
      });
    }
    await recordEvent(
      ctx,
      trx,
      { ...rel, status: "closed" },
      {
        ...meta,
        action: "rematch",
        toStatus: "rematched",
        changes: { rematch_offer: null, rematch_offered_at: null },
      },
    );
    menteeId = rel.mentee_id;
    return [
      {
        userId: rel.mentor_id,
        notice: wasLive ? NOTICES.closed(rel.id, "poor_fit", false) : NOTICES.rematched(rel.id),
      },
    ];
  });
  await pairStateChanged(ctx, id);
  if (menteeId) await requestRecommendations(ctx, menteeId);
  return detail;
}
