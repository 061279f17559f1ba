import { readFileSync } from "node:fs";
import http from "node:http";
import { Server } from "socket.io";
import type { BenchPlan } from "./plan.js";

/**
 * The reference: a raw Socket.IO relay with no storage, no validation and no database. It speaks
 * the same events as the real server (authenticate with a token, conversation:send with an ack
 * carrying the event, conversation:event pushed to every member's room, the sender's too) and
 * numbers events per conversation in memory, so the load and the bytes on the wire are the same.
 *
 * Run as a child: `node --import tsx bench/realtime/relay-server.ts <plan.json> <port>`; prints
 * "listening <port>" when ready.
 */
const [planFile, portArg] = process.argv.slice(2);
const plan = JSON.parse(readFileSync(planFile as string, "utf8")) as BenchPlan;
const userByToken = new Map(plan.clients.map((c) => [c.token, c.userId]));
const roomsOf = new Map(plan.conversations.map((c) => [c.id, c.members.map((m) => `user:${plan.clients[m]?.userId}`)]));
const lastSeq = new Map<string, number>();

const httpServer = http.createServer();
const io = new Server(httpServer, { serveClient: false, maxHttpBufferSize: 256 * 1024 });
io.on("connection", (socket) => {
  let userId: string | undefined;
  socket.on("authenticate", (payload: { token?: string }, ack: (r: unknown) => void) => {
    userId = userByToken.get(payload?.token ?? "");
    if (!userId) {
      ack({ ok: false, error: "unauthenticated" });
      socket.disconnect(true);
      return;
    }
    socket.join(`user:${userId}`);
    ack({ ok: true });
  });
  socket.on("conversation:send", (payload: Record<string, unknown>, ack: (r: unknown) => void) => {
    const conversationId = String(payload.conversationId);
    const rooms = roomsOf.get(conversationId);
    if (!userId || !rooms) return ack({ ok: false, status: 404, error: "not found" });
    const seq = (lastSeq.get(conversationId) ?? 0) + 1;
    lastSeq.set(conversationId, seq);
    const event = {
      id: crypto.randomUUID(),
      conversationId,
      seq,
      kind: payload.kind,
      senderId: userId,
      senderDeviceId: payload.senderDeviceId,
      clientId: payload.clientId,
      epoch: payload.epoch,
      nonce: payload.nonce,
      ciphertext: payload.ciphertext,
      commitment: payload.commitment,
      signature: payload.signature,
      targetSeq: null,
      attachmentIds: [],
      system: null,
      createdAt: new Date().toISOString(),
      deletedAt: null,
    };
    // Like the real server: every member's sockets but the sending one (it has the ack).
    socket.to(rooms).emit("conversation:event", event);
    ack({ ok: true, value: event });
  });
});
httpServer.listen(Number(portArg), "127.0.0.1", () => console.log(`listening ${portArg}`));
process.on("SIGTERM", () => {
  io.close();
  process.exit(0);
});
