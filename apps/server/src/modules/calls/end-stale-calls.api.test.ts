import type { SocketAck } from "@mentalverse/shared";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { pairConversation } from "../../../test/calls-fixture.js";
import { createTestApp, type TestApp } from "../../../test/harness.js";
import { type ClientSocket, listen, nextEvent, receives, SignedInSockets } from "../../../test/sockets.js";
import { endStaleCallsJob } from "../../jobs/definitions/end-stale-calls.js";
import { HOUR, type ManualClock } from "../../lib/clock.js";

let t: TestApp;
const sockets = new SignedInSockets();
beforeAll(async () => {
  t = await createTestApp();
  sockets.baseUrl = await listen(t.app);
});
afterEach(() => sockets.closeAll());
afterAll(() => t.close());

const clock = () => t.clock as ManualClock;
// The job as pg-boss's cron runs it: with an empty payload.
const runJob = () => endStaleCallsJob.handle(t.ctx, {});

/** A pair conversation with both members' sockets open. */
async function pairOnSockets(): Promise<{ id: string; caller: ClientSocket; callee: ClientSocket }> {
  const { id, mentee, mentor } = await pairConversation(t);
  return { id, caller: await sockets.of(mentee.client), callee: await sockets.of(mentor.client) };
}

async function ring(pair: { id: string; caller: ClientSocket; callee: ClientSocket }): Promise<string> {
  const incoming = nextEvent(pair.callee, "call:incoming");
  const ack = (await pair.caller
    .timeout(5000)
    .emitWithAck("call:invite", { conversationId: pair.id, media: "audio", sdp: "v=0 offer" })) as SocketAck<{
    callId: string;
  }>;
  if (!ack.ok) throw new Error(`invite refused: ${ack.status} ${ack.error}`);
  await incoming;
  return ack.value.callId;
}

const stored = (callId: string) =>
  t.ctx.db
    .selectFrom("calls")
    .select(["started_at", "answered_at", "ended_at", "end_reason"])
    .where("id", "=", callId)
    .executeTakeFirstOrThrow();

/**
 * The database as the job sees it, except that `beforeUpdate` runs just before any update is sent:
 * lets a test land an answer between the job finding a stale call and ending it.
 */
function racingDb<T extends object>(db: T, beforeUpdate: () => Promise<void>): T {
  const wrap = <B extends object>(builder: B): B =>
    new Proxy(builder, {
      get(target, prop) {
        const value = Reflect.get(target, prop);
        if (typeof value !== "function") return value;
        if (prop === "executeTakeFirst") {
          return async (...args: unknown[]) => {
            await beforeUpdate();
            return value.apply(target, args);
          };
        }
        return (...args: unknown[]) => {
          const out = value.apply(target, args);
          return out && typeof out === "object" ? wrap(out) : out;
        };
      },
    });
  return new Proxy(db, {
    get(target, prop) {
      const value = Reflect.get(target, prop);
      if (typeof value !== "function") return value;
      if (prop === "updateTable") return (...args: unknown[]) => wrap(value.apply(target, args));
      return value.bind(target);
    },
  });
}

/** Whether either member hears of an end within a while. */
const eitherHearsEnd = (pair: { caller: ClientSocket; callee: ClientSocket }) =>
  Promise.all([receives(pair.caller, "call:ended", 700), receives(pair.callee, "call:ended", 700)]);

