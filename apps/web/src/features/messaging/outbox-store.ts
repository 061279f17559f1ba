import { SendEventRequestSchema } from "@mentalverse/shared";
import { z } from "zod";
import { deleteOutboxEntry, loadOutbox, saveOutboxEntry } from "./keystore.js";

/**
 * One send kept on the device until the server acknowledges it: the request exactly as it goes out
 * (ciphertext, nonce, signature, commitment; a deletion has none), so a retry after the tab closed
 * is the same request with the same clientId and the server answers it with the copy it stored.
 * Never the text: the device keeps no plaintext it did not keep before.
 */
export const OutboxEntrySchema = z.object({
  clientId: z.string(),
  conversationId: z.string(),
  /** Sends go out in this order within a conversation (milliseconds, made unique per tab). */
  queuedAt: z.number(),
  createdAt: z.string(),
  state: z.enum(["sending", "failed"]),
  error: z.string().optional(),
  /** Sealed under a key that is no longer current, and the text is gone: it can only be discarded. */
  stale: z.boolean().optional(),
  request: SendEventRequestSchema,
});
export type OutboxEntry = z.infer<typeof OutboxEntrySchema>;

/** Where the outbox lives: the member's IndexedDB database in the browser, a Map in tests. */
export interface OutboxStore {
  all(): Promise<OutboxEntry[]>;
  put(entry: OutboxEntry): Promise<void>;
  remove(clientId: string): Promise<void>;
}

/** The member's outbox in this browser's IndexedDB (keystore.ts), deleted with the rest of it. */
export function indexedDbOutbox(userId: string): OutboxStore {
  return {
    all: async () => (await loadOutbox(userId)).flatMap((raw) => readEntry(raw)),
    put: (entry) => saveOutboxEntry(userId, entry.clientId, entry),
    remove: (clientId) => deleteOutboxEntry(userId, clientId),
  };
}

/** An entry this code cannot read (another version wrote it) is left alone rather than sent half-understood. */
function readEntry(raw: unknown): OutboxEntry[] {
  const parsed = OutboxEntrySchema.safeParse(raw);
  return parsed.success ? [parsed.data] : [];
}

/** The waiting entries of each conversation, oldest first. */
export function byConversation(entries: OutboxEntry[]): Map<string, OutboxEntry[]> {
  const grouped = new Map<string, OutboxEntry[]>();
  for (const entry of [...entries].sort((a, b) => a.queuedAt - b.queuedAt)) {
    const list = grouped.get(entry.conversationId) ?? [];
    list.push(entry);
    grouped.set(entry.conversationId, list);
  }
  return grouped;
}

let lastQueuedAt = 0;
/** Now, but always later than the previous one, so two sends in the same millisecond keep their order. */
export function nextQueuedAt(now = Date.now()): number {
  lastQueuedAt = Math.max(now, lastQueuedAt + 1);
  return lastQueuedAt;
}
