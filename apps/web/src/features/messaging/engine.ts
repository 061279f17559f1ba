import type { ConversationDetail, ConversationEvent, SendEventRequest } from "@mentalverse/shared";
import type { RealtimeSocket } from "../../lib/socket.js";
import { cryptoReady } from "./crypto-ready.js";
import { type Opened, openEvent } from "./decrypt.js";
import { deviceChanges } from "./device-changes.js";
import { EventLog } from "./event-log.js";
import { indexedDbKeptEvents, type KeptEventStore, KeptEvents } from "./kept-events.js";
import { syncKeys, topUpEnvelopes } from "./keys.js";
import type { StoredDevice } from "./keystore.js";
import { deliver, type PendingSend, sealRequest } from "./outbox.js";
import { indexedDbOutbox, type OutboxEntry, type OutboxStore } from "./outbox-store.js";
import type { AttachmentRef } from "./payloads.js";
import { messagingApi } from "./queries.js";
import { indexedDbSeenDevices, RememberedDevices, type SeenDevicesStore } from "./remembered-devices.js";
import { type NewSend, Sender } from "./sender.js";
import { buildTimeline, type TimelineItem } from "./timeline.js";
import { TypingTracker } from "./typing.js";

export interface EngineState {
  phase: "loading" | "ready" | "error";
  error: unknown;
  detail: ConversationDetail | null;
  items: TimelineItem[];
  pending: PendingSend[];
  hasOlder: boolean;
  loadingOlder: boolean;
  /** Members typing now (not this one). */
  typing: string[];
  /** Each member's last read seq, kept live from receipts. */
  reads: Record<string, number>;
  /** The newest seq this device holds with nothing missing before it. */
  newestSeq: number;
  /** Another member's devices changed, while this page was open or since the last visit (the safety numbers changed). */
  deviceNotices: string[];
  /** A device kept its id but its keys changed: never legitimate, shown loudly. */
  deviceWarnings: string[];
}

const PAGE = 50;
const TYPING_SENT_EVERY_MS = 2500;

export interface EngineOptions {
  store?: OutboxStore;
  /** The member's socket while this conversation is not on screen, so its outbox still goes out. */
  backgroundSocket?: () => RealtimeSocket | null;
  /** The other members' devices seen on the last visit (IndexedDB unless given). */
  seenDevices?: SeenDevicesStore;
  /** Encrypted events kept as evidence (IndexedDB unless given). */
  keptEvents?: KeptEventStore;
}

/**
 * One conversation as this device sees it: the log by seq (so a repeat never shows twice), the
 * keys it holds, what it is still sending. Live events arrive over the socket; anything missed
 * (a reconnect, a gap in seq) is fetched with events?after= so nothing goes missing.
 */
export class ConversationEngine {
  private state: EngineState = {
    phase: "loading",
    error: null,
    detail: null,
    items: [],
    pending: [],
    hasOlder: false,
    loadingOlder: false,
    typing: [],
    reads: {},
    newestSeq: 0,
    deviceNotices: [],
    deviceWarnings: [],
  };
  private readonly listeners = new Set<() => void>();
  private readonly log = new EventLog();
  private readonly opened = new Map<number, Opened>();
  private keys = new Map<number, string>();
  private socket: RealtimeSocket | null = null;
  private loading: Promise<void> | null = null;
  private catchingUp: Promise<void> | null = null;
  private catchUpAgain = false;
  private readonly typingNow = new TypingTracker((typing) => this.set({ typing }));
  private lastTypingSent = 0;
  private myReadSeq = 0;

  private readonly sender: Sender;
  private readonly remembered: RememberedDevices;
  private readonly kept: KeptEvents;

