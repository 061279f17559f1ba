import { sql } from "kysely";
import type { Db } from "../../db/database.js";
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
  last_seq: number | string;
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
    .select([
      "c.id",
      "c.kind",
      "c.state",
      "c.current_epoch",
      "c.rekey_needed",
      "r.status as relationship_status",
      "c.last_seq",
    ])
    .where("c.id", "in", [...ids])
    .orderBy("c.id")
    .forUpdate("c")
    .execute();
}

export interface BatchLookups {
  /** Every membership (current and former) of the batch's conversations. */
  memberships: {
    conversation_id: string;
    user_id: string;
    joined_seq: number;
    left_at: Date | null;
    muted_until: Date | null;
  }[];
  /** Ids of events already stored under one of the batch's (conversation, sender, client id) triples. */
  duplicateIds: string[];
  devices: { id: string; user_id: string; revoked_at: Date | null }[];
  /** Events by (conversation, seq): the targets of edits, reactions and deletes. */
  targets: Pick<EventRow, "conversation_id" | "seq" | "kind" | "sender_id" | "deleted_at">[];
  attachments: { id: string; conversation_id: string; uploader_id: string }[];
}

export interface BatchWanted {
  conversationIds: readonly string[];
  clientKeys: readonly { conversationId: string; senderId: string; clientId: string }[];
  deviceIds: readonly string[];
  targetConversationIds: readonly string[];
  targetSeqs: readonly number[];
  attachmentIds: readonly string[];
}

const EMPTY = sql<unknown>`'[]'::json`;
const list = (values: readonly (string | number)[]) => sql.join(values.map((v) => sql`${v}`));
/** A subquery's rows as one JSON array (empty when there is nothing to look up). */
const rowsAsJson = (wanted: boolean, query: () => ReturnType<typeof sql>) =>
  wanted ? sql`(select coalesce(json_agg(q), '[]'::json) from (${query()}) as q)` : EMPTY;
const date = (value: unknown) => (value === null || value === undefined ? null : new Date(value as string));

/**
 * Everything the rules need about a batch, in one round trip (pg does not pipeline, so five queries
 * cost five waits): memberships, retries by client id, devices, targets and attachments, each a
 * subquery aggregated to JSON. Run after the conversations are locked, as its own statement, so it
 * sees every change committed before the lock was granted. A retried client id probes its index once
 * per triple (joined against a VALUES list), however long the log has grown.
 */
export async function loadBatchLookups(db: Db, wanted: BatchWanted): Promise<BatchLookups> {
  const { conversationIds, clientKeys, deviceIds, targetConversationIds, targetSeqs, attachmentIds } = wanted;
  const triples = sql.join(
    clientKeys.map((k) => sql`(${k.conversationId}::uuid, ${k.senderId}::uuid, ${k.clientId}::uuid)`),
  );
  const result = await sql<Record<keyof BatchLookups, Record<string, unknown>[]>>`select
    ${rowsAsJson(
      conversationIds.length > 0,
      () => sql`select conversation_id, user_id, joined_seq, left_at, muted_until
      from conversation_members where conversation_id in (${list(conversationIds)})`,
    )} as memberships,
    ${rowsAsJson(
      clientKeys.length > 0,
      () => sql`select e.id from conversation_events as e
      join (values ${triples}) as k(conversation_id, sender_id, client_id)
        on e.conversation_id = k.conversation_id and e.sender_id = k.sender_id and e.client_id = k.client_id
      where e.client_id is not null`,
    )} as "duplicateIds",
    ${rowsAsJson(
      deviceIds.length > 0,
      () => sql`select id, user_id, revoked_at
      from messaging_devices where id in (${list(deviceIds)})`,
    )} as devices,
    ${rowsAsJson(
      targetConversationIds.length > 0 && targetSeqs.length > 0,
      () => sql`select conversation_id, seq, kind, sender_id, deleted_at
      from conversation_events where conversation_id in (${list(targetConversationIds)}) and seq in (${list(targetSeqs)})`,
    )} as targets,
    ${rowsAsJson(
      attachmentIds.length > 0,
      () => sql`select id, conversation_id, uploader_id
      from message_attachments where id in (${list(attachmentIds)})`,
    )} as attachments`.execute(db);
  const row = result.rows[0] as Record<keyof BatchLookups, Record<string, unknown>[]>;
  const json = (value: unknown) => (typeof value === "string" ? JSON.parse(value) : value) as Record<string, unknown>[];
  return {
    memberships: json(row.memberships).map((m) => ({
      conversation_id: m.conversation_id as string,
      user_id: m.user_id as string,
      joined_seq: Number(m.joined_seq),
      left_at: date(m.left_at),
      muted_until: date(m.muted_until),
    })),
    duplicateIds: json(row.duplicateIds).map((d) => d.id as string),
    devices: json(row.devices).map((d) => ({
      id: d.id as string,
      user_id: d.user_id as string,
      revoked_at: date(d.revoked_at),
    })),
    targets: json(row.targets).map((t) => ({
      conversation_id: t.conversation_id as string,
      seq: Number(t.seq),
      kind: t.kind as EventRow["kind"],
      sender_id: (t.sender_id as string | null) ?? null,
      deleted_at: date(t.deleted_at),
    })),
    attachments: json(row.attachments) as BatchLookups["attachments"],
  };
}

