import type { SendEventRequest, SystemNotice } from "@mentalverse/shared";
import type { Db } from "../../db/database.js";
import type { Clock } from "../../lib/clock.js";
import { AppError, notFound } from "../../lib/errors.js";
import type { LockedConversation } from "./event-batch-repository.js";
import {
  findEventsByIds,
  insertNumberedEvents,
  loadBatchLookups,
  lockConversationsForSend,
  wipeMessage,
} from "./event-batch-repository.js";
import type { EventRow } from "./events-repository.js";
import { checkKnown, checkSend, type SendFacts } from "./send-rules.js";

export type WriteItem =
  | { type: "send"; conversationId: string; userId: string; input: SendEventRequest }
  | { type: "system"; conversationId: string; notice: SystemNotice };

/** Per item: the stored event (new, or the first copy of a retry) and whom to push it to; or why not. */
export type ItemResult =
  | { ok: true; row: EventRow; created: boolean; pushTo: string[] }
  | { ok: false; error: AppError };

const key = (...parts: (string | number | null | undefined)[]) => parts.join("|");
const unique = <T>(values: Iterable<T>) => [...new Set(values)];

/**
 * One transaction's worth of sends and system notices: locks the conversations (reading their last
 * numbers), loads everything the rules need in one query, numbers the accepted events 1, 2, 3... per
 * conversation, and bumps last_seq and stores them in one statement: five round trips with BEGIN and
 * COMMIT whatever the batch holds (one more when it holds retries, one per delete). A refused item gets its own error and takes no number; a
 * database failure throws and takes the whole batch with it (nothing was acknowledged). The batch's
 * time is read once the locks are held, so created_at follows seq across batches of this process.
 */
export async function storeEventBatch(trx: Db, items: readonly WriteItem[], clock: Clock): Promise<ItemResult[]> {
  const sends = items.filter((i): i is Extract<WriteItem, { type: "send" }> => i.type === "send");
  const conversationIds = unique(items.map((i) => i.conversationId)).sort();
  const targetsWanted = sends.filter((s) => s.input.targetSeq !== undefined);
  const locked = await lockConversationsForSend(trx, conversationIds);
  // Read after the locks are granted (a statement of its own), so it sees every change committed before.
  const { memberships, duplicateIds, devices, targets, attachments } = await loadBatchLookups(trx, {
    conversationIds,
    clientKeys: sends.map((s) => ({
      conversationId: s.conversationId,
      senderId: s.userId,
      clientId: s.input.clientId,
    })),
    deviceIds: unique(sends.map((s) => s.input.senderDeviceId)),
    targetConversationIds: unique(targetsWanted.map((s) => s.conversationId)),
    targetSeqs: unique(targetsWanted.map((s) => s.input.targetSeq as number)),
    attachmentIds: unique(sends.flatMap((s) => s.input.attachmentIds ?? [])),
  });
  const duplicates = await findEventsByIds(trx, duplicateIds);
  const now = clock.now();
  const conversationOf = new Map(locked.map((c) => [c.id, c]));
  const membershipOf = new Map(memberships.map((m) => [key(m.conversation_id, m.user_id), m]));
  const currentMembers = (conversationId: string) =>
    memberships.filter((m) => m.conversation_id === conversationId && m.left_at === null).map((m) => m.user_id);
  const stored = new Map(duplicates.map((e) => [key(e.conversation_id, e.sender_id, e.client_id), e]));
  const deviceOf = new Map(devices.map((d) => [d.id, d]));
  const targetOf = new Map(targets.map((t) => [key(t.conversation_id, t.seq), { ...t }]));
  const attachmentOf = new Map(attachments.map((a) => [a.id, a]));

  const results: (ItemResult | { accepted: number } | { sameAs: number })[] = [];
  const accepted: EventRow[] = [];
  const firstInBatch = new Map<string, number>();
  const wipes: { conversationId: string; seq: number }[] = [];
  for (const item of items) {
    try {
      if (item.type === "system") {
        if (!conversationOf.has(item.conversationId)) throw notFound("Conversation");
        results.push({ accepted: accepted.push(systemRow(item, now)) - 1 });
        continue;
      }
      const { conversationId, userId, input } = item;
      const facts: SendFacts = {
        userId,
        input,
        now,
        conversation: conversationOf.get(conversationId),
        membership: membershipOf.get(key(conversationId, userId)),
        device: deviceOf.get(input.senderDeviceId),
        target: input.targetSeq === undefined ? undefined : targetOf.get(key(conversationId, input.targetSeq)),
        attachments: (input.attachmentIds ?? []).map((id) => attachmentOf.get(id)),
      };
      checkKnown(facts);
      const retryKey = key(conversationId, userId, input.clientId);
      const earlier = stored.get(retryKey);
      if (earlier) {
        results.push({ ok: true, row: earlier, created: false, pushTo: [] });
        continue;
      }
      const sameBatch = firstInBatch.get(retryKey);
      if (sameBatch !== undefined) {
        results.push({ sameAs: sameBatch });
        continue;
      }
      checkSend(facts);
      if (input.kind === "delete" && facts.target) {
        // Later items of this batch must see the target as deleted already.
        facts.target.deleted_at = now;
        wipes.push({ conversationId, seq: input.targetSeq as number });
      }
      const index = accepted.push(sendRow(item, now)) - 1;
      firstInBatch.set(retryKey, index);
      results.push({ accepted: index });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      results.push({ ok: false, error });
    }
  }

  const rows = await numberAndInsert(trx, accepted, conversationOf, now);
  for (const wipe of wipes) await wipeMessage(trx, wipe.conversationId, wipe.seq, now);
  return results.map((r) => {
    if ("ok" in r) return r;
    const index = "accepted" in r ? r.accepted : r.sameAs;
    const row = rows[index] as EventRow;
    return {
      ok: true,
      row,
      created: "accepted" in r,
      pushTo: "accepted" in r ? currentMembers(row.conversation_id) : [],
    };
  });
}

