import type { Db } from "../../db/database.js";
import { AppError, notFound } from "../../lib/errors.js";
import { findMembership, lockRelationship } from "./membership-repository.js";

export type PairRole = "mentee" | "mentor";
export interface PairMember {
  id: string;
  displayName: string;
  role: PairRole;
}

/** A relationship as one of its two members sees it. */
export interface Pair {
  id: string;
  status: string;
  mentee: PairMember;
  mentor: PairMember;
  you: PairMember;
  other: PairMember;
  canWrite: boolean;
}

/** Goals, sessions and check-ins change only while the pair is active; afterwards they are a record. */
export const WRITABLE_STATUS = "active";

/**
 * The pair, for one of its members. Anyone else learns nothing, not even that it exists: 404,
 * the same as for an id that was never used.
 */
export async function loadPair(db: Db, relationshipId: string, userId: string): Promise<Pair> {
  const row = await findMembership(db, relationshipId, userId);
  if (!row) throw notFound("Relationship");
  const mentee: PairMember = { id: row.mentee_id, displayName: row.mentee_name, role: "mentee" };
  const mentor: PairMember = { id: row.mentor_id, displayName: row.mentor_name, role: "mentor" };
  const you = row.mentee_id === userId ? mentee : mentor;
  return {
    id: row.id,
    status: row.status,
    mentee,
    mentor,
    you,
    other: you === mentee ? mentor : mentee,
    canWrite: row.status === WRITABLE_STATUS,
  };
}

const notActive = () =>
  new AppError(409, "conflict", "This relationship is no longer active, so it can be read but not changed", [
    { field: "relationship", reason: "not active" },
  ]);

/** For writes: the caller's pair, re-read under a row lock inside the write's transaction. */
export async function loadWritablePair(db: Db, relationshipId: string, userId: string): Promise<Pair> {
  const pair = await loadPair(db, relationshipId, userId);
  const locked = await lockRelationship(db, relationshipId);
  if (locked?.status !== WRITABLE_STATUS) throw notActive();
  return pair;
}

/** The member of the pair with this id, or a 422 naming the field. */
export function memberOf(pair: Pair, memberId: string, field: string): PairMember {
  if (memberId === pair.mentee.id) return pair.mentee;
  if (memberId === pair.mentor.id) return pair.mentor;
  throw new AppError(422, "unprocessable", "Choose one of the two members of this relationship", [
    { field, reason: "not a member of this relationship" },
  ]);
}
