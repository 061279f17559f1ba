import type { ConversationEvent, SendEventRequest } from "@mentalverse/shared";
import { ApiError } from "../../lib/api-error.js";
import { newClientId } from "./crypto-ready.js";
import type { Delivery, PendingSend } from "./outbox.js";
import { refusalText, retryDelayMs } from "./outbox.js";
import { nextQueuedAt, type OutboxEntry, type OutboxStore } from "./outbox-store.js";

const RETRY_MS = 5000;
const KEY_KEPT_CHANGING = "The conversation's key kept changing. Try again.";
export const STALE_TEXT =
  "the conversation's key changed after it was written, and this browser no longer has it to encrypt again.";

/** What a sender needs from its conversation. */
export interface SenderPorts {
  conversationId: string;
  store: OutboxStore;
  /** Whether the conversation is loaded (its detail and keys), so items can be sealed. */
  ready(): boolean;
  /** Encrypts and signs one item under the key to use now (which may make a new epoch). */
  seal(item: PendingSend): Promise<SendEventRequest>;
  deliver(request: SendEventRequest): Promise<Delivery>;
  /** The server said the key changed: read the conversation's keys again. */
  refreshKeys(): Promise<void>;
  /** The server stored it: the event as stored goes into the log. */
  stored(event: ConversationEvent): void;
  changed(pending: PendingSend[]): void;
}

export type NewSend = Omit<PendingSend, "clientId" | "createdAt" | "state" | "queuedAt">;

/**
 * What one conversation is still sending, in order. Each item is encrypted and written to the
 * device's outbox before it goes out, and removed from there once the server acknowledged it, so a
 * closed tab loses nothing: the next start reads the outbox back and sends the same requests again.
 */
