import type { Notification } from "./contracts/notifications.js";

/** Events the server pushes to a browser over Socket.IO. */
export interface ServerToClientEvents {
  "notification:new": (notification: Notification) => void;
  "session:ended": () => void;
}

/** Events a browser sends; the first must authenticate within the server's timeout. */
export interface ClientToServerEvents {
  authenticate: (payload: { token?: string }, ack: (result: { ok: boolean; error?: string }) => void) => void;
}

/** Milliseconds a socket has to authenticate before it is dropped. */
export const SOCKET_AUTH_TIMEOUT_MS = 5000;
