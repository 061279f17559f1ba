import { generateConversationKey, keyCommitment, ready, signKeyEpoch } from "@mentalverse/e2ee";
import type { ConversationDetail, KeyEnvelopesResponse } from "@mentalverse/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signedInClient } from "../../../test/factories.js";
import { createTestApp, type TestApp } from "../../../test/harness.js";
import {
  bytes,
  chattingPair,
  detailOf,
  epochBody,
  keysOf,
  registerDevice,
  requireRekey,
  rotate,
  setRecoveryKey,
} from "../../../test/messaging-fixture.js";

let t: TestApp;
beforeAll(async () => {
  await ready();
  t = await createTestApp();
});
afterAll(() => t.close());

type Failure = { error: { message: string; details?: { field: string; reason: string }[] } };

describe("key epochs", () => {
  it("the first epoch must be 1 and cover every member device and recovery key; then it is current", async () => {
    const chat = await chattingPair(t, { epoch: false });
    await setRecoveryKey(chat.mentor.client);
    const keys = `/api/conversations/${chat.conversationId}/keys`;
    const body = await epochBody(chat.mentee.client, chat.conversationId, chat.menteeDevice.id);
    expect(body.envelopes).toHaveLength(2);
    expect(body.recoveryEnvelopes).toHaveLength(1);

    const wrongNumber = await chat.mentee.client.post<Failure>(keys, { ...body, epoch: 2 });
    expect(wrongNumber.status).toBe(409);
    expect(wrongNumber.body.error.details?.[0]).toEqual({ field: "epoch", reason: "expected 1" });

    const missingDevice = await chat.mentee.client.post<Failure>(keys, {
      ...body,
      envelopes: body.envelopes.slice(0, 1),
    });
    expect(missingDevice.status).toBe(422);
    expect(missingDevice.body.error.details?.[0]?.field).toBe("envelopes");
    expect(missingDevice.body.error.details?.[0]?.reason).toContain(body.envelopes[1]?.deviceId);

    const unknown = crypto.randomUUID();
    const stray = await chat.mentee.client.post<Failure>(keys, {
      ...body,
      envelopes: [...body.envelopes, { deviceId: unknown, sealedKey: bytes(80) }],
    });
    expect(stray.status).toBe(422);
    expect(stray.body.error.details?.[0]?.field).toBe("envelopes[2].deviceId");

    const twice = await chat.mentee.client.post<Failure>(keys, {
      ...body,
      envelopes: [...body.envelopes, body.envelopes[0]],
    });
    expect(twice.body.error.details?.[0]).toEqual({ field: "envelopes[2].deviceId", reason: "listed twice" });

    const noRecovery = await chat.mentee.client.post<Failure>(keys, { ...body, recoveryEnvelopes: [] });
    expect(noRecovery.status).toBe(422);
    expect(noRecovery.body.error.details?.[0]).toEqual({
      field: "recoveryEnvelopes",
      reason: `missing recovery key of member ${chat.mentor.user.id}`,
    });

    const notMine = await chat.mentee.client.post<Failure>(keys, { ...body, createdByDeviceId: chat.mentorDevice.id });
    expect(notMine.status).toBe(422);
    expect(notMine.body.error.details?.[0]?.field).toBe("createdByDeviceId");

    const made = await chat.mentee.client.post<ConversationDetail>(keys, body);
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ currentEpoch: 1, rekeyNeeded: false });
    expect(made.body.missingEnvelopes).toEqual({ deviceIds: [], recoveryUserIds: [] });
    const members = await t.ctx.db
      .selectFrom("conversation_members")
      .select("from_epoch")
      .where("conversation_id", "=", chat.conversationId)
      .execute();
    expect(members.map((m) => m.from_epoch)).toEqual([1, 1]);

    // A key is replaced only when one is needed: otherwise any member could keep swapping it.
    const unneeded = await chat.mentor.client.post<Failure>(
      keys,
      await epochBody(chat.mentor.client, chat.conversationId, chat.mentorDevice.id),
    );
    expect([unneeded.status, unneeded.body.error.details?.[0]]).toEqual([
      409,
      { field: "epoch", reason: "no new key needed" },
    ]);

    // Two devices racing for the same next number: one wins, the other hears 409.
    await requireRekey(t, chat.conversationId);
    const [a, b] = await Promise.all([
      epochBody(chat.mentee.client, chat.conversationId, chat.menteeDevice.id),
      epochBody(chat.mentor.client, chat.conversationId, chat.mentorDevice.id),
    ]);
    const raced = await Promise.all([chat.mentee.client.post(keys, a), chat.mentor.client.post(keys, b)]);
    expect(raced.map((r) => r.status).sort()).toEqual([201, 409]);
    expect((await detailOf(chat.mentor.client, chat.conversationId)).currentEpoch).toBe(2);
  });

  it("serves each epoch with the asking device's envelope and the member's recovery envelope", async () => {
    const chat = await chattingPair(t, { epoch: false });
    await setRecoveryKey(chat.mentee.client);
    const body = await epochBody(chat.mentee.client, chat.conversationId, chat.menteeDevice.id);
    expect((await chat.mentee.client.post(`/api/conversations/${chat.conversationId}/keys`, body)).status).toBe(201);
    await requireRekey(t, chat.conversationId);
    await rotate(chat.mentor.client, chat.conversationId, chat.mentorDevice.id);

    const keysOf = (client: typeof chat.mentee.client, deviceId: string) =>
      client.get<KeyEnvelopesResponse>(`/api/conversations/${chat.conversationId}/keys?deviceId=${deviceId}`);
    const mine = await keysOf(chat.mentee.client, chat.menteeDevice.id);
    expect(mine.status).toBe(200);
    expect(mine.body.epochs.map((e) => e.epoch)).toEqual([1, 2]);
    const first = mine.body.epochs[0];
    expect(first).toMatchObject({
      createdByDeviceId: chat.menteeDevice.id,
      keyCommitment: body.keyCommitment,
      signature: body.signature,
      sealedKey: body.envelopes.find((e) => e.deviceId === chat.menteeDevice.id)?.sealedKey,
      recoverySealedKey: body.recoveryEnvelopes[0]?.sealedKey,
    });
    const theirs = await keysOf(chat.mentor.client, chat.mentorDevice.id);
    expect(theirs.body.epochs.every((e) => e.sealedKey !== null && e.recoverySealedKey === null)).toBe(true);

    // Another member's device, or a device removed, gets nothing.
    expect((await keysOf(chat.mentor.client, chat.menteeDevice.id)).status).toBe(404);
    const old = await registerDevice(chat.mentor.client, "Old");
    await chat.mentor.client.request("DELETE", `/api/messaging/devices/${old.id}`);
    expect((await keysOf(chat.mentor.client, old.id)).status).toBe(403);
    const bad = await chat.mentor.client.get(`/api/conversations/${chat.conversationId}/keys?deviceId=nope`);
    expect(bad.status).toBe(400);
  });

  it("a member who joins later reads from the first epoch made after they joined", async () => {
    const chat = await chattingPair(t);
    // What the groups module does when it adds a member: a membership row, and a new key needed.
    const late = await signedInClient(t);
    await t.ctx.db
      .insertInto("conversation_members")
      .values({ conversation_id: chat.conversationId, user_id: late.user.id, role: "member", joined_at: t.clock.now() })
      .execute();
    const device = await registerDevice(late.client);
    const keys = `/api/conversations/${chat.conversationId}/keys?deviceId=${device.id}`;
    expect((await late.client.get<KeyEnvelopesResponse>(keys)).body.epochs).toEqual([]);
    await requireRekey(t, chat.conversationId);
    await rotate(chat.mentor.client, chat.conversationId, chat.mentorDevice.id);
    const epochs = (await late.client.get<KeyEnvelopesResponse>(keys)).body.epochs;
    expect(epochs.map((e) => [e.epoch, e.sealedKey !== null])).toEqual([[2, true]]);
  });
});

