import type { ClientToServerEvents, Notification, ServerToClientEvents } from "@mentalverse/shared";
import { io, type Socket } from "socket.io-client";

export type RealtimeSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export interface RealtimeHandlers {
  onNotification(notification: Notification): void;
  /** A session of this member ended (sign-out, password change); this tab may or may not be affected. */
  onSessionEnded(): void;
  /** The server refused the session or dropped the socket; the caller re-checks the session. */
  onAuthLost(): void;
  /** The socket (re)authenticated: events missed while away must be fetched again. */
  onAuthenticated?(): void;
}

export interface RealtimeConnection {
  socket: RealtimeSocket;
  close(): void;
}

const ACK_TIMEOUT_MS = 5000;
const MAX_RETRY_MS = 60_000;

/**
 * Opens the member's live connection on the same origin. The server reads the session cookie
 * from the handshake; the client must authenticate on every (re)connect before the server's
 * timeout. Returns the socket (for features that talk over it) and a function that closes it for good.
 */
export function connectRealtime(handlers: RealtimeHandlers): RealtimeConnection {
  const socket: RealtimeSocket = io({ path: "/socket.io", withCredentials: true, autoConnect: false });
  let closed = false;
  let retryMs = 2000;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;

  const authenticate = () => {
    socket.timeout(ACK_TIMEOUT_MS).emit("authenticate", {}, (error, result) => {
      if (closed) return;
      if (error || !result?.ok) {
        handlers.onAuthLost();
        return;
      }
      retryMs = 2000;
      handlers.onAuthenticated?.();
    });
  };

  socket.on("connect", authenticate);
  socket.on("notification:new", (notification) => handlers.onNotification(notification));
  // The caller re-checks the session: only this tab's own session ending means signing out here.
  socket.on("session:ended", () => handlers.onSessionEnded());
  socket.on("disconnect", (reason) => {
    // The client reconnects by itself after network trouble, but not when the server hung up.
    if (closed || reason !== "io server disconnect") return;
    handlers.onAuthLost();
    retryTimer = setTimeout(() => {
      if (!closed) socket.connect();
    }, retryMs);
    retryMs = Math.min(retryMs * 2, MAX_RETRY_MS);
  });

  socket.connect();
  return {
    socket,
    close: () => {
      closed = true;
      clearTimeout(retryTimer);
      socket.removeAllListeners();
      socket.disconnect();
    },
  };
}