export class Sender {
  private pending: PendingSend[] = [];
  /** Requests already encrypted, by clientId: a retry sends exactly the same bytes. */
  private readonly sealed = new Map<string, SendEventRequest>();
  private flushing = false;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly ports: SenderPorts) {}

  list(): PendingSend[] {
    return this.pending;
  }

  private setPending(next: PendingSend[]) {
    this.pending = next;
    this.ports.changed(next);
  }

  private update(clientId: string, patch: Partial<PendingSend>) {
    this.setPending(this.pending.map((p) => (p.clientId === clientId ? { ...p, ...patch } : p)));
  }

  enqueue(item: NewSend) {
    const now = Date.now();
    const pending: PendingSend = {
      ...item,
      clientId: newClientId(),
      createdAt: new Date(now).toISOString(),
      queuedAt: nextQueuedAt(now),
      state: "sending",
    };
    this.setPending([...this.pending, pending]);
    void this.flush();
  }

  /** Entries read back from the device's outbox; ones already held here (same tab) are skipped. */
  restore(entries: OutboxEntry[]) {
    const held = new Set(this.pending.map((p) => p.clientId));
    const added: PendingSend[] = [];
    for (const entry of entries) {
      if (entry.conversationId !== this.ports.conversationId || held.has(entry.clientId)) continue;
      this.sealed.set(entry.clientId, entry.request);
      added.push({
        clientId: entry.clientId,
        kind: entry.request.kind,
        ...(entry.request.targetSeq ? { targetSeq: entry.request.targetSeq } : {}),
        ...(entry.request.attachmentIds ? { attachmentIds: entry.request.attachmentIds } : {}),
        text: "",
        createdAt: entry.createdAt,
        queuedAt: entry.queuedAt,
        state: entry.state,
        ...(entry.error ? { error: entry.error } : {}),
        ...(entry.stale ? { stale: true } : {}),
        restored: true,
      });
    }
    if (added.length === 0) return;
    this.setPending([...this.pending, ...added].sort((a, b) => a.queuedAt - b.queuedAt));
    void this.flush();
  }

  retry(clientId: string) {
    const item = this.pending.find((p) => p.clientId === clientId);
    if (!item || item.stale) return;
    this.update(clientId, { state: "sending", error: undefined });
    void this.keep(clientId);
    void this.flush();
  }

  discard(clientId: string) {
    this.forget(clientId);
    this.setPending(this.pending.filter((p) => p.clientId !== clientId));
  }

  /**
   * A send whose ack was lost can come back through a resync before its retry is acknowledged: once
   * the log holds an event with its clientId it is stored, so it stops showing as "Sending…".
   */
  dropDelivered(events: ConversationEvent[]) {
    if (this.pending.length === 0) return;
    const stored = new Set(events.flatMap((e) => (e.clientId ? [e.clientId] : [])));
    const left = this.pending.filter((p) => !stored.has(p.clientId));
    if (left.length === this.pending.length) return;
    for (const p of this.pending) if (stored.has(p.clientId)) this.forget(p.clientId);
    this.setPending(left);
  }

  stop() {
    clearTimeout(this.retryTimer);
  }

  /** Sends waiting items one at a time, in order, so the log keeps the order they were written in. */
  async flush() {
    if (this.flushing || !this.ports.ready()) return;
    this.flushing = true;
    clearTimeout(this.retryTimer);
    try {
      await this.sealAhead();
      for (;;) {
        const item = this.pending.find((p) => p.state === "sending");
        if (!item) break;
        const outcome = await this.send(item);
        if (outcome !== "done") {
          this.retryTimer = setTimeout(() => void this.flush(), outcome.waitMs);
          break;
        }
      }
    } finally {
      this.flushing = false;
    }
  }

  /**
   * Encrypts and stores every waiting item before the first one goes out, so sends queued behind a
   * slow or missing connection are on the device too. Stops at the first that cannot be sealed now
   * (offline while a new key is needed): sending tries it again and says why.
   */
  private async sealAhead() {
    for (const item of this.pending) {
      if (item.state !== "sending" || this.sealed.has(item.clientId) || !canSealAgain(item)) continue;
      try {
        this.sealed.set(item.clientId, await this.ports.seal(item));
      } catch {
        return;
      }
      await this.keep(item.clientId);
    }
  }

  /** "done" (stored or refused for good), or how long to wait before this item goes again. */
  private async send(item: PendingSend): Promise<"done" | { waitMs: number }> {
    for (let attempt = 0; attempt < 3; attempt += 1) {
      let request = this.sealed.get(item.clientId);
      if (!request) {
        if (!canSealAgain(item)) return this.fail(item, STALE_TEXT, true);
        try {
          request = await this.ports.seal(item);
        } catch (error) {
          if (error instanceof ApiError && (error.status === 0 || error.status >= 500)) return { waitMs: RETRY_MS };
          if (error instanceof ApiError && error.status === 429) return { waitMs: retryDelayMs() };
          return this.fail(item, (error as Error).message);
        }
        this.sealed.set(item.clientId, request);
        await this.keep(item.clientId);
      }
      const result = await this.ports.deliver(request);
      if (result.kind === "offline") return { waitMs: RETRY_MS };
      if (result.kind === "later") return { waitMs: result.afterMs };
      if (result.kind === "stored") {
        this.forget(item.clientId);
        this.setPending(this.pending.filter((p) => p.clientId !== item.clientId));
        this.ports.stored(result.event);
        return "done";
      }
      if (result.status !== 409) return this.fail(item, refusalText(result.status, result.error));
      // Kept as it is, so the outbox still says why after a reload.
      if (!canSealAgain(item)) return this.fail(item, STALE_TEXT, true);
      // A new key is needed (or another device just made one): seal again under the current key.
      this.sealed.delete(item.clientId);
      await this.ports.refreshKeys().catch(() => undefined);
    }
    return this.fail(item, KEY_KEPT_CHANGING);
  }

  private async fail(item: PendingSend, error: string, stale = false): Promise<"done"> {
    this.update(item.clientId, { state: "failed", error, ...(stale ? { stale } : {}) });
    await this.keep(item.clientId);
    return "done";
  }

  /**
   * Writes the item's current state to the device's outbox; one without an encrypted request (not
   * sealed yet, or refused before it could be) has nothing to keep there. A storage failure does
   * not stop sending: the item is then only as durable as this tab.
   */
  private async keep(clientId: string) {
    const item = this.pending.find((p) => p.clientId === clientId);
    const request = this.sealed.get(clientId);
    const store = this.ports.store;
    try {
      if (!item || !request) {
        await store.remove(clientId);
        return;
      }
      await store.put({
        clientId,
        conversationId: this.ports.conversationId,
        queuedAt: item.queuedAt,
        createdAt: item.createdAt,
        state: item.state,
        ...(item.error ? { error: item.error } : {}),
        ...(item.stale ? { stale: true } : {}),
        request,
      });
    } catch {
      // IndexedDB unavailable or full: see above.
    }
  }

  private forget(clientId: string) {
    this.sealed.delete(clientId);
    this.ports.store.remove(clientId).catch(() => undefined);
  }
}

/** A deletion carries no ciphertext; anything else needs its payload, which only this tab's memory has. */
function canSealAgain(item: PendingSend): boolean {
  return item.kind === "delete" || item.payload !== undefined;
}
