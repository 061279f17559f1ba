import type { ExpressionBuilder, Selectable } from "kysely";
import type { Db } from "../../db/database.js";
import type { ConversationMembersTable, ConversationsTable, Database } from "../../db/schema.js";

export type GroupRow = Selectable<ConversationsTable>;
export type GroupMemberRow = Selectable<ConversationMembersTable>;

/** Relationship states in which a mentor still looks after the mentee (matching counts the same). */
const CURRENT_RELATIONSHIP = ["active", "paused"];

export async function insertGroup(db: Db, input: { title: string; createdBy: string; now: Date }): Promise<GroupRow> {
  return db
    .insertInto("conversations")
    .values({ kind: "group", title: input.title, created_by: input.createdBy, state: "open", created_at: input.now })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/**
 * New members read nothing until the next key epoch (the core sets from_epoch when it is made), and
 * see events numbered after `joinedSeq` (the conversation's last_seq as they join, read under its lock).
 */
export async function insertMembers(
  db: Db,
  conversationId: string,
  members: { userId: string; role: GroupMemberRow["role"] }[],
  now: Date,
  joinedSeq = 0,
): Promise<void> {
  if (members.length === 0) return;
  await db
    .insertInto("conversation_members")
    .values(
      members.map((m) => ({
        conversation_id: conversationId,
        user_id: m.userId,
        role: m.role,
        joined_at: now,
        joined_seq: joinedSeq,
      })),
    )
    .execute();
}

/** A former member who comes back starts afresh: a new join point, no epochs until the next key. */
export async function rejoinMember(db: Db, conversationId: string, userId: string, now: Date, joinedSeq: number) {
  await db
    .updateTable("conversation_members")
    .set({
      role: "member",
      joined_at: now,
      joined_seq: joinedSeq,
      left_at: null,
      left_seq: null,
      from_epoch: null,
      to_epoch: null,
      muted_until: null,
    })
    .where("conversation_id", "=", conversationId)
    .where("user_id", "=", userId)
    .execute();
}

/** Locks the conversation row so concurrent membership changes are counted one after another. */
export async function lockConversation(db: Db, id: string): Promise<GroupRow | undefined> {
  return db.selectFrom("conversations").selectAll().where("id", "=", id).forUpdate().executeTakeFirst();
}

export async function findMemberRow(
  db: Db,
  conversationId: string,
  userId: string,
): Promise<GroupMemberRow | undefined> {
  return db
    .selectFrom("conversation_members")
    .selectAll()
    .where("conversation_id", "=", conversationId)
    .where("user_id", "=", userId)
    .executeTakeFirst();
}

export async function countCurrentMembers(db: Db, conversationId: string): Promise<number> {
  const row = await db
    .selectFrom("conversation_members")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("conversation_id", "=", conversationId)
    .where("left_at", "is", null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Ends a membership where the log and the keys stand now (read under the conversation's lock): they
 * keep what they could see up to `lastSeq` and the current epoch, nothing after. The row stays.
 */
export async function endMembership(
  db: Db,
  conversationId: string,
  userId: string,
  at: { now: Date; lastSeq: number; lastEpoch: number | null },
): Promise<void> {
  await db
    .updateTable("conversation_members")
    .set({ left_at: at.now, left_seq: at.lastSeq, to_epoch: at.lastEpoch, muted_until: null })
    .where("conversation_id", "=", conversationId)
    .where("user_id", "=", userId)
    .where("left_at", "is", null)
    .execute();
}

export async function setMutedUntil(db: Db, conversationId: string, userId: string, until: Date | null) {
  await db
    .updateTable("conversation_members")
    .set({ muted_until: until })
    .where("conversation_id", "=", conversationId)
    .where("user_id", "=", userId)
    .execute();
}

export async function findDisplayName(db: Db, userId: string): Promise<string | undefined> {
  const row = await db.selectFrom("users").select("display_name").where("id", "=", userId).executeTakeFirst();
  return row?.display_name;
}

export interface CandidateRow {
  id: string;
  display_name: string;
  is_mentee_of_caller: boolean;
  is_mentor: boolean;
}

/**
 * Members a caller could add to a group, with what makes them eligible. Scope "mentor": only the
 * caller's current mentees and other mentors; "anyone": every member (staff). `ids` narrows to those
 * ids (checking a request); `q` filters by display name (the picker). Members leaving never show.
 */
export async function findCandidates(
  db: Db,
  callerId: string,
  filter: { scope: "mentor" | "anyone"; ids?: string[]; q?: string | undefined; limit: number },
): Promise<CandidateRow[]> {
  if (filter.ids && filter.ids.length === 0) return [];
  let query = db
    .selectFrom("users as u")
    .where("u.deletion_requested_at", "is", null)
    .where("u.id", "<>", callerId)
    .select((eb) => [
      "u.id",
      "u.display_name",
      menteeOf(eb, callerId).as("is_mentee_of_caller"),
      holdsMentorRole(eb).as("is_mentor"),
    ]);
  if (filter.scope === "mentor") query = query.where((eb) => eb.or([menteeOf(eb, callerId), holdsMentorRole(eb)]));
  if (filter.ids) query = query.where("u.id", "in", filter.ids);
  if (filter.q) query = query.where("u.display_name", "ilike", `%${escapeLike(filter.q)}%`);
  const rows = await query.orderBy("u.display_name").orderBy("u.id").limit(filter.limit).execute();
  return rows.map((r) => ({
    ...r,
    is_mentee_of_caller: Boolean(r.is_mentee_of_caller),
    is_mentor: Boolean(r.is_mentor),
  }));
}

type UsersEb = ExpressionBuilder<Database & { u: Database["users"] }, "u">;

function menteeOf(eb: UsersEb, mentorId: string) {
  return eb.exists(
    eb
      .selectFrom("relationships as r")
      .select("r.id")
      .whereRef("r.mentee_id", "=", "u.id")
      .where("r.mentor_id", "=", mentorId)
      .where("r.status", "in", CURRENT_RELATIONSHIP),
  );
}

function holdsMentorRole(eb: UsersEb) {
  return eb.exists(
    eb
      .selectFrom("user_roles as ur")
      .select("ur.user_id")
      .whereRef("ur.user_id", "=", "u.id")
      .where("ur.role", "=", "mentor"),
  );
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
