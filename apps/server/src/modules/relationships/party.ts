import type { RelationshipState } from "@mentalverse/shared";
import type { Db } from "../../db/database.js";
import { notFound } from "../../lib/errors.js";
import { findRelationshipRecord, lockRelationship, type RelationshipRecord } from "./relationships-repository.js";
import type { Party, TransitionFacts } from "./transitions.js";

/** The relationship as one of its pair sees it; anyone else gets 404, so ids reveal nothing. */
export async function loadAsParty(
  db: Db,
  relationshipId: string,
  userId: string,
  options: { lock?: boolean } = {},
): Promise<{ rel: RelationshipRecord; party: Party }> {
  const rel = options.lock
    ? await lockRelationship(db, relationshipId)
    : await findRelationshipRecord(db, relationshipId);
  if (!rel) throw notFound("Relationship");
  if (rel.mentee_id === userId) return { rel, party: "mentee" };
  if (rel.mentor_id === userId) return { rel, party: "mentor" };
  throw notFound("Relationship");
}

export function factsOf(rel: RelationshipRecord): TransitionFacts {
  return {
    status: rel.status as RelationshipState,
    phase: rel.phase,
    lowFitOffer: rel.rematch_offer === "low_fit",
  };
}

export function otherParty(rel: RelationshipRecord, party: Party): string {
  return party === "mentee" ? rel.mentor_id : rel.mentee_id;
}