describe("epoch proof and who may make one", () => {
  it("refuses an epoch whose signature is not the creating device's over its number and commitment (422)", async () => {
    const chat = await chattingPair(t, { epoch: false });
    const keys = `/api/conversations/${chat.conversationId}/keys`;
    const body = await epochBody(chat.mentee.client, chat.conversationId, chat.menteeDevice.id);
    const refuse = async (patch: Record<string, unknown>, field: string) => {
      const res = await chat.mentee.client.post<Failure>(keys, { ...body, ...patch });
      expect([res.status, res.body.error.details?.[0]?.field]).toEqual([422, field]);
    };
    const secret = keysOf(chat.menteeDevice.id).signSecretKey;
    await refuse({ signature: bytes(64) }, "signature");
    // Signed by the other member's device, for another epoch, another conversation, another key.
    const theirs = keysOf(chat.mentorDevice.id).signSecretKey;
    await refuse({ signature: signKeyEpoch(chat.conversationId, 1, body.keyCommitment, theirs) }, "signature");
    await refuse({ signature: signKeyEpoch(chat.conversationId, 2, body.keyCommitment, secret) }, "signature");
    await refuse({ signature: signKeyEpoch(crypto.randomUUID(), 1, body.keyCommitment, secret) }, "signature");
    await refuse({ keyCommitment: keyCommitment(generateConversationKey()) }, "signature");
    await refuse({ keyCommitment: "abc" }, "keyCommitment");
    expect((await detailOf(chat.mentee.client, chat.conversationId)).currentEpoch).toBeNull();
    expect((await chat.mentee.client.post(keys, body)).status).toBe(201);
  });

  it("a muted member may not make a new key", async () => {
    const chat = await chattingPair(t);
    await requireRekey(t, chat.conversationId);
    await t.ctx.db
      .updateTable("conversation_members")
      .set({ muted_until: new Date(t.clock.now().getTime() + 3_600_000) })
      .where("conversation_id", "=", chat.conversationId)
      .where("user_id", "=", chat.mentor.user.id)
      .execute();
    const keys = `/api/conversations/${chat.conversationId}/keys`;
    const muted = await chat.mentor.client.post<Failure>(
      keys,
      await epochBody(chat.mentor.client, chat.conversationId, chat.mentorDevice.id),
    );
    expect([muted.status, muted.body.error.details?.[0]?.reason]).toEqual([403, "muted"]);
    expect(await rotate(chat.mentee.client, chat.conversationId, chat.menteeDevice.id)).toBe(2);
  });
});

