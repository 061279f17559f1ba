import { randomUUID } from "node:crypto";
import {
  type DeviceKeyPair,
  decryptEvent,
  encryptEvent,
  generateConversationKey,
  generateDeviceKeys,
  generateRecoveryKey,
  keyCommitment,
  type OpenedEvent,
  openSealedKey,
  type RecoveryKey,
  ready,
  type SealedEvent,
  sealKey,
  signDevice,
  signKeyEpoch,
  signRecoveryKey,
  verifyDevice,
  verifyKeyEpoch,
  verifyRecoveryKey,
} from "@mentalverse/e2ee";
import type {
  ConversationDetail,
  ConversationEvent,
  ConversationSummary,
  Device,
  EventPage,
  KeyEnvelopesResponse,
  SendEventRequest,
  SocketAck,
} from "@mentalverse/shared";
import { downloadAttachment, uploadAttachment } from "./attachment-transfer.js";
import type { TestClient } from "./client.js";
import { E2eeClientError, type FetchClient, ok } from "./fetch-client.js";
import { authenticate, type ClientSocket, connectSocket } from "./sockets.js";

export { E2eeClientError, ok };
export type Http = TestClient | FetchClient;
type EncryptedKind = "message" | "edit" | "reaction";

/**
 * A member's messaging device in Node, as the web app's would be: its own keys (private halves
 * never leave this object), a recovery key, conversation keys opened from their envelopes, a
 * socket for sending with ack and receiving pushed events, and resync over HTTP. `http` is a signed-in
 * TestClient (inject) or FetchClient (real HTTP); `socketUrl` where its socket connects.
 */
export class E2eeClient {
  device: { id: string; keys: DeviceKeyPair } | null = null;
  recovery: RecoveryKey | null = null;
  socket: ClientSocket | null = null;
  /** Conversation keys by conversation, then epoch. */
  readonly keys = new Map<string, Map<number, string>>();
  /** Every event seen (pushed or fetched) by conversation, then seq: a duplicate lands on the same entry. */
  readonly events = new Map<string, Map<number, ConversationEvent>>();
  /** Seqs as they arrived over the socket, repeats included (duplicates show here, not in events). */
  readonly pushes = new Map<string, number[]>();
  private readonly details = new Map<string, ConversationDetail>();

  constructor(
    readonly http: Http,
    public socketUrl: string,
    readonly userId: string,
  ) {}

  /** Device keys generated here; the server gets the public halves. */
  async registerDevice(name = "Node test device"): Promise<Device> {
    await ready();
    const keys = generateDeviceKeys();
    const device = ok(
      await this.http.post<Device>("/api/messaging/devices", {
        name,
        boxPublicKey: keys.boxPublicKey,
        signPublicKey: keys.signPublicKey,
        deviceSignature: signDevice(this.userId, keys.boxPublicKey, keys.signPublicKey, keys.signSecretKey),
      }),
      "register device",
    );
    this.device = { id: device.id, keys };
    return device;
  }

  /** A new recovery key (or the one given, as on a restoring device), vouched for by this device. */
  async setRecovery(recovery: RecoveryKey = generateRecoveryKey()): Promise<RecoveryKey> {
    await ready();
    const device = this.requireDevice();
    const body = {
      recoveryPublicKey: recovery.publicKey,
      passphraseWrap: null,
      signedByDeviceId: device.id,
      signature: signRecoveryKey(this.userId, recovery.publicKey, device.keys.signSecretKey),
    };
    ok(await this.http.put("/api/messaging/recovery", body), "set recovery");
    this.recovery = recovery;
    return recovery;
  }

  /** Opens the socket and authenticates with the session cookie; pushed events are recorded. */
  async connect(url = this.socketUrl): Promise<ClientSocket> {
    this.socketUrl = url;
    const session = this.http.cookies.get("mv_session");
    if (!session) throw new Error("not signed in: no mv_session cookie");
    const socket = await connectSocket(url, { cookie: `mv_session=${session}` });
    const answer = await authenticate(socket);
    if (!answer.ok) throw new Error(`socket authentication failed: ${answer.error}`);
    socket.on("conversation:event", (event) => {
      this.record(event);
      const seen = this.pushes.get(event.conversationId) ?? [];
      seen.push(event.seq);
      this.pushes.set(event.conversationId, seen);
    });
    this.socket = socket;
    return socket;
  }

