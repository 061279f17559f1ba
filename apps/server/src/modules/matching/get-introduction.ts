import type { Introduction } from "@mentalverse/shared";
import type { Db } from "../../db/database.js";
import { notFound } from "../../lib/errors.js";
import { findPeers } from "./peers-repository.js";
import { presentPeer, reasonsOf } from "./presenter.js";
import { findMatchReasons, findRelationship } from "./relationships-repository.js";

/** The first phase of the seed's relationship development, in steps both people can take. */
export const NEXT_STEPS = [
  "Say hello and share a little of your story, only as much as feels right.",
  "Talk about what each of you hopes to get from the next few weeks.",
  "Agree how often you will meet and how you will keep in touch.",
  "Set your boundaries together: what you are each comfortable with, and what you are not.",
  "Peer support is not crisis care: if either of you is in crisis, contact a crisis line or emergency services straight away.",
];

/**
 * The introduction both people read when a match starts: names, what each shares, why they were
 * matched and how to begin. Only the two members of the relationship may read it; private profile
 * fields and screening never appear.
 */
export async function getIntroduction(db: Db, userId: string, relationshipId: string): Promise<Introduction> {
  const relationship = await findRelationship(db, relationshipId);
  if (!relationship || (relationship.mentee_id !== userId && relationship.mentor_id !== userId)) {
    throw notFound("Relationship");
  }
  const peers = await findPeers(db, [relationship.mentee_id, relationship.mentor_id]);
  const reasons = relationship.match_id ? await findMatchReasons(db, relationship.match_id) : [];
  return {
    relationshipId: relationship.id,
    startedAt: relationship.started_at.toISOString(),
    yourRole: relationship.mentee_id === userId ? "mentee" : "mentor",
    mentee: presentPeer(peers, relationship.mentee_id),
    mentor: presentPeer(peers, relationship.mentor_id),
    reasons: reasonsOf({ reasons }),
    nextSteps: NEXT_STEPS,
  };
}
