import type { ClientToServerEvents, ServerToClientEvents } from "@mentalverse/shared";
import { io, type Socket } from "socket.io-client";
import type { App } from "../src/http/types.js";

export type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** Listens on a free loopback port and returns the base URL. */
export async function listen(app: App): Promise<string> {
  await app.listen({ port: 0, host: "127.0.0.1" });
  const address = app.server.address();
  if (!address || typeof address === "string") throw new Error("not listening on a TCP port");
  return `http://127.0.0.1:${address.port}`;
}

/** A Node Socket.IO client, connected; headers such as the session cookie go with the handshake. */
export function connectSocket(baseUrl: string, headers: Record<string, string> = {}): Promise<ClientSocket> {
  const socket: ClientSocket = io(baseUrl, { extraHeaders: headers, reconnection: false, forceNew: true });
  return new Promise((resolve, reject) => {
    socket.once("connect", () => resolve(socket));
    socket.once("connect_error", (error) => {
      socket.close();
      reject(error);
    });
  });
}

export function authenticate(socket: ClientSocket, payload: { token?: string } = {}) {
  return socket.timeout(5000).emitWithAck("authenticate", payload);
}

/** The next `event` on the socket, or a rejection after `ms`. */
export function nextEvent<E extends keyof ServerToClientEvents | "disconnect">(
  socket: ClientSocket,
  event: E,
  ms = 5000,
): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${event} within ${ms} ms`)), ms);
    // biome-ignore lint/suspicious/noExplicitAny: one listener shape for every event name
    (socket as any).once(event, (...args: unknown[]) => {
      clearTimeout(timer);
      resolve(args);
    });
  });
}

/** Resolves true if `event` arrives within `ms`, false otherwise. */
export async function receives(socket: ClientSocket, event: keyof ServerToClientEvents, ms: number): Promise<boolean> {
  return nextEvent(socket, event, ms).then(
    () => true,
    () => false,
  );
}

/**
 * The signed-in sockets of one test file: each opened with a client's session cookie and
 * authenticated; closeAll() after each test. Set baseUrl once the app listens.
 */
export class SignedInSockets {
  baseUrl = "";
  private readonly open: ClientSocket[] = [];

  async of(client: { cookies: Map<string, string> }): Promise<ClientSocket> {
    const socket = await connectSocket(this.baseUrl, { cookie: `mv_session=${client.cookies.get("mv_session")}` });
    this.open.push(socket);
    const result = await authenticate(socket);
    if (!result.ok) throw new Error(`socket authentication failed: ${JSON.stringify(result)}`);
    return socket;
  }

  closeAll(): void {
    for (const socket of this.open.splice(0)) socket.close();
  }
}