describe("end-stale-calls job", () => {
  it("ends a call still ringing past its ringing time as missed, tells both members, and a second run changes nothing", async () => {
    const pair = await pairOnSockets();
    const callId = await ring(pair);
    // Past the 45-second ringing time and its 15-second grace, as if the inviting process had died.
    clock().advance(61_000);

    const told = Promise.all([nextEvent(pair.caller, "call:ended"), nextEvent(pair.callee, "call:ended")]);
    await runJob();
    expect(await told).toEqual([[{ callId, reason: "missed" }], [{ callId, reason: "missed" }]]);
    const row = await stored(callId);
    expect(row).toMatchObject({ end_reason: "missed", answered_at: null });
    expect((row.ended_at?.getTime() ?? 0) - row.started_at.getTime()).toBe(45_000);

    const heard = eitherHearsEnd(pair);
    await runJob();
    clock().advance(60_000);
    await runJob();
    expect(await heard).toEqual([false, false]);
    expect(await stored(callId)).toEqual(row);
  });

  it("leaves a call that is still within its ringing time alone", async () => {
    const pair = await pairOnSockets();
    const callId = await ring(pair);
    // Past the in-process timer's 45 seconds, but within the grace that lets that timer act first.
    clock().advance(55_000);

    const heard = eitherHearsEnd(pair);
    await runJob();
    expect(await heard).toEqual([false, false]);
    expect(await stored(callId)).toMatchObject({ ended_at: null, end_reason: null });
  });

  it("leaves a call answered meanwhile alone, until it is older than any call may last", async () => {
    const pair = await pairOnSockets();
    const callId = await ring(pair);
    const answered = await pair.callee
      .timeout(5000)
      .emitWithAck("call:signal", { callId, type: "answer", sdp: "v=0 answer" });
    expect(answered).toEqual({ ok: true, value: null });
    clock().advance(2 * 60_000);

    const heard = eitherHearsEnd(pair);
    await runJob();
    expect(await heard).toEqual([false, false]);
    const row = await stored(callId);
    expect(row).toMatchObject({ ended_at: null, end_reason: null });
    expect(row.answered_at).not.toBeNull();

    // Both ends' processes crashed mid-call: past 12 hours it is recorded as disconnected.
    clock().advance(12 * HOUR);
    const told = Promise.all([nextEvent(pair.caller, "call:ended"), nextEvent(pair.callee, "call:ended")]);
    await runJob();
    expect(await told).toEqual([[{ callId, reason: "disconnected" }], [{ callId, reason: "disconnected" }]]);
    const ended = await stored(callId);
    expect(ended.end_reason).toBe("disconnected");
    expect((ended.ended_at?.getTime() ?? 0) - ended.started_at.getTime()).toBe(12 * HOUR);
  });

  it("lets an answer that lands while the job is at work win", async () => {
    const pair = await pairOnSockets();
    const callId = await ring(pair);
    clock().advance(61_000);

    let answered: unknown;
    const answerFirst = async () => {
      answered ??= await pair.callee
        .timeout(5000)
        .emitWithAck("call:signal", { callId, type: "answer", sdp: "v=0 answer" });
    };
    const heard = eitherHearsEnd(pair);
    const answer = nextEvent(pair.caller, "call:signal");
    await endStaleCallsJob.handle({ ...t.ctx, db: racingDb(t.ctx.db, answerFirst) }, {});
    expect(answered).toEqual({ ok: true, value: null });
    expect(await answer).toEqual([{ callId, type: "answer", sdp: "v=0 answer" }]);
    expect(await heard).toEqual([false, false]);
    const row = await stored(callId);
    expect(row).toMatchObject({ ended_at: null, end_reason: null });
    expect(row.answered_at).not.toBeNull();
  });

  it("does not overwrite a call its members ended themselves", async () => {
    const pair = await pairOnSockets();
    const callId = await ring(pair);
    const declined = Promise.all([nextEvent(pair.caller, "call:ended"), nextEvent(pair.callee, "call:ended")]);
    pair.callee.emit("call:end", { callId, reason: "declined" });
    expect(await declined).toEqual([[{ callId, reason: "declined" }], [{ callId, reason: "declined" }]]);
    const row = await stored(callId);
    clock().advance(2 * 60_000);

    const heard = eitherHearsEnd(pair);
    await runJob();
    expect(await heard).toEqual([false, false]);
    expect(await stored(callId)).toEqual(row);
  });
});
