import { sql } from "kysely";
import type { Db } from "../../db/database.js";

/**
 * The caller's current membership of a conversation with the conversation's state; undefined when
 * not a member. A pair is open only while its relationship is active or paused (the messaging
 * module's rule; its stored state may lag until a member next lists conversations).
 */
export async function findCurrentMembership(db: Db, conversationId: string, userId: string) {
  return db
    .selectFrom("conversation_members as m")
    .innerJoin("conversations as c", "c.id", "m.conversation_id")
    .leftJoin("relationships as r", "r.id", "c.relationship_id")
    .select([
      sql<
        "open" | "read_only"
      >`case when c.kind = 'pair' and r.status not in ('active', 'paused') then 'read_only' else c.state end`.as(
        "state",
      ),
      "m.joined_seq",
    ])
    .where("m.conversation_id", "=", conversationId)
    .where("m.user_id", "=", userId)
    .where("m.left_at", "is", null)
    .executeTakeFirst();
}

export async function insertAttachment(
  db: Db,
  row: { conversationId: string; uploaderId: string; size: number; storageKey: string; now: Date },
): Promise<string> {
  const inserted = await db
    .insertInto("message_attachments")
    .values({
      conversation_id: row.conversationId,
      uploader_id: row.uploaderId,
      size: row.size,
      storage_key: row.storageKey,
      created_at: row.now,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return inserted.id;
}

export async function findAttachment(db: Db, conversationId: string, id: string) {
  return db
    .selectFrom("message_attachments")
    .select(["id", "uploader_id", "size", "storage_key", "created_at"])
    .where("conversation_id", "=", conversationId)
    .where("id", "=", id)
    .executeTakeFirst();
}

/** Whether an event the member can see (numbered after they joined) carries this attachment. */
export async function isCarriedAfter(db: Db, conversationId: string, attachmentId: string, joinedSeq: number) {
  const row = await db
    .selectFrom("conversation_events")
    .select("seq")
    .where("conversation_id", "=", conversationId)
    .where("seq", ">", joinedSeq)
    .where(sql<boolean>`attachment_ids @> ${JSON.stringify([attachmentId])}::jsonb`)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}
