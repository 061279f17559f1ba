import type { MatchOffer } from "@mentalverse/shared";
import type { Db } from "../../db/database.js";
import { listOffersOf } from "./offers-repository.js";
import { findPeers } from "./peers-repository.js";
import { presentPeer, reasonsOf } from "./presenter.js";
import { listOptionsById } from "./proposals-repository.js";

const LIMIT = 50;

/** The member's offers on either side; the other person appears only through what they share. */
export async function listMyOffers(db: Db, userId: string): Promise<{ offers: MatchOffer[] }> {
  const offers = await listOffersOf(db, userId, LIMIT);
  const peerIds = offers.map((o) => (o.mentee_id === userId ? o.mentor_id : o.mentee_id));
  const peers = await findPeers(db, peerIds);
  const options = await listOptionsById(
    db,
    offers.map((o) => o.option_id),
  );
  return {
    offers: offers.map((o) => {
      const role = o.mentee_id === userId ? "mentee" : "mentor";
      const accepted = role === "mentee" ? o.mentee_accepted_at : o.mentor_accepted_at;
      const peerId = role === "mentee" ? o.mentor_id : o.mentee_id;
      return {
        id: o.id,
        role,
        status: o.status,
        peer: presentPeer(peers, peerId),
        peerId,
        reasons: reasonsOf(options.get(o.option_id)?.breakdown),
        createdAt: o.created_at.toISOString(),
        expiresAt: o.expires_at.toISOString(),
        yourResponse: accepted ? "accepted" : o.declined_by === role ? "declined" : null,
        relationshipId: o.relationship_id,
      };
    }),
  };
}
