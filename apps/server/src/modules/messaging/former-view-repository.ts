import type { Db } from "../../db/database.js";

/**
 * What a former member's view needs beyond the live rows: when their last visible event was stored,
 * and when the devices they could know of were registered or revoked.
 */

/** When each of these (conversation, seq) events was stored, keyed `${conversationId}|${seq}`. */
export async function findEventTimes(
  db: Db,
  keys: readonly { conversationId: string; seq: number }[],
): Promise<Map<string, Date>> {
  const wanted = keys.filter((k) => k.seq > 0);
  if (wanted.length === 0) return new Map();
  const rows = await db
    .selectFrom("conversation_events")
    .select(["conversation_id", "seq", "created_at"])
    .where((eb) =>
      eb.or(wanted.map((k) => eb.and([eb("conversation_id", "=", k.conversationId), eb("seq", "=", k.seq)]))),
    )
    .execute();
  return new Map(rows.map((r) => [`${r.conversation_id}|${Number(r.seq)}`, r.created_at]));
}

export async function findDeviceDates(
  db: Db,
  deviceIds: readonly string[],
): Promise<Map<string, { created_at: Date; revoked_at: Date | null }>> {
  if (deviceIds.length === 0) return new Map();
  const rows = await db
    .selectFrom("messaging_devices")
    .select(["id", "created_at", "revoked_at"])
    .where("id", "in", [...deviceIds])
    .execute();
  return new Map(rows.map((r) => [r.id, { created_at: r.created_at, revoked_at: r.revoked_at }]));
}
