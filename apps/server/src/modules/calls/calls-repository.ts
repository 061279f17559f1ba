import type { Executor } from "../../db/database.js";
import type { CallsTable } from "../../db/messaging-schema.js";

export interface CallRow {
  id: string;
  conversation_id: string;
  caller_id: string;
  callee_id: string;
  media: "audio" | "video";
  started_at: Date;
  answered_at: Date | null;
  ended_at: Date | null;
  end_reason: string | null;
}
type CallsColumns = keyof CallsTable;
const COLUMNS: CallsColumns[] = [
  "id",
  "conversation_id",
  "caller_id",
  "callee_id",
  "media",
  "started_at",
  "answered_at",
  "ended_at",
  "end_reason",
];

/** A conversation with its current members (left_at null), or undefined when it does not exist. */
export async function findConversationWithMembers(
  db: Executor,
  conversationId: string,
): Promise<{ kind: "pair" | "group"; state: "open" | "read_only"; memberIds: string[] } | undefined> {
  const conversation = await db
    .selectFrom("conversations")
    .select(["kind", "state"])
    .where("id", "=", conversationId)
    .executeTakeFirst();
  if (!conversation) return undefined;
  const members = await db
    .selectFrom("conversation_members")
    .select("user_id")
    .where("conversation_id", "=", conversationId)
    .where("left_at", "is", null)
    .execute();
  return { ...conversation, memberIds: members.map((m) => m.user_id) };
}

export async function findDisplayName(db: Executor, userId: string): Promise<string | undefined> {
  const row = await db.selectFrom("users").select("display_name").where("id", "=", userId).executeTakeFirst();
  return row?.display_name;
}

/** Locks both members' user rows (in id order, so two invites cannot deadlock) for the busy check. */
export async function lockUsers(db: Executor, userIds: string[]): Promise<void> {
  await db.selectFrom("users").select("id").where("id", "in", userIds).orderBy("id").forUpdate().execute();
}

/**
 * Whether the member is in a call that has not ended: answered and started within `answeredSince`,
 * or still ringing since `ringingSince`. The bounds keep a call orphaned by a crashed process from
 * making its members busy for ever.
 */
export async function hasLiveCall(
  db: Executor,
  userId: string,
  bounds: { ringingSince: Date; answeredSince: Date },
): Promise<boolean> {
  const row = await db
    .selectFrom("calls")
    .select("id")
    .where("ended_at", "is", null)
    .where((eb) => eb.or([eb("caller_id", "=", userId), eb("callee_id", "=", userId)]))
    .where((eb) =>
      eb.or([
        eb.and([eb("answered_at", "is not", null), eb("started_at", ">", bounds.answeredSince)]),
        eb("started_at", ">", bounds.ringingSince),
      ]),
    )
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertCall(
  db: Executor,
  values: Omit<CallRow, "id" | "answered_at" | "ended_at" | "end_reason"> &
    Partial<Pick<CallRow, "ended_at" | "end_reason">>,
): Promise<CallRow> {
  return db.insertInto("calls").values(values).returning(COLUMNS).executeTakeFirstOrThrow();
}

export async function findCall(db: Executor, callId: string): Promise<CallRow | undefined> {
  return db.selectFrom("calls").select(COLUMNS).where("id", "=", callId).executeTakeFirst();
}

/** Sets answered_at once, on a call that is still ringing; returns whether it did. */
export async function markAnswered(db: Executor, callId: string, at: Date): Promise<boolean> {
  const result = await db
    .updateTable("calls")
    .set({ answered_at: at })
    .where("id", "=", callId)
    .where("answered_at", "is", null)
    .where("ended_at", "is", null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/**
 * Ends a call that has not ended yet; returns the row, or undefined when it had already ended (so
 * two enders racing record one reason). `onlyUnanswered` is for the missed-call timer.
 */
export async function endCall(
  db: Executor,
  callId: string,
  reason: string,
  at: Date,
  onlyUnanswered = false,
): Promise<CallRow | undefined> {
  let query = db
    .updateTable("calls")
    .set({ ended_at: at, end_reason: reason })
    .where("id", "=", callId)
    .where("ended_at", "is", null);
  if (onlyUnanswered) query = query.where("answered_at", "is", null);
  return query.returning(COLUMNS).executeTakeFirst();
}

/**
 * The conversation's calls that rang out while no process was watching them (the inviting process
 * stopped): recorded as missed at the end of their ringing time.
 */
export async function endStaleRings(
  db: Executor,
  conversationId: string,
  startedBefore: Date,
  ringMs: number,
): Promise<void> {
  const stale = await db
    .selectFrom("calls")
    .select(["id", "started_at"])
    .where("conversation_id", "=", conversationId)
    .where("ended_at", "is", null)
    .where("answered_at", "is", null)
    .where("started_at", "<", startedBefore)
    .execute();
  for (const call of stale) {
    await endCall(db, call.id, "missed", new Date(call.started_at.getTime() + ringMs), true);
  }
}

/**
 * Calls with no recorded end that no longer count as live (hasLiveCall's complement): still
 * ringing since `ringingSince` or earlier, or answered and started `answeredSince` or earlier.
 * Oldest first, at most `limit`.
 */
export async function findStaleCalls(
  db: Executor,
  bounds: { ringingSince: Date; answeredSince: Date },
  limit: number,
): Promise<CallRow[]> {
  return db
    .selectFrom("calls")
    .select(COLUMNS)
    .where("ended_at", "is", null)
    .where((eb) =>
      eb.or([
        eb.and([eb("answered_at", "is", null), eb("started_at", "<=", bounds.ringingSince)]),
        eb.and([eb("answered_at", "is not", null), eb("started_at", "<=", bounds.answeredSince)]),
      ]),
    )
    .orderBy("started_at")
    .limit(limit)
    .execute();
}

export async function listCalls(db: Executor, conversationId: string, limit: number): Promise<CallRow[]> {
  return db
    .selectFrom("calls")
    .select(COLUMNS)
    .where("conversation_id", "=", conversationId)
    .orderBy("started_at", "desc")
    .orderBy("id", "desc")
    .limit(limit)
    .execute();
}
