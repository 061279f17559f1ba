import type { ConversationEvent } from "@mentalverse/shared";
import { z } from "zod";
import type { Opened } from "./decrypt.js";
import { deleteKeptEvents, loadKeptEvents, saveKeptEvent } from "./keystore.js";

/**
 * An event as the server sent it, kept on the device once shown, so a message its sender deleted
 * later (the server wipes its ciphertext) can still be reported after a reload: everything
 * decryptEvent needs, encrypted as it came. Never the text: it is opened again, with the conversation
 * key the device holds anyway, only when the server no longer has it.
 */
export const KeptEventSchema = z.object({
  conversationId: z.string(),
  seq: z.number().int(),
  kind: z.enum(["message", "edit"]),
  senderId: z.string(),
  senderDeviceId: z.string(),
  epoch: z.number().int(),
  nonce: z.string(),
  ciphertext: z.string(),
  commitment: z.string(),
  signature: z.string(),
  targetSeq: z.number().int().nullable(),
  createdAt: z.string(),
});
export type KeptEvent = z.infer<typeof KeptEventSchema>;

/**
 * The bound: only others' messages and edits (a member cannot report their own, and reactions cannot
 * be reported), and of those the newest 500 per conversation by seq. A report is about what was said
 * lately, and 500 covers weeks of even a busy pair; an event is at most 64 KiB of ciphertext and
 * usually well under 1 KiB, so a conversation's share stays small. A count rather than an age, so a
 * conversation that went quiet keeps its last words for as long as they may matter.
 */
export const KEEP_PER_CONVERSATION = 500;

/** The part of an event worth keeping, or null: own events, other kinds, anything not encrypted. */
export function keepable(event: ConversationEvent, myId: string): KeptEvent | null {
  const { conversationId, seq, kind, senderId, senderDeviceId, epoch, nonce, ciphertext, commitment, signature } =
    event;
  if (kind !== "message" && kind !== "edit") return null;
  if (!senderId || senderId === myId || !senderDeviceId || epoch === null) return null;
  if (!nonce || !ciphertext || !commitment || !signature) return null;
  return {
    conversationId,
    seq,
    kind,
    senderId,
    senderDeviceId,
    epoch,
    nonce,
    ciphertext,
    commitment,
    signature,
    targetSeq: event.targetSeq,
    createdAt: event.createdAt,
  };
}

/**
 * The kept copy stands in for the server's event only when it is the same event: same place in the
 * log, kind, sender, device, target, and the commitment the server still holds (a report is checked
 * against it, so a copy with another one could not be reported anyway).
 */
export function matchesWiped(kept: KeptEvent, event: ConversationEvent): boolean {
  return (
    kept.conversationId === event.conversationId &&
    kept.seq === event.seq &&
    kept.kind === event.kind &&
    kept.senderId === event.senderId &&
    kept.senderDeviceId === event.senderDeviceId &&
    kept.targetSeq === event.targetSeq &&
    kept.commitment === event.commitment
  );
}

export function asEvent(kept: KeptEvent): ConversationEvent {
  return { ...kept, id: `kept-${kept.seq}`, clientId: null, attachmentIds: [], system: null, deletedAt: null };
}

/** The seqs beyond the newest `limit`, oldest first: what the store lets go of. */
export function beyondLimit(seqs: Iterable<number>, limit: number): number[] {
  const sorted = [...seqs].sort((a, b) => b - a);
  return sorted.slice(limit).reverse();
}

/** Where kept events live: the member's IndexedDB database in the browser, a Map in tests. */
export interface KeptEventStore {
  load(conversationId: string): Promise<unknown[]>;
  put(event: KeptEvent): Promise<void>;
  remove(conversationId: string, seqs: number[]): Promise<void>;
}

/** In the member's IndexedDB database (keystore.ts), deleted with the rest of it. */
export function indexedDbKeptEvents(userId: string): KeptEventStore {
  return {
    load: (conversationId) => loadKeptEvents(userId, conversationId),
    put: (event) => saveKeptEvent(userId, event.conversationId, event.seq, event),
    remove: (conversationId, seqs) => deleteKeptEvents(userId, conversationId, seqs),
  };
}

/**
 * One conversation's kept events: opens events for the timeline, keeping each one that verified and
 * falling back to the kept copy when the server's has been wiped. Storage failing never stops a
 * message from showing; it only leaves that message without a kept copy.
 */
export class KeptEvents {
  private readonly events = new Map<number, KeptEvent>();
  private loading: Promise<void> | null = null;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly conversationId: string,
    private readonly myId: string,
    private readonly store: KeptEventStore,
    private readonly limit = KEEP_PER_CONVERSATION,
  ) {}

  load(): Promise<void> {
    this.loading ??= this.store
      .load(this.conversationId)
      .then((raw) => {
        for (const entry of raw) {
          const parsed = KeptEventSchema.safeParse(entry);
          if (parsed.success && parsed.data.conversationId === this.conversationId && !this.events.has(parsed.data.seq))
            this.events.set(parsed.data.seq, parsed.data);
        }
        this.prune();
      })
      .catch(() => undefined);
    return this.loading;
  }

  /**
   * Opens the event with `open`; a wiped one (no ciphertext: deleted, or withheld by the server) is
   * opened from its kept copy instead, checked exactly as when it was first shown.
   */
  open(event: ConversationEvent, open: (event: ConversationEvent) => Opened): Opened {
    if (event.ciphertext === null) {
      const kept = this.events.get(event.seq);
      return kept && matchesWiped(kept, event) ? open(asEvent(kept)) : { status: "unverified" };
    }
    const opened = open(event);
    if (opened.status === "ok") this.keep(event);
    return opened;
  }

  /** Waits for the writes so far (tests; nothing else needs to). */
  settled(): Promise<void> {
    return this.writing;
  }

  private keep(event: ConversationEvent) {
    const entry = keepable(event, this.myId);
    if (!entry || this.events.get(entry.seq)?.ciphertext === entry.ciphertext) return;
    // Paging back through a long history: older than everything kept, it would only be let go again.
    if (this.events.size >= this.limit && entry.seq < Math.min(...this.events.keys())) return;
    this.events.set(entry.seq, entry);
    this.write(async () => {
      await this.load();
      await this.store.put(entry);
    });
    this.prune();
  }

  private prune() {
    const drop = beyondLimit(this.events.keys(), this.limit);
    if (drop.length === 0) return;
    for (const seq of drop) this.events.delete(seq);
    this.write(() => this.store.remove(this.conversationId, drop));
  }

  /** One write at a time, in order, so a prune never runs before the put it follows. */
  private write(act: () => Promise<void>) {
    this.writing = this.writing.then(act).catch(() => undefined);
  }
}