/** Whole stored events by id: the first copies that retried sends are answered with (rare). */
export async function findEventsByIds(db: Db, ids: readonly string[]): Promise<EventRow[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom("conversation_events")
    .selectAll()
    .where("id", "in", [...ids])
    .execute();
}

/**
 * Numbers are known under the lock (`lastSeqs`: each conversation's last_seq after this batch), so the
 * bump of last_seq and the insert go as one statement (a data-modifying CTE always runs in full). The
 * rows travel as one array per column through unnest: 16 parameters instead of 15 per row, far less
 * to build, send and parse for a batch of hundreds. Returns only the generated ids (by conversation and
 * seq): the rest of each event is what the batch sent, so no ciphertext makes the round trip back.
 */
export async function insertNumberedEvents(
  db: Db,
  rows: readonly EventRow[],
  lastSeqs: ReadonlyMap<string, number>,
  now: Date,
): Promise<Map<string, string>> {
  if (rows.length === 0) return new Map();
  const column = <T>(pick: (row: EventRow) => T) => rows.map(pick);
  const result = await sql<{ id: string; conversation_id: string; seq: number | string }>`
    with bump as (
      update conversations as c set last_seq = v.last_seq, last_event_at = ${now}
      from unnest(${[...lastSeqs.keys()]}::uuid[], ${[...lastSeqs.values()]}::bigint[]) as v(id, last_seq)
      where c.id = v.id
      returning c.id
    )
    insert into conversation_events (conversation_id, seq, kind, sender_id, sender_device_id, client_id, epoch,
      nonce, ciphertext, commitment, signature, target_seq, attachment_ids, system, created_at)
    select u.conversation_id, u.seq, u.kind, u.sender_id, u.sender_device_id, u.client_id, u.epoch, u.nonce,
      u.ciphertext, u.commitment, u.signature, u.target_seq, u.attachment_ids::jsonb, u.system::jsonb, ${now}
    from unnest(
      ${column((r) => r.conversation_id)}::uuid[], ${column((r) => r.seq)}::bigint[], ${column((r) => r.kind)}::text[],
      ${column((r) => r.sender_id)}::uuid[], ${column((r) => r.sender_device_id)}::uuid[],
      ${column((r) => r.client_id)}::uuid[], ${column((r) => r.epoch)}::integer[], ${column((r) => r.nonce)}::text[],
      ${column((r) => r.ciphertext)}::text[], ${column((r) => r.commitment)}::text[],
      ${column((r) => r.signature)}::text[], ${column((r) => r.target_seq)}::bigint[],
      ${column((r) => JSON.stringify(r.attachment_ids))}::text[],
      ${column((r) => (r.system === null ? null : JSON.stringify(r.system)))}::text[]
    ) as u(conversation_id, seq, kind, sender_id, sender_device_id, client_id, epoch, nonce, ciphertext,
      commitment, signature, target_seq, attachment_ids, system)
    returning id, conversation_id, seq`.execute(db);
  return new Map(result.rows.map((r) => [`${r.conversation_id}|${Number(r.seq)}`, r.id]));
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
