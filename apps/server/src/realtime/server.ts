import type http from "node:http";
import type { ClientToServerEvents, ServerToClientEvents } from "@mentalverse/shared";
import { createAdapter } from "@socket.io/redis-adapter";
import type { FastifyBaseLogger } from "fastify";
import { Server, type Socket } from "socket.io";
import type { Config } from "../config/config.js";
import type { AppContext, RealtimeHub } from "../context.js";
import { MINUTE } from "../lib/clock.js";
import { resolveSession } from "../modules/auth/resolve-session.js";
import { originAllowed, presentedToken } from "./handshake.js";
import { findLiveSessionIds } from "./realtime-repository.js";
import { connectRedis } from "./redis.js";
import { sessionRoom, userRoom } from "./rooms.js";
import { socketModules } from "./socket-modules.js";

export interface RealtimeServer extends RealtimeHub {
  /** Hands over the context the socket handlers resolve sessions with; buildApp calls it once. */
  useContext(ctx: AppContext): void;
  /**
   * Drops this process's sockets whose session has ended without a sign-out (expiry, or revoked by a
   * password change). Runs every minute; returns how many sockets it dropped.
   */
  recheckSessions(): Promise<number>;
  /**
   * Tells the sockets of one session (on any process) that it ended; their clients then hang up.
   * Unlike emitToUser(userId, "session:ended"), the member's other devices stay signed in.
   */
  endSession(sessionId: string): void;
  close(): Promise<void>;
}

export interface RealtimeDeps {
  config: Config;
  log: FastifyBaseLogger;
}

interface SocketData {
  userId?: string;
  sessionId?: string;
  modulesAttached?: boolean;
}

export type RealtimeSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
/**
 * A module's socket handlers, attached once a socket has authenticated (so every handler knows its
 * member). Listed in socket-modules.ts.
 */
export type SocketModule = (ctx: AppContext, socket: RealtimeSocket, userId: string) => void;
type AnyEmit = (event: string, ...args: unknown[]) => boolean;

const SESSION_RECHECK_MS = MINUTE;

/**
 * Socket.IO on the app's HTTP server. A socket proves who it is with `authenticate` (session cookie
 * or token) within the configured timeout, then joins its member's room. With REDIS_URL, rooms span
 * every server process, so a notification raised on one reaches a browser connected to another.
 */
export async function createRealtime(httpServer: http.Server, deps: RealtimeDeps): Promise<RealtimeServer> {
  const { config, log } = deps;
  const redis = config.REDIS_URL ? await connectRedis(config.REDIS_URL, log) : null;
  const io = new Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>(httpServer, {
    serveClient: false,
    // The largest client event is an encrypted message (64 KiB of ciphertext as base64url, plus fields).
    maxHttpBufferSize: 256 * 1024,
    allowRequest: (request, callback) => callback(null, originAllowed(request, config)),
  });
  if (redis) io.adapter(createAdapter(redis.pub, redis.sub, { key: "mentalverse" }));
  let ctx: AppContext | null = null;

  const authenticate = async (socket: RealtimeSocket, payload: unknown): Promise<string | null> => {
    if (!ctx) return "server is starting";
    const session = await resolveSession(ctx, presentedToken(payload, socket.handshake.headers.cookie));
    if (!session) return "unauthenticated";
    // The deadline may have passed while the session was looked up; a closed socket must not join.
    if (!socket.connected) return "timed out";
    socket.data.userId = session.userId;
    socket.data.sessionId = session.sessionId;
    await socket.join([userRoom(session.userId), sessionRoom(session.sessionId)]);
    return null;
  };

  io.on("connection", (socket: RealtimeSocket) => {
    const deadline = setTimeout(() => {
      if (!socket.data.userId) socket.disconnect(true);
    }, config.SOCKET_AUTH_TIMEOUT_MS);
    socket.on("disconnect", () => clearTimeout(deadline));
    socket.on("authenticate", async (payload, ack) => {
      const reply = typeof ack === "function" ? ack : () => {};
      if (socket.data.userId) return reply({ ok: true });
      let problem: string | null;
      try {
        problem = await authenticate(socket, payload);
      } catch (error) {
        log.error({ err: error }, "socket authentication failed");
        problem = "unavailable";
      }
      if (problem) {
        reply({ ok: false, error: problem });
        socket.disconnect(true);
        return;
      }
      clearTimeout(deadline);
      if (ctx && !socket.data.modulesAttached) {
        socket.data.modulesAttached = true;
        for (const attach of socketModules) attach(ctx, socket, socket.data.userId as string);
      }
      reply({ ok: true });
    });
  });

  const recheckSessions = async (): Promise<number> => {
    if (!ctx) return 0;
    const sockets = [...io.of("/").sockets.values()].filter((s) => s.data.sessionId);
    const live = await findLiveSessionIds(
      ctx.db,
      [...new Set(sockets.map((s) => s.data.sessionId as string))],
      ctx.clock.now(),
    );
    const ended = sockets.filter((s) => !live.has(s.data.sessionId as string));
    for (const socket of ended) {
      socket.emit("session:ended");
      socket.disconnect(true);
    }
    return ended.length;
  };
  const recheckTimer = setInterval(() => {
    recheckSessions().catch((error) => log.warn({ err: error }, "could not recheck socket sessions"));
  }, SESSION_RECHECK_MS);
  recheckTimer.unref();

  return {
    useContext(context) {
      ctx = context;
    },
    emitToUsers(userIds, event, payload) {
      if (userIds.length === 0) return;
      // One broadcast to all the rooms: with Redis, one publish however many members.
      const rooms = io.to(userIds.map(userRoom)) as unknown as { emit: AnyEmit };
      rooms.emit(event, payload);
    },
    emitToUser(userId, event, payload) {
      // The hub takes any event name; the typed events are the contract with the web app.
      const room = io.to(userRoom(userId)) as unknown as { emit: AnyEmit };
      if (payload === undefined) room.emit(event);
      else room.emit(event, payload);
    },
    disconnectUser(userId) {
      // With the Redis adapter this reaches the member's sockets on every process.
      io.in(userRoom(userId)).disconnectSockets(true);
    },
    recheckSessions,
    endSession(sessionId) {
      io.to(sessionRoom(sessionId)).emit("session:ended");
    },
    async close() {
      clearInterval(recheckTimer);
      // Disconnects this process's sockets only, and unsubscribes the adapter.
      await io.close();
      await redis?.close();
    },
  };
}
