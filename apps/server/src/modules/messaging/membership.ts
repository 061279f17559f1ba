import type { Db } from "../../db/database.js";
import { AppError, notFound } from "../../lib/errors.js";
import type { VisibleWindow } from "./events-repository.js";
import { findMemberRow, type MemberRow } from "./members-repository.js";

/** A current member's standing in a conversation, as other modules (groups, safety, calls) need it. */
export interface ActiveMembership {
  role: MemberRow["role"];
  mutedUntil: Date | null;
  fromEpoch: number | null;
  toEpoch: number | null;
}

/** The member's current membership of the conversation, or undefined when they are not (or no longer) in it. */
export async function findActiveMembership(
  db: Db,
  conversationId: string,
  userId: string,
): Promise<ActiveMembership | undefined> {
  const row = await findMemberRow(db, conversationId, userId);
  if (!row || row.left_at !== null) return undefined;
  return { role: row.role, mutedUntil: row.muted_until, fromEpoch: row.from_epoch, toEpoch: row.to_epoch };
}

/**
 * The caller's membership, current or former (a former member still reads what they could see).
 * Anyone who was never a member learns nothing, not even that the conversation exists: 404.
 */
export async function requireMembership(db: Db, conversationId: string, userId: string): Promise<MemberRow> {
  const row = await findMemberRow(db, conversationId, userId);
  if (!row) throw notFound("Conversation");
  return row;
}

export const notAMemberAnyMore = () =>
  new AppError(403, "forbidden", "You are no longer a member of this conversation", [
    { field: "conversationId", reason: "not a current member" },
  ]);

/** For writes: only a current member; a former one gets 403, anyone else 404. */
export async function requireCurrentMember(db: Db, conversationId: string, userId: string): Promise<MemberRow> {
  const row = await requireMembership(db, conversationId, userId);
  if (row.left_at !== null) throw notAMemberAnyMore();
  return row;
}

/** The numbers a membership may see; a row that left without a recorded left_seq sees nothing new. */
export const windowOf = (row: Pick<MemberRow, "joined_seq" | "left_seq" | "left_at">): VisibleWindow => ({
  joinedSeq: Number(row.joined_seq),
  leftSeq: row.left_seq !== null ? Number(row.left_seq) : row.left_at !== null ? Number(row.joined_seq) : null,
});
