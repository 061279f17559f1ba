import { type Selectable, sql } from "kysely";
import type { Db } from "../../db/database.js";
import type { ConversationMembersTable } from "../../db/schema.js";

export type MemberRow = Selectable<ConversationMembersTable>;
export type NamedMemberRow = MemberRow & { display_name: string };

/** The member's row in the conversation, current or former. */
export async function findMemberRow(db: Db, conversationId: string, userId: string): Promise<MemberRow | undefined> {
  return db
    .selectFrom("conversation_members")
    .selectAll()
    .where("conversation_id", "=", conversationId)
    .where("user_id", "=", userId)
    .executeTakeFirst();
}

/** Every member row (current and former) of these conversations, with display names, by join time. */
export async function listMembersOf(db: Db, conversationIds: readonly string[]): Promise<NamedMemberRow[]> {
  if (conversationIds.length === 0) return [];
  return db
    .selectFrom("conversation_members as m")
    .innerJoin("users as u", "u.id", "m.user_id")
    .selectAll("m")
    .select("u.display_name")
    .where("m.conversation_id", "in", [...conversationIds])
    .orderBy("m.joined_at")
    .orderBy("m.user_id")
    .execute();
}

export async function listCurrentMemberIds(db: Db, conversationId: string): Promise<string[]> {
  const rows = await db
    .selectFrom("conversation_members")
    .select("user_id")
    .where("conversation_id", "=", conversationId)
    .where("left_at", "is", null)
    .execute();
  return rows.map((r) => r.user_id);
}

/** The conversations the member is in now. */
export async function listCurrentConversationIdsOf(db: Db, userId: string): Promise<string[]> {
  const rows = await db
    .selectFrom("conversation_members")
    .select("conversation_id")
    .where("user_id", "=", userId)
    .where("left_at", "is", null)
    .execute();
  return rows.map((r) => r.conversation_id);
}

/** The (conversation, member) pairs that already have a row, current or former. */
export async function listMemberKeys(
  db: Db,
  conversationIds: readonly string[],
): Promise<{ conversation_id: string; user_id: string }[]> {
  if (conversationIds.length === 0) return [];
  return db
    .selectFrom("conversation_members")
    .select(["conversation_id", "user_id"])
    .where("conversation_id", "in", [...conversationIds])
    .execute();
}

/** New members; `joinedSeq` is the conversation's last_seq read under its row lock in the same transaction. */
export async function insertMembers(
  db: Db,
  rows: readonly {
    conversationId: string;
    userId: string;
    role: MemberRow["role"];
    joinedAt: Date;
    joinedSeq: number;
  }[],
): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto("conversation_members")
    .values(
      rows.map((r) => ({
        conversation_id: r.conversationId,
        user_id: r.userId,
        role: r.role,
        joined_at: r.joinedAt,
        joined_seq: r.joinedSeq,
      })),
    )
    .onConflict((oc) => oc.columns(["conversation_id", "user_id"]).doNothing())
    .execute();
}

/** Current members with no first epoch yet start reading at this one. */
export async function startMembersAtEpoch(db: Db, conversationId: string, epoch: number): Promise<void> {
  await db
    .updateTable("conversation_members")
    .set({ from_epoch: epoch })
    .where("conversation_id", "=", conversationId)
    .where("left_at", "is", null)
    .where("from_epoch", "is", null)
    .execute();
}

/** Moves the member's read mark forward, never back and never past the last event; returns the new mark. */
export async function advanceReadMark(
  db: Db,
  conversationId: string,
  userId: string,
  seq: number,
): Promise<number | undefined> {
  const row = await db
    .updateTable("conversation_members as m")
    .from("conversations as c")
    .set({ last_read_seq: sql<number>`greatest(m.last_read_seq, least(${seq}::bigint, c.last_seq))` })
    .whereRef("c.id", "=", "m.conversation_id")
    .where("m.conversation_id", "=", conversationId)
    .where("m.user_id", "=", userId)
    .returning(["m.last_read_seq as after"])
    .executeTakeFirst();
  return row ? Number(row.after) : undefined;
}

/**
 * Per conversation: messages from others after the member's read mark and after they joined (by
 * number). A former member has nothing unread: their view stands still where they left.
 */
export async function countUnread(
  db: Db,
  userId: string,
  conversationIds: readonly string[],
): Promise<Map<string, number>> {
  if (conversationIds.length === 0) return new Map();
  const rows = await db
    .selectFrom("conversation_events as e")
    .innerJoin("conversation_members as m", (join) =>
      join.onRef("m.conversation_id", "=", "e.conversation_id").on("m.user_id", "=", userId),
    )
    .select(["e.conversation_id", (eb) => eb.fn.countAll<number>().as("n")])
    .where("e.conversation_id", "in", [...conversationIds])
    .where("e.kind", "=", "message")
    .where("e.deleted_at", "is", null)
    .whereRef("e.seq", ">", "m.last_read_seq")
    .where((eb) => eb.or([eb("e.sender_id", "is", null), eb("e.sender_id", "<>", userId)]))
    .whereRef("e.seq", ">", "m.joined_seq")
    .where("m.left_at", "is", null)
    .groupBy("e.conversation_id")
    .execute();
  return new Map(rows.map((r) => [r.conversation_id, Number(r.n)]));
}