/**
 * Numbers the accepted events in order, per conversation, from the last numbers read under the lock,
 * then stores them; returns them in `accepted` order as stored (the ids come from the insert).
 */
async function numberAndInsert(
  trx: Db,
  accepted: EventRow[],
  conversationOf: ReadonlyMap<string, LockedConversation>,
  now: Date,
): Promise<EventRow[]> {
  if (accepted.length === 0) return [];
  const lastSeqs = new Map<string, number>();
  for (const row of accepted) {
    const last = lastSeqs.get(row.conversation_id) ?? Number(conversationOf.get(row.conversation_id)?.last_seq);
    row.seq = last + 1;
    lastSeqs.set(row.conversation_id, row.seq);
  }
  const ids = await insertNumberedEvents(trx, accepted, lastSeqs, now);
  for (const row of accepted) row.id = ids.get(key(row.conversation_id, row.seq)) as string;
  return accepted;
}

function sendRow(item: Extract<WriteItem, { type: "send" }>, now: Date): EventRow {
  const { input } = item;
  return {
    id: "",
    conversation_id: item.conversationId,
    seq: 0,
    kind: input.kind,
    sender_id: item.userId,
    sender_device_id: input.senderDeviceId,
    client_id: input.clientId,
    epoch: input.epoch ?? null,
    nonce: input.nonce ?? null,
    ciphertext: input.ciphertext ?? null,
    commitment: input.commitment ?? null,
    signature: input.signature ?? null,
    target_seq: input.targetSeq ?? null,
    attachment_ids: input.attachmentIds ?? [],
    system: null,
    created_at: now,
    deleted_at: null,
  };
}

function systemRow(item: Extract<WriteItem, { type: "system" }>, now: Date): EventRow {
  return {
    id: "",
    conversation_id: item.conversationId,
    seq: 0,
    kind: "system",
    sender_id: null,
    sender_device_id: null,
    client_id: null,
    epoch: null,
    nonce: null,
    ciphertext: null,
    commitment: null,
    signature: null,
    target_seq: null,
    attachment_ids: [],
    system: item.notice as unknown as EventRow["system"],
    created_at: now,
    deleted_at: null,
  };
}
