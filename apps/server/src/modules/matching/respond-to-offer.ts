import type { Tx } from "../../db/database.js";
import { conflict, notFound } from "../../lib/errors.js";
import { lockOffer, type OfferRow } from "./offers-repository.js";

export interface Responder {
  userId: string;
  ip: string | null;
  requestId: string;
}

/** Locks a pending, unexpired offer the caller is part of and says which side they are on. */
export async function lockOwnPendingOffer(
  trx: Tx,
  responder: Responder,
  offerId: string,
  now: Date,
): Promise<{ offer: OfferRow; role: "mentee" | "mentor" }> {
  const offer = await lockOffer(trx, offerId);
  // Someone else's offer reads as missing, so offer ids reveal nothing.
  if (!offer || (offer.mentee_id !== responder.userId && offer.mentor_id !== responder.userId)) {
    throw notFound("Offer");
  }
  if (offer.status !== "pending") {
    throw conflict("This offer has already been settled", [{ field: "offer", reason: offer.status }]);
  }
  // The expiry job may not have run yet; an answer after the window must not start a match.
  if (offer.expires_at.getTime() <= now.getTime()) {
    throw conflict("This offer has expired", [{ field: "offer", reason: "expired" }]);
  }
  const role = offer.mentee_id === responder.userId ? "mentee" : "mentor";
  const answered = role === "mentee" ? offer.mentee_accepted_at : offer.mentor_accepted_at;
  if (answered) throw conflict("You have already accepted this offer", [{ field: "offer", reason: "accepted" }]);
  return { offer, role };
}
