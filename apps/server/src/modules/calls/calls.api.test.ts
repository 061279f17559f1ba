import type { CallEnded, CallIce, CallIncoming, CallRecord, CallSignal, SocketAck } from "@mentalverse/shared";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { pairConversation as buildPair, type Member } from "../../../test/calls-fixture.js";
import { createTestApp, type TestApp } from "../../../test/harness.js";
import { member } from "../../../test/matching-fixture.js";
import { authenticate, type ClientSocket, connectSocket, listen, nextEvent, receives } from "../../../test/sockets.js";
import type { ManualClock } from "../../lib/clock.js";
import { endUnanswered } from "./end-call.js";

type ErrorBody = { error: { details?: { field: string }[] } };
let t: TestApp;
let baseUrl: string;
const open: ClientSocket[] = [];
beforeAll(async () => {
  t = await createTestApp();
  baseUrl = await listen(t.app);
});
afterEach(() => {
  for (const socket of open.splice(0)) socket.close();
});
afterAll(() => t.close());

const pairConversation = (who: { mentee?: Member; mentor?: Member; state?: "open" | "read_only" } = {}) =>
  buildPair(t, who);

async function socketOf(who: Member): Promise<ClientSocket> {
  const token = who.client.cookies.get("mv_session") as string;
  const socket = await connectSocket(baseUrl, { cookie: `mv_session=${token}` });
  open.push(socket);
  expect(await authenticate(socket)).toEqual({ ok: true });
  return socket;
}

const invite = (
  socket: ClientSocket,
  conversationId: string,
  media: "audio" | "video" = "video",
  signed: { deviceId?: string; signature?: string } = {},
) =>
  socket.timeout(5000).emitWithAck("call:invite", { conversationId, media, sdp: "v=0 offer", ...signed }) as Promise<
    SocketAck<{ callId: string }>
  >;
/** What a browser signs its descriptions with; the server only checks the shape and passes them on. */
const SIGNED = { deviceId: "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", signature: "A".repeat(86) };
const signal = (socket: ClientSocket, payload: CallSignal) =>
  socket.timeout(5000).emitWithAck("call:signal", payload) as Promise<SocketAck<null>>;
const callIdOf = (ack: SocketAck<{ callId: string }>) => {
  if (!ack.ok) throw new Error(`invite refused: ${ack.status} ${ack.error}`);
  return ack.value.callId;
};
const historyOf = async (who: Member, conversationId: string) =>
  (await who.client.get<{ calls: CallRecord[] }>(`/api/conversations/${conversationId}/calls`)).body.calls;

