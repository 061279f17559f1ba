import { sql } from "kysely";
import type { Db, Executor } from "../../db/database.js";

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

/**
 * Whether a message the member can see (numbered after they joined, not deleted by its sender)
 * carries this attachment. A deleted message's file stops being served at once; the cleanup job
 * removes it later.
 */
export async function isCarriedAfter(db: Db, conversationId: string, attachmentId: string, joinedSeq: number) {
  const row = await db
    .selectFrom("conversation_events")
    .select("seq")
    .where("conversation_id", "=", conversationId)
    .where("seq", ">", joinedSeq)
    .where("deleted_at", "is", null)
    .where(sql<boolean>`attachment_ids @> ${JSON.stringify([attachmentId])}::jsonb`)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Whether no event still shows attachment `a`: none lists it, or only messages their sender deleted
 * (only messages carry attachments, and only their sender may delete them).
 */
const unreferenced = sql<boolean>`not exists (
  select 1 from conversation_events as e
  where e.conversation_id = a.conversation_id
    and e.deleted_at is null
    and e.attachment_ids @> jsonb_build_array(a.id)
)`;

/** Up to `limit` attachments uploaded before `cutoff` that no event shows, in id order after `afterId`. */
export async function findOrphanCandidates(db: Db, cutoff: Date, afterId: string | null, limit: number) {
  return db
    .selectFrom("message_attachments as a")
    .select(["a.id", "a.conversation_id"])
    .where("a.created_at", "<", cutoff)
    .$if(afterId !== null, (q) => q.where("a.id", ">", afterId as string))
    .where(unreferenced)
    .orderBy("a.id")
    .limit(limit)
    .execute();
}

/**
 * Takes the lock a send takes on its conversation (FOR UPDATE, as in messaging's batch writer), so no
 * send can attach one of its attachments while they are being removed. False when the conversation is gone.
 */
export async function lockConversationForCleanup(db: Executor, conversationId: string): Promise<boolean> {
  const row = await db
    .selectFrom("conversations")
    .select("id")
    .where("id", "=", conversationId)
    .forUpdate()
    .executeTakeFirst();
  return row !== undefined;
}

/** Of `ids`, those still unreferenced, read after the lock (its own statement) so a send committed just before counts. */
export async function findStillOrphaned(db: Executor, conversationId: string, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom("message_attachments as a")
    .select(["a.id", "a.storage_key"])
    .where("a.conversation_id", "=", conversationId)
    .where("a.id", "in", [...ids])
    .where(unreferenced)
    .orderBy("a.id")
    .execute();
}

export async function deleteAttachmentRows(db: Executor, ids: readonly string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const result = await db
    .deleteFrom("message_attachments")
    .where("id", "in", [...ids])
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** The storage keys recorded for a conversation's attachments (its folder's files that are known). */
export async function listStorageKeysIn(db: Db, conversationId: string): Promise<string[]> {
  const rows = await db
    .selectFrom("message_attachments")
    .select("storage_key")
    .where("conversation_id", "=", conversationId)
    .execute();
  return rows.map((r) => r.storage_key);
}

export async function conversationExists(db: Db, conversationId: string): Promise<boolean> {
  const row = await db.selectFrom("conversations").select("id").where("id", "=", conversationId).executeTakeFirst();
  return row !== undefined;
}
