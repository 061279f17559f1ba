import { encryptEvent } from "@mentalverse/e2ee";
import type { ConversationDetail, ConversationEvent, SendEventRequest } from "@mentalverse/shared";
import type { RealtimeSocket } from "../../lib/socket.js";
import { ensureSendKey } from "./keys.js";
import type { StoredDevice } from "./keystore.js";

/** Something this device asked to send that the server has not acknowledged yet. */
export interface PendingSend {
  clientId: string;
  kind: "message" | "edit" | "reaction" | "delete";
  targetSeq?: number;
  payload?: unknown;
  attachmentIds?: string[];
  /** What the page shows while it waits (a message's or an edit's text); empty once the tab was closed. */
  text: string;
  createdAt: string;
  /** Order of sending within the conversation. */
  queuedAt: number;
  /** sending: queued or in flight (retried on reconnect); failed: the server refused it for good. */
  state: "sending" | "failed";
  error?: string;
  /** Read back from the device's outbox after the page was closed: only the encrypted request is left. */
  restored?: boolean;
  /** Its key is no longer current and its text is gone, so it cannot be sent: only discarded. */
  stale?: boolean;
}

export type Delivery =
  | { kind: "stored"; event: ConversationEvent }
  | { kind: "offline" }
  /** The server asked us to slow down (429): the same request goes again after `afterMs`. */
  | { kind: "later"; afterMs: number }
  | { kind: "refused"; status: number; error: string };

const ACK_TIMEOUT_MS = 10_000;

/**
 * How long to wait after a 429: the server's retry-after (seconds) when it gives one, at most a
 * minute; otherwise 1-5 s, spread at random so the members of a busy group do not all come back at once.
 */
export function retryDelayMs(retryAfterSeconds?: unknown, random: () => number = Math.random): number {
  if (typeof retryAfterSeconds === "number" && Number.isFinite(retryAfterSeconds) && retryAfterSeconds > 0) {
    return Math.min(retryAfterSeconds, 60) * 1000;
  }
  return 1000 + Math.floor(random() * 4000);
}

/**
 * One send over the socket, acknowledged only once the server stored it with its sequence number.
 * No connection or no answer in time means "offline", a 429 "later": the same request (same clientId)
 * goes again after a while, and the server answers a repeat with the event it already stored.
 */
export function deliver(
  socket: RealtimeSocket | null,
  conversationId: string,
  request: SendEventRequest,
): Promise<Delivery> {
  // socket.io would buffer an emit while disconnected and send it before re-authenticating.
  if (!socket?.connected) return Promise.resolve({ kind: "offline" });
  return new Promise((resolve) => {
    socket.timeout(ACK_TIMEOUT_MS).emit("conversation:send", { ...request, conversationId }, (error, result) => {
      if (error || !result) resolve({ kind: "offline" });
      else if (result.ok) resolve({ kind: "stored", event: result.value });
      // Not (yet) authenticated on this connection, or the server is in trouble: try again later.
      else if (result.status === 401 || result.status >= 500) resolve({ kind: "offline" });
      // Sending too fast: wait, then the same clientId again (the server stores it once).
      else if (result.status === 429) {
        resolve({ kind: "later", afterMs: retryDelayMs((result as { retryAfter?: unknown }).retryAfter) });
      } else resolve({ kind: "refused", status: result.status, error: result.error });
    });
  });
}

export function refusalText(status: number, error: string): string {
  if (status === 403) return "You can't send in this conversation right now.";
  if (status === 413) return "That is too large to send.";
  return error || `The server refused it (${status}).`;
}

/**
 * The request for one pending item, encrypted and signed under the key to use now (which may mean
 * making a new epoch first; the detail that comes back says so). A deletion carries no ciphertext.
 */
export async function sealRequest(
  item: PendingSend,
  detail: ConversationDetail,
  device: StoredDevice,
  keys: Map<number, string>,
): Promise<{ request: SendEventRequest; detail: ConversationDetail }> {
  const base: SendEventRequest = {
    clientId: item.clientId,
    kind: item.kind,
    senderDeviceId: device.deviceId,
    ...(item.targetSeq ? { targetSeq: item.targetSeq } : {}),
    ...(item.attachmentIds?.length ? { attachmentIds: item.attachmentIds } : {}),
  };
  if (item.kind === "delete") return { request: base, detail };
  const { epoch, key, detail: next } = await ensureSendKey(detail, device, keys);
  const header = {
    conversationId: detail.id,
    epoch,
    kind: item.kind,
    targetSeq: item.targetSeq ?? null,
    senderDeviceId: device.deviceId,
  };
  const sealed = encryptEvent(header, item.payload, key, device.keys.signSecretKey);
  return { request: { ...base, epoch, ...sealed }, detail: next };
}