  disconnect(): void {
    this.socket?.close();
    this.socket = null;
  }

  async conversations(): Promise<ConversationSummary[]> {
    return ok(await this.http.get<{ conversations: ConversationSummary[] }>("/api/conversations"), "list conversations")
      .conversations;
  }

  async detail(conversationId: string): Promise<ConversationDetail> {
    const detail = ok(await this.http.get<ConversationDetail>(`/api/conversations/${conversationId}`), "conversation");
    this.details.set(conversationId, detail);
    return detail;
  }

  /**
   * A new key epoch (current + 1), committed to and signed by this device, sealed to every member
   * device and recovery key the server lists whose signature checks (as a browser would: a key the
   * server slipped in gets nothing, and the server then refuses the epoch as incomplete).
   */
  async rotateKey(conversationId: string): Promise<number> {
    const device = this.requireDevice();
    const detail = await this.detail(conversationId);
    const epoch = (detail.currentEpoch ?? 0) + 1;
    const key = generateConversationKey();
    const commitment = keyCommitment(key);
    const devices = detail.devices.filter((d) => d.revokedAt === null && verifyDevice(d.userId, d));
    const vouched = detail.recoveryKeys.filter((r) => {
      const signer = detail.devices.find((d) => d.deviceId === r.signedByDeviceId && d.userId === r.userId);
      return signer && verifyRecoveryKey(r.userId, r.recoveryPublicKey, r.signature, signer.signPublicKey);
    });
    const body = {
      epoch,
      createdByDeviceId: device.id,
      keyCommitment: commitment,
      signature: signKeyEpoch(conversationId, epoch, commitment, device.keys.signSecretKey),
      envelopes: devices.map((d) => ({ deviceId: d.deviceId, sealedKey: sealKey(key, d.boxPublicKey) })),
      recoveryEnvelopes: vouched.map((r) => ({
        userId: r.userId,
        recoveryPublicKey: r.recoveryPublicKey,
        sealedKey: sealKey(key, r.recoveryPublicKey),
      })),
    };
    const updated = ok(
      await this.http.post<ConversationDetail>(`/api/conversations/${conversationId}/keys`, body),
      "new key epoch",
    );
    this.details.set(conversationId, updated);
    this.keyring(conversationId).set(epoch, key);
    return epoch;
  }

  /** Opens every envelope this device (or, with `viaRecovery`, the recovery key) has in the conversation. */
  async loadKeys(conversationId: string, viaRecovery = false): Promise<number[]> {
    const device = this.requireDevice();
    const res = ok(
      await this.http.get<KeyEnvelopesResponse>(`/api/conversations/${conversationId}/keys?deviceId=${device.id}`),
      "keys",
    );
    const opened: number[] = [];
    for (const e of res.epochs) {
      const sealed = viaRecovery ? e.recoverySealedKey : e.sealedKey;
      if (!sealed || (viaRecovery && !this.recovery)) continue;
      const key = viaRecovery
        ? openSealedKey(sealed, this.recovery?.publicKey as string, this.recovery?.secretKey as string)
        : openSealedKey(sealed, device.keys.boxPublicKey, device.keys.boxSecretKey);
      await this.checkKey(conversationId, e, key);
      this.keyring(conversationId).set(e.epoch, key);
      opened.push(e.epoch);
    }
    return opened;
  }

  /** The key opened must be the one its creating device committed to and signed for that epoch. */
  private async checkKey(conversationId: string, e: KeyEnvelopesResponse["epochs"][number], key: string) {
    let creator = this.details.get(conversationId)?.devices.find((d) => d.deviceId === e.createdByDeviceId);
    if (!creator) creator = (await this.detail(conversationId)).devices.find((d) => d.deviceId === e.createdByDeviceId);
    const signed =
      creator &&
      verifyDevice(creator.userId, creator) &&
      verifyKeyEpoch(conversationId, e.epoch, e.keyCommitment, e.signature, creator.signPublicKey);
    if (!signed || keyCommitment(key) !== e.keyCommitment) {
      throw new Error(`epoch ${e.epoch} of ${conversationId}: key does not match its signed commitment`);
    }
  }

