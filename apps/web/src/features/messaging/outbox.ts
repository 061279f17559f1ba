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
  /** What the page shows while it waits (a message's or an edit's text). */
  text: string;
  createdAt: string;
  /** sending: queued or in flight (retried on reconnect); failed: the server refused it for good. */
  state: "sending" | "failed";
  error?: string;
}

export type Delivery =
  | { kind: "stored"; event: ConversationEvent }
  | { kind: "offline" }
  | { kind: "refused"; status: number; error: string };

const ACK_TIMEOUT_MS = 10_000;

/**
 * One send over the socket, acknowledged only once the server stored it with its sequence number.
 * No connection or no answer in time means "offline": the same request (same clientId) goes again
 * later, and the server answers a repeat with the event it already stored.
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
      else resolve({ kind: "refused", status: result.status, error: result.error });
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
