import type { CallEnded, CallIce, CallIncoming, CallInvite, CallSignal } from "./contracts/calls.js";
import type { ConversationEvent, SendEventRequest } from "./contracts/messaging.js";
import type { Notification } from "./contracts/notifications.js";

/** What the server answers to an acknowledged client event: ok with a value, or an HTTP-like status and reason. */
export type SocketAck<T> = { ok: true; value: T } | { ok: false; status: number; error: string; field?: string };

/** Events the server pushes to a browser over Socket.IO. */
export interface ServerToClientEvents {
  "notification:new": (notification: Notification) => void;
  "session:ended": () => void;
  /** A new entry in a conversation the member belongs to (to every member's sockets but the one that sent it, which has the ack). */
  "conversation:event": (event: ConversationEvent) => void;
  "conversation:typing": (payload: { conversationId: string; userId: string }) => void;
  "conversation:read": (payload: { conversationId: string; userId: string; seq: number }) => void;
  /** Membership, roles, mutes, devices or keys changed: refetch the conversation. */
  "conversation:changed": (payload: { conversationId: string }) => void;
  "call:incoming": (payload: CallIncoming) => void;
  /** answer, renegotiation offers and answers (screen sharing), from the other side. */
  "call:signal": (payload: CallSignal) => void;
  "call:ice": (payload: CallIce) => void;
  "call:ended": (payload: CallEnded) => void;
}

/** Events a browser sends; the first must authenticate within the server's timeout. */
export interface ClientToServerEvents {
  authenticate: (payload: { token?: string }, ack: (result: { ok: boolean; error?: string }) => void) => void;
  /** Stored with the next sequence number before the ack; then pushed to every member. */
  "conversation:send": (
    payload: SendEventRequest & { conversationId: string },
    ack: (result: SocketAck<ConversationEvent>) => void,
  ) => void;
  "conversation:typing": (payload: { conversationId: string }) => void;
  "conversation:read": (
    payload: { conversationId: string; seq: number },
    ack?: (result: SocketAck<null>) => void,
  ) => void;
  "call:invite": (payload: CallInvite, ack: (result: SocketAck<{ callId: string }>) => void) => void;
  "call:signal": (payload: CallSignal, ack?: (result: SocketAck<null>) => void) => void;
  "call:ice": (payload: CallIce) => void;
  "call:end": (payload: { callId: string; reason: "hangup" | "declined" | "busy" | "failed" }) => void;
}

/** Milliseconds a socket has to authenticate before it is dropped. */
export const SOCKET_AUTH_TIMEOUT_MS = 5000;