  /** The current epoch's key, making a new epoch first when there is none or the server asks for one. */
  async currentKey(conversationId: string): Promise<{ epoch: number; key: string }> {
    const detail = await this.detail(conversationId);
    if (detail.currentEpoch === null || detail.rekeyNeeded) {
      const epoch = await this.rotateKey(conversationId);
      return { epoch, key: this.keyring(conversationId).get(epoch) as string };
    }
    if (!this.keyring(conversationId).has(detail.currentEpoch)) await this.loadKeys(conversationId);
    const key = this.keyring(conversationId).get(detail.currentEpoch);
    if (!key) throw new Error(`no envelope for this device at epoch ${detail.currentEpoch}`);
    return { epoch: detail.currentEpoch, key };
  }

  /** What conversation:send would carry for this payload, encrypted and signed by this device. */
  seal(
    conversationId: string,
    epoch: number,
    key: string,
    kind: EncryptedKind,
    payload: unknown,
    targetSeq?: number,
  ): SendEventRequest {
    const device = this.requireDevice();
    const header = { conversationId, epoch, kind, targetSeq: targetSeq ?? null, senderDeviceId: device.id };
    const sealed = encryptEvent(header, payload, key, device.keys.signSecretKey);
    return {
      clientId: randomUUID(),
      kind,
      senderDeviceId: device.id,
      epoch,
      ...sealed,
      ...(targetSeq === undefined ? {} : { targetSeq }),
    };
  }

  /** Sends over the socket and resolves with the stored event (the ack); rejects with the server's reason. */
  async sendRaw(conversationId: string, request: SendEventRequest, timeoutMs = 10_000): Promise<ConversationEvent> {
    if (!this.socket) throw new Error("no socket: connect() first");
    const ack = (await this.socket
      .timeout(timeoutMs)
      .emitWithAck("conversation:send", { ...request, conversationId })) as SocketAck<ConversationEvent>;
    if (!ack.ok) throw new E2eeClientError("conversation:send", ack.status, ack);
    this.record(ack.value);
    return ack.value;
  }

  /** Encrypts and sends; a "rekey needed" answer makes a new epoch and retries once. */
  async send(
    conversationId: string,
    kind: EncryptedKind,
    payload: unknown,
    targetSeq?: number,
  ): Promise<ConversationEvent> {
    for (let attempt = 0; ; attempt += 1) {
      const { epoch, key } = await this.currentKey(conversationId);
      try {
        return await this.sendRaw(conversationId, this.seal(conversationId, epoch, key, kind, payload, targetSeq));
      } catch (error) {
        if (attempt > 0 || !(error instanceof E2eeClientError) || error.status !== 409) throw error;
      }
    }
  }

  sendText(conversationId: string, text: string, attachments?: unknown[]) {
    return this.send(conversationId, "message", { v: 1, text, ...(attachments ? { attachments } : {}) });
  }

  /** delete carries no ciphertext. */
  async deleteMessage(conversationId: string, targetSeq: number): Promise<ConversationEvent> {
    const device = this.requireDevice();
    return this.sendRaw(conversationId, {
      clientId: randomUUID(),
      kind: "delete",
      senderDeviceId: device.id,
      targetSeq,
    });
  }

  /** Encrypts the bytes on this side and uploads the ciphertext; returns the reference a message carries. */
  uploadAttachment(conversationId: string, bytes: Uint8Array, name: string, type: string) {
    return uploadAttachment(this.http, conversationId, bytes, name, type);
  }

  /** Downloads over real HTTP from socketUrl (inject's text body would mangle the bytes) and decrypts here. */
  downloadAttachment(conversationId: string, ref: { id: string; key: string; nonce: string }) {
    return downloadAttachment(this.http, this.socketUrl, conversationId, ref);
  }

  /** Fetches all after the last seq held with no hole before it (or `after`); returns what was new. */
  async resync(conversationId: string, after = this.heldWithoutGap(conversationId)): Promise<ConversationEvent[]> {
    const fresh: ConversationEvent[] = [];
    let cursor = after;
    for (;;) {
      const page = ok(
        await this.http.get<EventPage>(`/api/conversations/${conversationId}/events?after=${cursor}&limit=200`),
        "events",
      );
      for (const e of page.events) {
        if (!this.events.get(conversationId)?.has(e.seq)) fresh.push(e);
        this.record(e);
      }
      cursor = page.events.at(-1)?.seq ?? cursor;
      if (!page.more || page.events.length === 0) return fresh;
    }
  }

