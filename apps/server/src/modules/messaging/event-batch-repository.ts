import { type Insertable, sql } from "kysely";
import type { Db } from "../../db/database.js";
import type { ConversationEventsTable } from "../../db/schema.js";
import type { EventRow } from "./events-repository.js";

/**
 * The SQL of one group commit (event-writer.ts): every query here serves a whole batch of sends,
 * so a batch costs the same handful of round trips whether it holds one event or hundreds.
 */

export interface LockedConversation {
  id: string;
  kind: "pair" | "group";
  state: "open" | "read_only";
  current_epoch: number | null;
  rekey_needed: boolean;
  relationship_status: string | null;
}

/**
 * Locks the batch's conversations in id order (every writer of conversation rows that locks several
 * does so in this order, so batches never deadlock one another) and reads what decides a send.
 */
export async function lockConversationsForSend(db: Db, ids: readonly string[]): Promise<LockedConversation[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom("conversations as c")
    .leftJoin("relationships as r", "r.id", "c.relationship_id")
    .select(["c.id", "c.kind", "c.state", "c.current_epoch", "c.rekey_needed", "r.status as relationship_status"])
    .where("c.id", "in", [...ids])
    .orderBy("c.id")
    .forUpdate("c")
    .execute();
}

/** Every membership (current and former) of the batch's conversations. */
export async function listMembershipsForSend(db: Db, conversationIds: readonly string[]) {
  if (conversationIds.length === 0) return [];
  return db
    .selectFrom("conversation_members")
    .select(["conversation_id", "user_id", "joined_seq", "left_at", "muted_until"])
    .where("conversation_id", "in", [...conversationIds])
    .execute();
}

/**
 * The stored events of these (conversation, sender, client id) triples: a retried send finds its first
 * copy. Joined against a VALUES list so each triple is one probe of the client-id index, however
 * long the log has grown.
 */
export async function findEventsByClientIds(
  db: Db,
  keys: readonly { conversationId: string; senderId: string; clientId: string }[],
): Promise<EventRow[]> {
  if (keys.length === 0) return [];
  const values = sql.join(keys.map((k) => sql`(${k.conversationId}::uuid, ${k.senderId}::uuid, ${k.clientId}::uuid)`));
  const result = await sql<EventRow>`
    select e.* from conversation_events as e
    join (values ${values}) as k(conversation_id, sender_id, client_id)
      on e.conversation_id = k.conversation_id and e.sender_id = k.sender_id and e.client_id = k.client_id
    where e.client_id is not null`.execute(db);
  return result.rows;
}

/** Events by (conversation, seq): the targets of edits, reactions and deletes. */
export async function findEventsBySeq(
  db: Db,
  conversationIds: readonly string[],
  seqs: readonly number[],
): Promise<Pick<EventRow, "conversation_id" | "seq" | "kind" | "sender_id" | "deleted_at">[]> {
  if (conversationIds.length === 0 || seqs.length === 0) return [];
  return db
    .selectFrom("conversation_events")
    .select(["conversation_id", "seq", "kind", "sender_id", "deleted_at"])
    .where("conversation_id", "in", [...conversationIds])
    .where("seq", "in", [...seqs])
    .execute();
}

export async function findAttachments(
  db: Db,
  ids: readonly string[],
): Promise<{ id: string; conversation_id: string; uploader_id: string }[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom("message_attachments")
    .select(["id", "conversation_id", "uploader_id"])
    .where("id", "in", [...ids])
    .execute();
}

/** Reserves `n` numbers per conversation in one statement; returns each conversation's new last seq. */
export async function reserveSeqs(
  db: Db,
  counts: ReadonlyMap<string, number>,
  now: Date,
): Promise<Map<string, number>> {
  if (counts.size === 0) return new Map();
  const values = sql.join([...counts].map(([id, n]) => sql`(${id}::uuid, ${n}::bigint)`));
  const result = await sql<{ id: string; last_seq: number | string }>`
    update conversations as c
    set last_seq = c.last_seq + v.n, last_event_at = ${now}
    from (values ${values}) as v(id, n)
    where c.id = v.id
    returning c.id, c.last_seq`.execute(db);
  return new Map(result.rows.map((r) => [r.id, Number(r.last_seq)]));
}

export async function insertEvents(db: Db, rows: readonly Insertable<ConversationEventsTable>[]): Promise<EventRow[]> {
  if (rows.length === 0) return [];
  return db
    .insertInto("conversation_events")
    .values([...rows])
    .returningAll()
    .execute();
}

/**
 * A sender deleted their message: its ciphertext (and its edits') goes; the commitment stays, so a
 * report of what a reader saw still verifies.
 */
export async function wipeMessage(db: Db, conversationId: string, seq: number, now: Date): Promise<void> {
  await db
    .updateTable("conversation_events")
    .set({ ciphertext: null, nonce: null, signature: null, deleted_at: now })
    .where("conversation_id", "=", conversationId)
    .where((eb) => eb.or([eb("seq", "=", seq), eb.and([eb("kind", "=", "edit"), eb("target_seq", "=", seq)])]))
    .execute();
}
