import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { io, type Socket } from "socket.io-client";
import { childArg } from "../child-process.js";
import type { BenchPlan } from "./plan.js";
import { randomB64 } from "./plan.js";
import { Histogram, type LatencySummary } from "./stats.js";

/**
 * The load generator, in its own process: connects every client of the plan (or of its part) over
 * WebSocket, authenticates with the session token, then
 *   open loop:   messages at a fixed total rate (ramping from 10% over --ramp s, held for --hold s),
 *                whatever the server answers;
 *   closed loop: every client keeps --window messages in flight for --closed s (maximum throughput).
 * Delivery latency is from just before conversation:send to the recipient's conversation:event,
 * both in this process (one clock). Payloads are random bytes of ciphertext sizes. Prints one JSON line.
 */
interface Client {
  index: number;
  userId: string;
  deviceId: string;
  socket: Socket;
  conversations: number[];
  next: number;
  inFlight: number;
}
type Phase = "ramp" | "open" | "closed";
interface Pending {
  t0: number;
  phase: Phase;
  remaining: number;
}
class PhaseStats {
  sent = 0;
  acked = 0;
  failed = 0;
  deliveries = 0;
  lastAckAt = 0;
  startedAt = 0;
  endedAt = 0;
  readonly ack = new Histogram();
  readonly delivery = new Histogram();
  readonly failures = new Map<string, number>();
}
export interface PhaseResult {
  sent: number;
  acked: number;
  failed: number;
  failures: Record<string, number>;
  deliveries: number;
  expectedDeliveries: number;
  seconds: number;
  ackedPerSecond: number;
  ack: LatencySummary;
  delivery: LatencySummary;
}
export interface LoadResult {
  clients: number;
  connectSeconds: number;
  /** Acked while ramping up (not measured, but stored). */
  rampAcked: number;
  open: PhaseResult | null;
  closed: PhaseResult | null;
  clientCpuSeconds: number;
  disconnects: number;
}

const plan = JSON.parse(readFileSync(childArg("plan"), "utf8")) as BenchPlan;
const urls = childArg("urls").split(",");
const rate = Number(childArg("rate") || 5000);
const rampS = Number(childArg("ramp") || 5);
const holdS = Number(childArg("hold") || 20);
const closedS = Number(childArg("closed") || 15);
const windowSize = Number(childArg("window") || 1);
const part = Number(childArg("part") || 0);
const parts = Number(childArg("parts") || 1);

// Ciphertext of a short chat message: 225-750 bytes, so 300-1,000 characters of base64url.
const CIPHERTEXTS = Array.from({ length: 512 }, (_, i) => randomB64(225 + Math.floor((i * 525) / 511)));
const NONCES = Array.from({ length: 64 }, () => randomB64(24));
const COMMITMENTS = Array.from({ length: 64 }, () => randomB64(32));
const SIGNATURES = Array.from({ length: 64 }, () => randomB64(64));

const pending = new Map<string, Pending>();
const stats: Record<Phase, PhaseStats> = { ramp: new PhaseStats(), open: new PhaseStats(), closed: new PhaseStats() };
const expected: Record<Phase, number> = { ramp: 0, open: 0, closed: 0 };
let disconnects = 0;
let sendCount = 0;

function connect(index: number, url: string): Promise<Client> {
  const entry = plan.clients[index];
  if (!entry) throw new Error(`no client ${index}`);
  const socket = io(url, { transports: ["websocket"], reconnection: false, forceNew: true, timeout: 30_000 });
  const client: Client = {
    index,
    userId: entry.userId,
    deviceId: entry.deviceId,
    socket,
    conversations: plan.conversationsOf[index] ?? [],
    next: 0,
    inFlight: 0,
  };
  socket.on("conversation:event", (event: { senderId: string | null; clientId: string | null }) => {
    if (event.senderId === client.userId || !event.clientId) return;
    const p = pending.get(event.clientId);
    if (!p) return;
    const s = stats[p.phase];
    s.deliveries += 1;
    s.delivery.add(performance.now() - p.t0);
    p.remaining -= 1;
    if (p.remaining <= 0) pending.delete(event.clientId);
  });
  socket.on("disconnect", () => {
    disconnects += 1;
  });
  return new Promise((resolve, reject) => {
    socket.once("connect_error", reject);
    socket.once("connect", () => {
      socket
        .timeout(30_000)
        .emitWithAck("authenticate", { token: entry.token })
        .then((r: { ok: boolean; error?: string }) => (r.ok ? resolve(client) : reject(new Error(r.error))), reject);
    });
  });
}

