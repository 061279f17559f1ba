import type { AppContext } from "../../context.js";
import type { Tx } from "../../db/database.js";
import { recordStart } from "../relationships/record-start.js";
import { NOTICES, type Notice } from "./notices.js";
import { type OfferRow, updateOffer } from "./offers-repository.js";
import { findPeers } from "./peers-repository.js";
import { updateOption, updateProposal } from "./proposals-repository.js";
import { insertRelationship } from "./relationships-repository.js";
import type { Responder } from "./respond-to-offer.js";

const FIRST_PHASE = "introduction_and_exploration";

/** Both said yes: the offer is settled, the relationship starts in its first phase, and both are introduced. */
export async function startRelationship(
  ctx: AppContext,
  trx: Tx,
  offer: OfferRow,
  responder: Responder,
): Promise<Notice[]> {
  const now = ctx.clock.now();
  await updateOffer(trx, offer.id, { status: "accepted", resolved_at: now });
  await updateOption(trx, offer.option_id, { status: "accepted" });
  await updateProposal(trx, offer.proposal_id, { status: "matched", updated_at: now });
  const relationship = await insertRelationship(trx, {
    menteeId: offer.mentee_id,
    mentorId: offer.mentor_id,
    matchId: offer.id,
    phase: FIRST_PHASE,
    now,
  });
  const side = responder.userId === offer.mentee_id ? "mentee" : "mentor";
  await recordStart(trx, relationship, responder.userId, side, now);
  await ctx.audit.record(
    {
      action: "matching.relationship_started",
      actorId: responder.userId,
      subjectId: offer.mentee_id,
      ip: responder.ip,
      requestId: responder.requestId,
      details: { relationshipId: relationship.id, offerId: offer.id, mentorId: offer.mentor_id },
    },
    trx,
  );
  const peers = await findPeers(trx, [offer.mentee_id, offer.mentor_id]);
  const name = (id: string) => peers.get(id)?.displayName ?? "your match";
  return [
    { userId: offer.mentee_id, notice: NOTICES.matchStarted(name(offer.mentor_id), relationship.id) },
    { userId: offer.mentor_id, notice: NOTICES.matchStarted(name(offer.mentee_id), relationship.id) },
  ];
}
