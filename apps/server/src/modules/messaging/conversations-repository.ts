import { type Selectable, sql } from "kysely";
import type { Db } from "../../db/database.js";
import type { ConversationsTable } from "../../db/schema.js";

/** A conversation with its relationship's status (pairs only), which decides whether it is open. */
export type ConversationRow = Selectable<ConversationsTable> & { relationship_status: string | null };

function withRelationship(db: Db) {
  return db
    .selectFrom("conversations as c")
    .leftJoin("relationships as r", "r.id", "c.relationship_id")
    .selectAll("c")
    .select("r.status as relationship_status");
}

export async function findConversation(db: Db, id: string): Promise<ConversationRow | undefined> {
  return withRelationship(db).where("c.id", "=", id).executeTakeFirst();
}

export async function findConversations(db: Db, ids: readonly string[]): Promise<ConversationRow[]> {
  if (ids.length === 0) return [];
  return withRelationship(db)
    .where("c.id", "in", [...ids])
    .execute();
}

/** Locks the conversation row until the transaction ends: key epochs and event numbers change under it. */
export async function lockConversation(db: Db, id: string): Promise<ConversationRow | undefined> {
  await db.selectFrom("conversations").select("id").where("id", "=", id).forUpdate().executeTakeFirst();
  return findConversation(db, id);
}

/** Locks these conversations in id order (the event writer's order) and reads their last numbers. */
export async function lockLastSeqs(db: Db, ids: readonly string[]): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom("conversations")
    .select(["id", "last_seq"])
    .where("id", "in", [...ids])
    .orderBy("id")
    .forUpdate()
    .execute();
  return new Map(rows.map((r) => [r.id, Number(r.last_seq)]));
}

/** The relationships a member is in, as mentee or mentor, with their status. */
export async function listRelationshipsOf(
  db: Db,
  userId: string,
): Promise<{ id: string; mentee_id: string; mentor_id: string; status: string }[]> {
  return db
    .selectFrom("relationships")
    .select(["id", "mentee_id", "mentor_id", "status"])
    .where((eb) => eb.or([eb("mentee_id", "=", userId), eb("mentor_id", "=", userId)]))
    .execute();
}

/** One pair conversation per relationship; a second caller racing this one inserts nothing. */
export async function insertPairConversations(
  db: Db,
  rows: readonly { relationshipId: string; state: "open" | "read_only" }[],
  now: Date,
): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto("conversations")
    .values(
      rows.map((r) => ({
        kind: "pair" as const,
        relationship_id: r.relationshipId,
        state: r.state,
        created_at: now,
      })),
    )
    .onConflict((oc) => oc.column("relationship_id").doNothing())
    .execute();
}

export async function findPairConversations(
  db: Db,
  relationshipIds: readonly string[],
): Promise<{ id: string; relationship_id: string | null; state: "open" | "read_only" }[]> {
  if (relationshipIds.length === 0) return [];
  return db
    .selectFrom("conversations")
    .select(["id", "relationship_id", "state"])
    .where("relationship_id", "in", [...relationshipIds])
    .execute();
}

export async function setConversationState(db: Db, id: string, state: "open" | "read_only"): Promise<void> {
  await db.updateTable("conversations").set({ state }).where("id", "=", id).execute();
}

/** The next key epoch must be made before anyone sends new ciphertext. */
export async function markRekeyNeeded(db: Db, conversationId: string): Promise<void> {
  await db.updateTable("conversations").set({ rekey_needed: true }).where("id", "=", conversationId).execute();
}

/**
 * Marks every conversation the member currently belongs to; returns their ids. Rows are locked in
 * id order first, the order the event writer locks them in, so the two cannot deadlock.
 */
export async function markRekeyNeededForMember(db: Db, userId: string): Promise<string[]> {
  const rows = await db
    .updateTable("conversations")
    .set({ rekey_needed: true })
    .where(
      "id",
      "in",
      db
        .selectFrom("conversations as c")
        .innerJoin("conversation_members as m", "m.conversation_id", "c.id")
        .select("c.id")
        .where("m.user_id", "=", userId)
        .where("m.left_at", "is", null)
        .orderBy("c.id")
        .forUpdate(),
    )
    .returning("id")
    .execute();
  return rows.map((r) => r.id);
}

/** Sets the new epoch as current and clears the rekey flag. */
export async function setCurrentEpoch(db: Db, conversationId: string, epoch: number): Promise<void> {
  await db
    .updateTable("conversations")
    .set({ current_epoch: epoch, rekey_needed: false })
    .where("id", "=", conversationId)
    .execute();
}

/**
 * The caller's memberships (current and former) with their conversations, most recent activity
 * first; a former membership counts from when they left (later activity is none of their business).
 */
export async function listMembershipsOf(db: Db, userId: string) {
  return db
    .selectFrom("conversation_members as m")
    .innerJoin("conversations as c", "c.id", "m.conversation_id")
    .leftJoin("relationships as r", "r.id", "c.relationship_id")
    .selectAll("c")
    .select([
      "r.status as relationship_status",
      "m.role",
      "m.joined_at",
      "m.left_at",
      "m.muted_until",
      "m.last_read_seq",
      "m.from_epoch",
      "m.to_epoch",
    ])
    .where("m.user_id", "=", userId)
    .orderBy(sql`case when m.left_at is null then coalesce(c.last_event_at, c.created_at) else m.left_at end`, "desc")
    .orderBy("c.id")
    .execute();
}