function send(client: Client, phase: Phase, onAck?: () => void): void {
  const conversationIndex = client.conversations[client.next % client.conversations.length] as number;
  client.next += 1;
  const conversation = plan.conversations[conversationIndex];
  if (!conversation) return;
  const clientId = randomUUID();
  const s = stats[phase];
  const k = sendCount++;
  const payload = {
    conversationId: conversation.id,
    clientId,
    kind: "message",
    senderDeviceId: client.deviceId,
    epoch: 1,
    nonce: NONCES[k % 64],
    ciphertext: CIPHERTEXTS[k % 512],
    commitment: COMMITMENTS[k % 64],
    signature: SIGNATURES[k % 64],
  };
  const t0 = performance.now();
  pending.set(clientId, { t0, phase, remaining: conversation.members.length - 1 });
  expected[phase] += conversation.members.length - 1;
  s.sent += 1;
  client.inFlight += 1;
  client.socket
    .timeout(60_000)
    .emit("conversation:send", payload, (error: Error | null, result: { ok: boolean; error?: string }) => {
      client.inFlight -= 1;
      const now = performance.now();
      if (!error && result?.ok) {
        s.acked += 1;
        s.ack.add(now - t0);
        s.lastAckAt = now;
      } else {
        // Refused: nothing will be delivered (a timed-out send might still be, and is then counted).
        if (!error) {
          expected[phase] -= conversation.members.length - 1;
          pending.delete(clientId);
        }
        s.failed += 1;
        const reason = error ? "ack timeout" : String(result?.error ?? "unknown");
        s.failures.set(reason, (s.failures.get(reason) ?? 0) + 1);
      }
      onAck?.();
    });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits until every ack and delivery of the phase is in, or `ms` passed. */
async function drain(phase: Phase, ms: number): Promise<void> {
  const deadline = performance.now() + ms;
  const s = stats[phase];
  while (performance.now() < deadline) {
    if (s.acked + s.failed === s.sent && s.deliveries >= expected[phase]) return;
    await sleep(50);
  }
}

function result(phase: Phase, seconds: number): PhaseResult {
  const s = stats[phase];
  return {
    sent: s.sent,
    acked: s.acked,
    failed: s.failed,
    failures: Object.fromEntries(s.failures),
    deliveries: s.deliveries,
    expectedDeliveries: expected[phase],
    seconds: Math.round(seconds * 100) / 100,
    ackedPerSecond: Math.round(s.acked / seconds),
    ack: s.ack.summary(),
    delivery: s.delivery.summary(),
  };
}

/** Sends so that the total sent follows the ramp-then-hold schedule; clients take turns. */
async function openLoop(clients: Client[]): Promise<PhaseResult> {
  const dueAt = (t: number) =>
    t < rampS ? rate * (0.1 * t + (0.45 * t * t) / rampS) : rate * (0.55 * rampS + (t - rampS));
  const start = performance.now();
  let sent = 0;
  let turn = 0;
  let phase: Phase = rampS > 0 ? "ramp" : "open";
  await new Promise<void>((resolve) => {
    const timer = setInterval(() => {
      const t = (performance.now() - start) / 1000;
      if (phase === "ramp" && t >= rampS) {
        phase = "open";
        stats.open.startedAt = performance.now();
      }
      if (t >= rampS + holdS) {
        clearInterval(timer);
        stats.open.endedAt = performance.now();
        resolve();
        return;
      }
      const due = Math.floor(dueAt(t));
      for (; sent < due; sent += 1) {
        send(clients[turn % clients.length] as Client, phase);
        turn += 1;
      }
    }, 2);
  });
  if (stats.open.startedAt === 0) stats.open.startedAt = start;
  await drain("open", 30_000);
  await drain("ramp", 1_000);
  // Throughput over the hold, up to the last ack of a message sent in it (later if the server fell behind).
  const seconds = (Math.max(stats.open.endedAt, stats.open.lastAckAt) - stats.open.startedAt) / 1000;
  return result("open", seconds);
}

async function closedLoop(clients: Client[]): Promise<PhaseResult> {
  const start = performance.now();
  const end = start + closedS * 1000;
  const keepGoing = (client: Client) => {
    if (performance.now() < end) send(client, "closed", () => keepGoing(client));
  };
  for (const client of clients) for (let w = 0; w < windowSize; w += 1) keepGoing(client);
  await sleep(closedS * 1000);
  const seconds = (performance.now() - start) / 1000;
  await drain("closed", 30_000);
  return result("closed", seconds);
}

async function main(): Promise<void> {
  const mine = plan.conversations.map((c, i) => ({ c, i })).filter(({ i }) => i % parts === part);
  const placed: { index: number; url: string }[] = [];
  for (const { c } of mine) {
    c.members.forEach((m, k) => {
      placed.push({ index: m, url: urls[k % urls.length] as string });
    });
  }
  const connectStart = performance.now();
  const clients: Client[] = [];
  for (let i = 0; i < placed.length; i += 100) {
    clients.push(...(await Promise.all(placed.slice(i, i + 100).map((p) => connect(p.index, p.url)))));
  }
  const connectSeconds = (performance.now() - connectStart) / 1000;
  // Senders in random order, so consecutive sends spread over conversations and (with two servers) processes.
  const senders = [...clients].sort(() => Math.random() - 0.5);
  const cpuStart = process.cpuUsage();
  const open = holdS > 0 ? await openLoop(senders) : null;
  const closed = closedS > 0 ? await closedLoop(senders) : null;
  const cpu = process.cpuUsage(cpuStart);
  const out: LoadResult = {
    clients: clients.length,
    connectSeconds: Math.round(connectSeconds * 100) / 100,
    rampAcked: stats.ramp.acked,
    open,
    closed,
    clientCpuSeconds: Math.round((cpu.user + cpu.system) / 1e4) / 100,
    disconnects,
  };
  for (const c of clients) c.socket.close();
  console.log(JSON.stringify(out));
  process.exit(0);
}

await main();