  /** Verifies and decrypts an encrypted event with the key of its epoch and its sender device's sign key. */
  async open<T = unknown>(event: ConversationEvent): Promise<OpenedEvent<T>> {
    if (!["message", "edit", "reaction"].includes(event.kind) || !event.ciphertext) {
      throw new Error(`event ${event.seq} carries no ciphertext (${event.kind})`);
    }
    const epoch = event.epoch as number;
    if (!this.keyring(event.conversationId).has(epoch)) await this.loadKeys(event.conversationId);
    let detail = this.details.get(event.conversationId);
    if (!detail?.devices.some((d) => d.deviceId === event.senderDeviceId))
      detail = await this.detail(event.conversationId);
    const sender = detail.devices.find((d) => d.deviceId === event.senderDeviceId);
    const key = this.keyring(event.conversationId).get(epoch);
    if (!sender || !key) throw new Error(`cannot open event ${event.seq}: ${sender ? "no key" : "unknown device"}`);
    const header = {
      conversationId: event.conversationId,
      epoch,
      kind: event.kind as EncryptedKind,
      targetSeq: event.targetSeq,
      senderDeviceId: sender.deviceId,
    };
    const { nonce, ciphertext, commitment, signature } = event as Record<keyof SealedEvent, string>;
    return decryptEvent<T>(header, { nonce, ciphertext, commitment, signature }, key, sender.signPublicKey);
  }

  /** The texts of the conversation's messages held so far, in seq order (deleted ones skipped). */
  async texts(conversationId: string): Promise<string[]> {
    const out: string[] = [];
    for (const e of this.sorted(conversationId)) {
      if (e.kind !== "message" || !e.ciphertext) continue;
      out.push((await this.open<{ text: string }>(e)).payload.text);
    }
    return out;
  }

  sorted(conversationId: string): ConversationEvent[] {
    return [...(this.events.get(conversationId)?.values() ?? [])].sort((a, b) => a.seq - b.seq);
  }

  lastSeq(conversationId: string): number {
    return this.sorted(conversationId).at(-1)?.seq ?? 0;
  }

  /** The last seq held with every seq from the first held up to it (a push lost with a killed process leaves a hole). */
  heldWithoutGap(conversationId: string): number {
    const seqs = this.sorted(conversationId).map((e) => e.seq);
    const hole = seqs.findIndex((seq, i) => i > 0 && seq !== (seqs[i - 1] as number) + 1);
    return (hole === -1 ? seqs.at(-1) : seqs[hole - 1]) ?? 0;
  }

  /** Resolves once `predicate` holds for the events held, polling; rejects after `ms`. */
  async waitFor(conversationId: string, predicate: (events: ConversationEvent[]) => boolean, ms = 5000) {
    const deadline = Date.now() + ms;
    while (!predicate(this.sorted(conversationId))) {
      if (Date.now() > deadline) throw new Error(`waited ${ms} ms for events in ${conversationId}`);
      await new Promise((r) => setTimeout(r, 20));
    }
    return this.sorted(conversationId);
  }

  private record(event: ConversationEvent): void {
    const byConversation = this.events.get(event.conversationId) ?? new Map<number, ConversationEvent>();
    byConversation.set(event.seq, event);
    this.events.set(event.conversationId, byConversation);
  }

  private keyring(conversationId: string): Map<number, string> {
    const ring = this.keys.get(conversationId) ?? new Map<number, string>();
    this.keys.set(conversationId, ring);
    return ring;
  }

  private requireDevice() {
    if (!this.device) throw new Error("no device: registerDevice() first");
    return this.device;
  }
}

/** A signed-in member's device ready to message: keys registered, recovery key set, socket open. */
export async function messagingDevice(
  http: Http,
  socketUrl: string,
  userId: string,
  options: { connect?: boolean } = {},
) {
  const client = new E2eeClient(http, socketUrl, userId);
  await client.registerDevice();
  await client.setRecovery();
  if (options.connect ?? true) await client.connect();
  return client;
}