describe("call signalling on the socket", () => {
  it("rings the callee, relays the answer, ICE and a renegotiation, and records the call when it ends", async () => {
    const pair = await pairConversation();
    const caller = await socketOf(pair.mentee);
    const callee = await socketOf(pair.mentor);

    const ringing = nextEvent(callee, "call:incoming");
    const callId = callIdOf(await invite(caller, pair.id, "video", SIGNED));
    const [incoming] = (await ringing) as [CallIncoming];
    expect(incoming).toEqual({
      callId,
      conversationId: pair.id,
      fromUserId: pair.mentee.user.id,
      fromName: "Mia Mentee",
      media: "video",
      sdp: "v=0 offer",
      ...SIGNED,
    });

    // The caller's candidates trickle before the answer; the callee's browser holds them.
    const calleeIce = nextEvent(callee, "call:ice");
    caller.emit("call:ice", { callId, candidate: '{"candidate":"candidate:1 1 udp 1 10.0.0.1 5000 typ host"}' });
    expect(((await calleeIce) as [CallIce])[0].candidate).toContain("candidate:1");

    const answer = nextEvent(caller, "call:signal");
    expect(await signal(callee, { callId, type: "answer", sdp: "v=0 answer", ...SIGNED })).toEqual({
      ok: true,
      value: null,
    });
    expect(await answer).toEqual([{ callId, type: "answer", sdp: "v=0 answer", ...SIGNED }]);
    const callerIce = nextEvent(caller, "call:ice");
    callee.emit("call:ice", { callId, candidate: null });
    expect(await callerIce).toEqual([{ callId, candidate: null }]);

    // Screen sharing renegotiates: either side may offer once the call is answered.
    const offer = nextEvent(caller, "call:signal");
    await signal(callee, { callId, type: "offer", sdp: "v=0 screen" });
    expect(((await offer) as [CallSignal])[0]).toMatchObject({ type: "offer", sdp: "v=0 screen" });

    (t.clock as ManualClock).advance(95_000);
    const endedForCallee = nextEvent(callee, "call:ended");
    caller.emit("call:end", { callId, reason: "hangup" });
    expect(await endedForCallee).toEqual([{ callId, reason: "hangup" }]);

    const [record] = await historyOf(pair.mentor, pair.id);
    expect(record).toMatchObject({
      id: callId,
      callerId: pair.mentee.user.id,
      calleeId: pair.mentor.user.id,
      media: "video",
      endReason: "hangup",
      durationSeconds: 95,
    });
    expect(record?.answeredAt).not.toBeNull();
    expect(await historyOf(pair.mentee, pair.id)).toEqual([record]);
    // An ended call carries no more signals.
    expect(await signal(callee, { callId, type: "offer", sdp: "v=0 late" })).toMatchObject({ ok: false, status: 404 });
  });

  it("lets nobody but the pair's members call, and only in an open pair conversation", async () => {
    const pair = await pairConversation();
    const outsider = await member(t, { displayName: "Nosy Neighbour" });
    const outsiderSocket = await socketOf(outsider);
    const callee = await socketOf(pair.mentor);
    const rang = receives(callee, "call:incoming", 700);
    expect(await invite(outsiderSocket, pair.id)).toMatchObject({ ok: false, status: 404 });
    expect(await rang).toBe(false);

    const ended = await pairConversation({ state: "read_only" });
    expect(await invite(await socketOf(ended.mentee), ended.id)).toMatchObject({
      ok: false,
      status: 409,
      field: "conversationId",
    });
    const bad = await outsiderSocket
      .timeout(5000)
      .emitWithAck("call:invite", { conversationId: "not-an-id", media: "video", sdp: "x" });
    expect(bad).toMatchObject({ ok: false, status: 400, field: "conversationId" });
    expect(await historyOf(pair.mentee, pair.id)).toEqual([]);
  });

  it("keeps a third party out of someone else's call", async () => {
    const pair = await pairConversation();
    const caller = await socketOf(pair.mentee);
    const callee = await socketOf(pair.mentor);
    const intruder = await socketOf(await member(t, { displayName: "Mallory" }));
    const ringing = nextEvent(callee, "call:incoming");
    const callId = callIdOf(await invite(caller, pair.id));
    await ringing;

    // Nothing the intruder sends reaches either party, and the call goes on.
    const callerHears = receives(caller, "call:signal", 800);
    const calleeHears = receives(callee, "call:ice", 800);
    const callerEnded = receives(caller, "call:ended", 800);
    expect(await signal(intruder, { callId, type: "answer", sdp: "v=0 forged" })).toMatchObject({
      ok: false,
      status: 404,
    });
    intruder.emit("call:ice", { callId, candidate: '{"candidate":"candidate:9 1 udp 1 6.6.6.6 1 typ host"}' });
    intruder.emit("call:end", { callId, reason: "hangup" });
    expect(await callerHears).toBe(false);
    expect(await calleeHears).toBe(false);
    expect(await callerEnded).toBe(false);
    // Before the answer only the callee may signal, and only to answer.
    expect(await signal(caller, { callId, type: "offer", sdp: "v=0" })).toMatchObject({ ok: false, status: 409 });
    expect(await signal(callee, { callId, type: "offer", sdp: "v=0" })).toMatchObject({ ok: false, status: 409 });
    const [live] = await historyOf(pair.mentee, pair.id);
    expect(live).toMatchObject({ id: callId, endedAt: null, answeredAt: null });
  });

  it("rings every tab of the callee, and once one answers, the others stop ringing and stay out", async () => {
    const pair = await pairConversation();
    const caller = await socketOf(pair.mentee);
    const tabA = await socketOf(pair.mentor);
    const tabB = await socketOf(pair.mentor);
    const rings = Promise.all([nextEvent(tabA, "call:incoming"), nextEvent(tabB, "call:incoming")]);
    const callId = callIdOf(await invite(caller, pair.id));
    await rings;

    const stopRinging = nextEvent(tabB, "call:ended");
    const tabAHearsEnd = receives(tabA, "call:ended", 700);
    expect(await signal(tabA, { callId, type: "answer", sdp: "v=0 a" })).toEqual({ ok: true, value: null });
    expect(await stopRinging).toEqual([{ callId, reason: "hangup" }]);
    expect(await tabAHearsEnd).toBe(false);

    // A late answer or renegotiation from the other tab is refused, and its ICE goes nowhere.
    expect(await signal(tabB, { callId, type: "answer", sdp: "v=0 b" })).toMatchObject({
      ok: false,
      status: 409,
      field: "callId",
    });
    const callerHearsIce = receives(caller, "call:ice", 700);
    tabB.emit("call:ice", { callId, candidate: '{"candidate":"candidate:2 1 udp 1 10.0.0.2 5000 typ host"}' });
    expect(await callerHearsIce).toBe(false);
    // The tab in the call carries on.
    const relayed = nextEvent(caller, "call:ice");
    tabA.emit("call:ice", { callId, candidate: '{"candidate":"candidate:3 1 udp 1 10.0.0.3 5000 typ host"}' });
    expect(((await relayed) as [CallIce])[0].candidate).toContain("candidate:3");
    const [record] = await historyOf(pair.mentee, pair.id);
    expect(record).toMatchObject({ id: callId, endedAt: null });
    expect(record?.answeredAt).not.toBeNull();
  });

  it("ends a call to a member already in a call as busy, without ringing them", async () => {
    const first = await pairConversation();
    const second = await pairConversation({ mentor: first.mentor });
    const mentorSocket = await socketOf(first.mentor);
    const firstCallId = callIdOf(await invite(await socketOf(first.mentee), first.id, "audio"));
    expect(await signal(mentorSocket, { callId: firstCallId, type: "answer", sdp: "v=0" })).toMatchObject({ ok: true });

    const otherMentee = await socketOf(second.mentee);
    const rang = receives(mentorSocket, "call:incoming", 700);
    const busy = nextEvent(otherMentee, "call:ended");
    const callId = callIdOf(await invite(otherMentee, second.id));
    expect(await busy).toEqual([{ callId, reason: "busy" }]);
    expect(await rang).toBe(false);
    const [record] = await historyOf(second.mentor, second.id);
    expect(record).toMatchObject({ id: callId, endReason: "busy", answeredAt: null, durationSeconds: null });
    // The busy member cannot start a second call either.
    expect(await invite(mentorSocket, second.id)).toMatchObject({ ok: false, status: 409 });
  });

  it("records a declined call, a missed call and a call whose party disconnected", async () => {
    const pair = await pairConversation();
    const caller = await socketOf(pair.mentee);
    const callee = await socketOf(pair.mentor);

    const declined = callIdOf(await invite(caller, pair.id, "audio"));
    const toldDeclined = nextEvent(caller, "call:ended");
    callee.emit("call:end", { callId: declined, reason: "declined" });
    expect(await toldDeclined).toEqual([{ callId: declined, reason: "declined" }]);

    // The 45-second timer's action, run directly; it leaves an answered call alone.
    (t.clock as ManualClock).advance(60_000);
    const missed = callIdOf(await invite(caller, pair.id, "audio"));
    const toldMissed = Promise.all([nextEvent(caller, "call:ended"), nextEvent(callee, "call:ended")]);
    await endUnanswered(t.ctx, missed);
    expect(await toldMissed).toEqual([[{ callId: missed, reason: "missed" }], [{ callId: missed, reason: "missed" }]]);

    (t.clock as ManualClock).advance(60_000);
    const dropped = callIdOf(await invite(caller, pair.id, "video"));
    await signal(callee, { callId: dropped, type: "answer", sdp: "v=0" });
    await endUnanswered(t.ctx, dropped);
    const toldDropped = nextEvent(callee, "call:ended");
    caller.close();
    expect(((await toldDropped) as [CallEnded])[0]).toEqual({ callId: dropped, reason: "disconnected" });

    const reasons = (await historyOf(pair.mentor, pair.id)).map((c) => [c.id, c.endReason]);
    expect(reasons).toEqual([
      [dropped, "disconnected"],
      [missed, "missed"],
      [declined, "declined"],
    ]);
  });

  it("takes a call left ringing by a stopped process as missed, and lets both members call again", async () => {
    const pair = await pairConversation();
    const caller = await socketOf(pair.mentee);
    const callee = await socketOf(pair.mentor);
    const orphan = callIdOf(await invite(caller, pair.id, "audio"));
    // Two minutes later by the app's clock; the in-process 45-second timer is not what this is about.
    (t.clock as ManualClock).advance(120_000);
    const [shown] = await historyOf(pair.mentor, pair.id);
    expect(shown).toMatchObject({ id: orphan, endReason: "missed", answeredAt: null });
    expect(Date.parse(shown?.endedAt ?? "") - Date.parse(shown?.startedAt ?? "")).toBe(45_000);

    const ringing = nextEvent(caller, "call:incoming");
    const next = callIdOf(await invite(callee, pair.id, "video"));
    expect(((await ringing) as [CallIncoming])[0].callId).toBe(next);
    const stored = await t.ctx.db.selectFrom("calls").select("end_reason").where("id", "=", orphan).executeTakeFirst();
    expect(stored?.end_reason).toBe("missed");
  });
});