describe("topping up envelopes", () => {
  it("seals the current key to a new device of a current member, once, and only for the current epoch", async () => {
    const chat = await chattingPair(t);
    const phone = await registerDevice(chat.mentee.client, "Phone");
    const envelopes = (epoch: number) => `/api/conversations/${chat.conversationId}/keys/${epoch}/envelopes`;
    const body = { envelopes: [{ deviceId: phone.id, sealedKey: bytes(80) }], recoveryEnvelopes: [] };

    const stale = await chat.mentor.client.post<Failure>(envelopes(2), body);
    expect(stale.status).toBe(409);
    expect(stale.body.error.details?.[0]?.field).toBe("epoch");

    const added = await chat.mentor.client.post<ConversationDetail>(envelopes(1), body);
    expect(added.status).toBe(200);
    expect(added.body.missingEnvelopes.deviceIds).toEqual([]);
    const again = await chat.mentor.client.post<Failure>(envelopes(1), body);
    expect(again.status).toBe(409);
    expect(again.body.error.details?.[0]?.field).toBe("envelopes[0].deviceId");
    const overwrite = await chat.mentor.client.post(envelopes(1), {
      envelopes: [{ deviceId: chat.menteeDevice.id, sealedKey: bytes(80) }],
      recoveryEnvelopes: [],
    });
    expect(overwrite.status).toBe(409);

    const outsider = await signedInClient(t);
    const theirs = await registerDevice(outsider.client);
    const foreign = await chat.mentor.client.post<Failure>(envelopes(1), {
      envelopes: [{ deviceId: theirs.id, sealedKey: bytes(80) }],
      recoveryEnvelopes: [],
    });
    expect(foreign.status).toBe(422);
    const phoneKeys = await chat.mentee.client.get<KeyEnvelopesResponse>(
      `/api/conversations/${chat.conversationId}/keys?deviceId=${phone.id}`,
    );
    expect(phoneKeys.body.epochs[0]?.sealedKey).toBe(body.envelopes[0]?.sealedKey);
  });
});