  constructor(
    readonly conversationId: string,
    private readonly device: StoredDevice,
    private readonly options: EngineOptions = {},
  ) {
    this.remembered = new RememberedDevices(
      conversationId,
      device.userId,
      options.seenDevices ?? indexedDbSeenDevices(device.userId),
    );
    this.kept = new KeptEvents(conversationId, device.userId, options.keptEvents ?? indexedDbKeptEvents(device.userId));
    this.sender = new Sender({
      conversationId,
      store: options.store ?? indexedDbOutbox(device.userId),
      ready: () => this.state.phase === "ready",
      seal: (item) => this.seal(item),
      deliver: (request) => deliver(this.sendingSocket(), conversationId, request),
      refreshKeys: () => this.refreshDetail(),
      stored: (event) => this.receive(event),
      changed: (pending) => this.set({ pending }),
    });
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
  getState = () => this.state;

  private set(patch: Partial<EngineState>) {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }

  start(): Promise<void> {
    this.loading ??= this.load();
    return this.loading;
  }

  private async load() {
    try {
      await cryptoReady();
      const [detail] = await Promise.all([
        messagingApi.detail(this.conversationId),
        this.remembered.load(),
        this.kept.load(),
      ]);
      this.keys = await syncKeys(this.device, this.conversationId, detail.devices);
      this.applyDetail((await topUpEnvelopes(detail, this.keys).catch(() => null)) ?? detail);
      this.myReadSeq = detail.members.find((m) => m.userId === this.device.userId)?.lastReadSeq ?? 0;
      let hasOlder = false;
      if (detail.lastSeq > 0) {
        const page = await messagingApi.eventsBefore(this.conversationId, detail.lastSeq + 1, PAGE);
        this.log.startWith(page);
        hasOlder = page.more;
      }
      this.set({ phase: "ready", error: null, hasOlder });
      this.rebuild();
      await this.catchUp();
      void this.flush();
    } catch (error) {
      this.loading = null;
      this.set({ phase: "error", error });
    }
  }

  /** Listens on the member's socket (a new one after each reconnect); returns the way to stop. */
  attach(socket: RealtimeSocket | null): () => void {
    this.socket = socket;
    if (!socket) return () => undefined;
    const onEvent = (event: ConversationEvent) => {
      if (event.conversationId === this.conversationId) this.receive(event);
    };
    const onTyping = ({ conversationId, userId }: { conversationId: string; userId: string }) => {
      if (conversationId === this.conversationId && userId !== this.device.userId) this.typingNow.show(userId);
    };
    const onRead = ({ conversationId, userId, seq }: { conversationId: string; userId: string; seq: number }) => {
      if (conversationId !== this.conversationId) return;
      if (seq > (this.state.reads[userId] ?? 0)) this.set({ reads: { ...this.state.reads, [userId]: seq } });
    };
    const onChanged = ({ conversationId }: { conversationId: string }) => {
      if (conversationId === this.conversationId) void this.refreshDetail().catch(() => undefined);
    };
    socket.on("conversation:event", onEvent);
    socket.on("conversation:typing", onTyping);
    socket.on("conversation:read", onRead);
    socket.on("conversation:changed", onChanged);
    return () => {
      socket.off("conversation:event", onEvent);
      socket.off("conversation:typing", onTyping);
      socket.off("conversation:read", onRead);
      socket.off("conversation:changed", onChanged);
      if (this.socket === socket) this.socket = null;
    };
  }

  /** After a reconnect (or coming back online): fetch what was missed, then send what is waiting. */
  resync() {
    if (this.state.phase === "error") {
      void this.start();
      return;
    }
    if (this.state.phase !== "ready") return;
    void this.refreshDetail()
      .catch(() => undefined)
      .then(() => this.catchUp())
      .then(() => this.flush());
  }

  private receive(event: ConversationEvent) {
    const inOrder = this.log.add(event);
    if (event.senderId) this.typingNow.stop(event.senderId);
    if (this.state.phase !== "ready") return;
    if (inOrder) this.rebuild();
    else void this.catchUp();
  }

  /** Fetches everything after the newest seq held without a gap, page by page; one run at a time. */
  catchUp(): Promise<void> {
    if (this.catchingUp) {
      this.catchUpAgain = true;
      return this.catchingUp;
    }
    this.catchingUp = (async () => {
      try {
        do {
          this.catchUpAgain = false;
          for (;;) {
            const page = await messagingApi.eventsAfter(this.conversationId, this.log.newest);
            this.log.addAfter(page);
            if (!page.more || page.events.length === 0) break;
          }
        } while (this.catchUpAgain);
      } catch {
        // Offline: the next reconnect or "online" event tries again.
      } finally {
        this.catchingUp = null;
        this.rebuild();
      }
    })();
    return this.catchingUp;
  }

  async loadOlder() {
    if (this.state.loadingOlder || !this.state.hasOlder || this.log.oldest <= 1) return;
    this.set({ loadingOlder: true });
    try {
      const page = await messagingApi.eventsBefore(this.conversationId, this.log.oldest, PAGE);
      this.log.addBefore(page);
      this.set({ hasOlder: page.more && page.events.length > 0 });
      this.rebuild();
    } finally {
      this.set({ loadingOlder: false });
    }
  }

  /** Membership, devices or keys changed: read the conversation again, open new keys, fill in envelopes. */
  async refreshDetail() {
    const detail = await messagingApi.detail(this.conversationId);
    for (const [epoch, key] of await syncKeys(this.device, this.conversationId, detail.devices)) {
      this.keys.set(epoch, key);
    }
    this.applyDetail((await topUpEnvelopes(detail, this.keys).catch(() => null)) ?? detail);
    this.rebuild();
  }

  private applyDetail(detail: ConversationDetail) {
    const reads = { ...this.state.reads };
    for (const member of detail.members) reads[member.userId] = Math.max(reads[member.userId] ?? 0, member.lastReadSeq);
    // A sender's device unknown before may be listed now: check those again.
    for (const [seq, opened] of this.opened) if (opened.status !== "ok") this.opened.delete(seq);
    // The first view after reading the remembered list is compared with it; every later one live.
    const changes =
      this.remembered.sinceLastVisit(detail) ?? deviceChanges(this.state.detail, detail, this.device.userId);
    this.set({
      detail,
      reads,
      deviceNotices: [...this.state.deviceNotices, ...changes.notices],
      deviceWarnings: [...this.state.deviceWarnings, ...changes.warnings],
    });
  }

  /** The notices for this view are on screen: remember its devices for the next visit. */
  devicesShown(detail: ConversationDetail) {
    void this.remembered.shown(detail);
  }

  dismissDeviceNotices() {
    this.set({ deviceNotices: [], deviceWarnings: [] });
  }

  private open = (event: ConversationEvent): Opened => {
    const cached = this.opened.get(event.seq);
    if (cached) return cached;
    const source = {
      devices: this.state.detail?.devices ?? [],
      own: {
        deviceId: this.device.deviceId,
        userId: this.device.userId,
        signPublicKey: this.device.keys.signPublicKey,
      },
    };
    // Each event shown is kept encrypted, and a wiped one opened from its kept copy (kept-events.ts).
    const opened = this.kept.open(event, (e) => openEvent(e, this.keys, source));
    this.opened.set(event.seq, opened);
    return opened;
  };

  private nameOf = (userId: string | null) => {
    if (!userId) return "MentalVerse";
    if (userId === this.device.userId) return "You";
    return this.state.detail?.members.find((m) => m.userId === userId)?.displayName ?? "A former member";
  };

  private rebuild() {
    const events = this.log.ascending();
    this.sender.dropDelivered(events);
    this.set({ items: buildTimeline(events, this.open, this.nameOf), newestSeq: this.log.newest });
  }

  // ------------------------------------------------------------------ sending

  sendMessage(text: string, attachments: AttachmentRef[] = []) {
    const payload = attachments.length > 0 ? { v: 1, text, attachments } : { v: 1, text };
    this.enqueue({ kind: "message", payload, text, attachmentIds: attachments.map((a) => a.id) });
  }
  edit(seq: number, text: string) {
    this.enqueue({ kind: "edit", targetSeq: seq, payload: { v: 1, text }, text });
  }
  react(seq: number, emoji: string, remove: boolean) {
    const payload = remove ? { v: 1, emoji, remove: true } : { v: 1, emoji };
    this.enqueue({ kind: "reaction", targetSeq: seq, payload, text: emoji });
  }
  remove(seq: number) {
    this.enqueue({ kind: "delete", targetSeq: seq, text: "" });
  }

  private enqueue(item: NewSend) {
    this.sender.enqueue(item);
  }

  /** Sends kept in the device's outbox from an earlier page: they go out once this conversation is loaded. */
  restore(entries: OutboxEntry[]) {
    this.sender.restore(entries);
    void this.start();
  }

  retry(clientId: string) {
    this.sender.retry(clientId);
  }
  discard(clientId: string) {
    this.sender.discard(clientId);
  }
  hasPending() {
    return this.sender.list().length > 0;
  }
  /** Sends what is waiting, in order (the sender keeps to one run at a time). */
  flush() {
    return this.sender.flush();
  }

  private sendingSocket(): RealtimeSocket | null {
    return this.socket ?? this.options.backgroundSocket?.() ?? null;
  }

  private async seal(item: PendingSend): Promise<SendEventRequest> {
    const detail = this.state.detail;
    if (!detail) throw new Error("The conversation is not loaded yet.");
    const sealed = await sealRequest(item, detail, this.device, this.keys);
    if (sealed.detail !== detail) this.applyDetail(sealed.detail);
    return sealed.request;
  }

  // ------------------------------------------------------------------ typing and reading

  typed() {
    const now = Date.now();
    if (now - this.lastTypingSent < TYPING_SENT_EVERY_MS || !this.socket?.connected) return;
    this.lastTypingSent = now;
    this.socket.emit("conversation:typing", { conversationId: this.conversationId });
  }

  /** The newest message is on screen: tell the others (and the unread counts). Returns whether it was news. */
  markRead(seq: number): boolean {
    if (seq <= this.myReadSeq) return false;
    this.myReadSeq = seq;
    this.set({ reads: { ...this.state.reads, [this.device.userId]: seq } });
    if (this.socket?.connected) this.socket.emit("conversation:read", { conversationId: this.conversationId, seq });
    else void messagingApi.markRead(this.conversationId, seq).catch(() => undefined);
    return true;
  }
}