describe("GET /api/conversations/:id/calls", () => {
  it("is for the pair's two members, even after the relationship ended, and nobody else", async () => {
    const pair = await pairConversation({ state: "read_only" });
    expect((await pair.mentee.client.get(`/api/conversations/${pair.id}/calls`)).status).toBe(200);
    const outsider = await member(t);
    expect((await outsider.client.get(`/api/conversations/${pair.id}/calls`)).status).toBe(404);
    expect((await t.client().get(`/api/conversations/${pair.id}/calls`)).status).toBe(401);
    const malformed = await pair.mentor.client.get<ErrorBody>("/api/conversations/nope/calls");
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.details?.[0]?.field).toContain("id");

    // A member who left (left_at set) no longer reads it.
    await t.ctx.db
      .updateTable("conversation_members")
      .set({ left_at: t.clock.now() })
      .where("conversation_id", "=", pair.id)
      .where("user_id", "=", pair.mentee.user.id)
      .execute();
    expect((await pair.mentee.client.get(`/api/conversations/${pair.id}/calls`)).status).toBe(404);
  });

  it("refuses a group conversation by name", async () => {
    const owner = await member(t, { roles: ["mentee", "mentor"] });
    const now = t.clock.now();
    const group = await t.ctx.db
      .insertInto("conversations")
      .values({
        kind: "group",
        title: "Walking group",
        relationship_id: null,
        created_by: owner.user.id,
        state: "open",
        last_event_at: null,
        current_epoch: null,
        created_at: now,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await t.ctx.db
      .insertInto("conversation_members")
      .values({ conversation_id: group.id, user_id: owner.user.id, role: "owner", joined_at: now })
      .execute();
    const res = await owner.client.get<ErrorBody>(`/api/conversations/${group.id}/calls`);
    expect(res.status).toBe(409);
    expect(res.body.error.details?.[0]?.field).toBe("conversationId");
    expect(await invite(await socketOf(owner), group.id)).toMatchObject({ ok: false, status: 409 });
  });
});
