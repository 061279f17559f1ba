import { generateDeviceKeys, generateRecoveryKey, ready, signDevice, signRecoveryKey } from "@mentalverse/e2ee";
import type { ConversationDetail, Device, Notification, RecoveryState } from "@mentalverse/shared";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { signedInClient } from "../../../test/factories.js";
import { createTestApp, type TestApp } from "../../../test/harness.js";
import {
  bytes,
  chattingPair,
  detailOf,
  deviceBody,
  epochBody,
  keysOf,
  messageRequest,
  recoveryBody,
  registerDevice,
  requireRekey,
  rotate,
  setRecoveryKey,
} from "../../../test/messaging-fixture.js";
import { authenticate, type ClientSocket, connectSocket, listen, nextEvent } from "../../../test/sockets.js";

type Failure = { error: { details?: { field: string; reason: string }[] } };

let t: TestApp;
let baseUrl: string;
const open: ClientSocket[] = [];
beforeAll(async () => {
  await ready();
  t = await createTestApp();
  baseUrl = await listen(t.app);
});
afterEach(() => {
  for (const socket of open.splice(0)) socket.close();
});
afterAll(() => t.close());

/** Moves the member's device registrations (or one of them) back in time by `ms`. */
async function backdateDevicesOf(userId: string, ms: number, deviceId?: string) {
  let query = t.ctx.db
    .updateTable("messaging_devices")
    .set({ created_at: new Date(t.clock.now().getTime() - ms) })
    .where("user_id", "=", userId);
  if (deviceId) query = query.where("id", "=", deviceId);
  await query.execute();
}

async function socketOf(client: { cookies: Map<string, string> }) {
  const socket = await connectSocket(baseUrl, { cookie: `mv_session=${client.cookies.get("mv_session")}` });
  open.push(socket);
  expect(await authenticate(socket)).toEqual({ ok: true });
  return socket;
}

describe("devices", () => {
  it("registers, lists and revokes the caller's own devices", async () => {
    const { client, user } = await signedInClient(t);
    const { body } = await deviceBody(client, "  Phone ");
    const created = await client.post<Device>("/api/messaging/devices", body);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ ...body, userId: user.id, name: "Phone", revokedAt: null });
    const laptop = await registerDevice(client, "Laptop");

    const listed = await client.get<{ devices: Device[] }>("/api/messaging/devices");
    expect(listed.body.devices.map((d) => d.name).sort()).toEqual(["Laptop", "Phone"]);

    const revoked = await client.request<Device>("DELETE", `/api/messaging/devices/${laptop.id}`);
    expect(revoked.status).toBe(200);
    expect(revoked.body.revokedAt).not.toBeNull();
    const again = await client.request<Device>("DELETE", `/api/messaging/devices/${laptop.id}`);
    expect(again.body.revokedAt).toBe(revoked.body.revokedAt);
    const after = await client.get<{ devices: Device[] }>("/api/messaging/devices");
    expect(after.body.devices.find((d) => d.id === laptop.id)?.revokedAt).toBe(revoked.body.revokedAt);

    const { client: other } = await signedInClient(t);
    expect((await other.request("DELETE", `/api/messaging/devices/${created.body.id}`)).status).toBe(404);
    expect((await other.get<{ devices: Device[] }>("/api/messaging/devices")).body.devices).toEqual([]);
  });

  it("refuses keys that are not 32-byte base64url, naming the field", async () => {
    const { client } = await signedInClient(t);
    const res = await client.post<{ error: { details: { field: string }[] } }>("/api/messaging/devices", {
      name: "Phone",
      boxPublicKey: "too-short",
      signPublicKey: bytes(32),
      deviceSignature: bytes(64),
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details[0]?.field).toBe("body.boxPublicKey");
  });

  it("refuses a device whose signature does not bind its keys to the caller (422 deviceSignature)", async () => {
    const { client, user } = await signedInClient(t);
    const { body } = await deviceBody(client);
    const refuse = async (patch: Record<string, string>, field: string) => {
      const res = await client.post<Failure>("/api/messaging/devices", { ...body, ...patch });
      expect([res.status, res.body.error.details?.[0]?.field]).toEqual([422, field]);
    };
    // Random bytes, a box key swapped after signing, and a signature made for another member.
    await refuse({ deviceSignature: bytes(64) }, "deviceSignature");
    await refuse({ boxPublicKey: generateDeviceKeys().boxPublicKey }, "deviceSignature");
    const { user: other } = await signedInClient(t);
    const keys = generateDeviceKeys();
    const forOther = signDevice(other.id, keys.boxPublicKey, keys.signPublicKey, keys.signSecretKey);
    await refuse(
      { boxPublicKey: keys.boxPublicKey, signPublicKey: keys.signPublicKey, deviceSignature: forOther },
      "deviceSignature",
    );
    // Signed by another key than the device's own sign key: a server could not vouch for a box key of its own.
    const forger = generateDeviceKeys();
    const forged = signDevice(user.id, body.boxPublicKey, body.signPublicKey, forger.signSecretKey);
    await refuse({ deviceSignature: forged }, "deviceSignature");
    expect((await client.get<{ devices: Device[] }>("/api/messaging/devices")).body.devices).toEqual([]);
  });

  it("refuses weak keys: all-zero or small-order box keys, the identity as sign key", async () => {
    const { client, user } = await signedInClient(t);
    const keys = generateDeviceKeys();
    const order8 = Buffer.from("e0eb7a7c3b41b8ae1656e3faf19fc46ada098deb9c32b1fd866205165f49b800", "hex");
    const identity = Buffer.alloc(32);
    identity[0] = 1;
    for (const [boxPublicKey, signPublicKey, field] of [
      ["A".repeat(43), keys.signPublicKey, "boxPublicKey"],
      [order8.toString("base64url"), keys.signPublicKey, "boxPublicKey"],
      [keys.boxPublicKey, identity.toString("base64url"), "signPublicKey"],
    ] as const) {
      const deviceSignature = signDevice(user.id, boxPublicKey, signPublicKey, keys.signSecretKey);
      const body = { name: "Weak", boxPublicKey, signPublicKey, deviceSignature };
      const res = await client.post<Failure>("/api/messaging/devices", body);
      expect([res.status, res.body.error.details?.[0]?.field]).toEqual([422, field]);
    }
  });

  it("allows ten active devices at once; an eleventh waits until one is revoked", async () => {
    const { client } = await signedInClient(t);
    const devices = await Promise.all(Array.from({ length: 10 }, (_, i) => registerDevice(client, `Device ${i}`)));
    const refused = await client.post<{ error: { code: string } }>(
      "/api/messaging/devices",
      (await deviceBody(client, "One too many")).body,
    );
    expect(refused.status).toBe(409);
    await client.request("DELETE", `/api/messaging/devices/${devices[0]?.id}`);
    // Ten registrations today already: make them yesterday's, so only the active limit is in play.
    await backdateDevicesOf(devices[0]?.userId as string, 25 * 60 * 60_000);
    expect((await registerDevice(client, "Now there is room")).name).toBe("Now there is room");
  });

  it("allows at most ten registrations per member in any 24 hours, revoked devices included (429 device)", async () => {
    const { client } = await signedInClient(t);
    const devices = await Promise.all(Array.from({ length: 10 }, (_, i) => registerDevice(client, `Device ${i}`)));
    for (const device of devices.slice(0, 3)) {
      expect((await client.request("DELETE", `/api/messaging/devices/${device.id}`)).status).toBe(200);
    }
    const refused = await client.post<Failure & { error: { code: string } }>(
      "/api/messaging/devices",
      (await deviceBody(client, "Eleventh today")).body,
    );
    expect(refused.status).toBe(429);
    expect(refused.body.error.code).toBe("rate_limited");
    expect(refused.body.error.details?.[0]?.field).toBe("device");
    expect((await client.get<{ devices: Device[] }>("/api/messaging/devices")).body.devices).toHaveLength(10);
    // One registration falls out of the rolling window (24 hours and a minute ago): room for one more.
    await backdateDevicesOf(devices[0]?.userId as string, 24 * 60 * 60_000 + 60_000, devices[0]?.id);
    expect((await registerDevice(client, "Tomorrow's")).name).toBe("Tomorrow's");
    const again = await client.post("/api/messaging/devices", (await deviceBody(client, "And another")).body);
    expect(again.status).toBe(429);
  });

  it("after a revocation every conversation of the member needs a new key before new ciphertext", async () => {
    const chat = await chattingPair(t);
    const mentorSocket = await socketOf(chat.mentor.client);
    const spare = await registerDevice(chat.mentee.client, "Old tablet");
    await nextEvent(mentorSocket, "conversation:changed");
    const changed = nextEvent(mentorSocket, "conversation:changed");
    expect((await chat.mentee.client.request("DELETE", `/api/messaging/devices/${spare.id}`)).status).toBe(200);
    expect(await changed).toEqual([{ conversationId: chat.conversationId }]);
    expect((await detailOf(chat.mentor.client, chat.conversationId)).rekeyNeeded).toBe(true);

    const refused = await chat.mentor.client.post<{ error: { message: string } }>(
      chat.events,
      messageRequest(chat.mentorDevice.id, 1),
    );
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toBe("rekey needed");
    // Nor may a client jump ahead to an epoch that was never made.
    expect((await chat.mentor.client.post(chat.events, messageRequest(chat.mentorDevice.id, 2))).status).toBe(409);

    const epoch = await rotate(chat.mentor.client, chat.conversationId, chat.mentorDevice.id);
    expect(epoch).toBe(2);
    const detail = await detailOf(chat.mentor.client, chat.conversationId);
    expect(detail).toMatchObject({ rekeyNeeded: false, currentEpoch: 2 });
    expect(detail.devices.find((d) => d.deviceId === spare.id)?.revokedAt).not.toBeNull();
    expect((await chat.mentor.client.post(chat.events, messageRequest(chat.mentorDevice.id, 2))).status).toBe(201);
  });

  it("a new device gets envelopes topped up; it forces no new key", async () => {
    const chat = await chattingPair(t);
    const phone = await registerDevice(chat.mentor.client, "Phone");
    const detail = await detailOf(chat.mentee.client, chat.conversationId);
    expect(detail).toMatchObject({ rekeyNeeded: false, currentEpoch: 1 });
    expect(detail.missingEnvelopes).toEqual({ deviceIds: [phone.id], recoveryUserIds: [] });
    // Still sendable at the current epoch.
    expect((await chat.mentee.client.post(chat.events, messageRequest(chat.menteeDevice.id, 1))).status).toBe(201);
  });
});

describe("recovery key", () => {
  it("is 404 until set, then holds the public key and passphrase wrap", async () => {
    const { client } = await signedInClient(t);
    const device = await registerDevice(client);
    expect((await client.get("/api/messaging/recovery")).status).toBe(404);
    const wrap = { salt: bytes(16), nonce: bytes(24), ciphertext: bytes(80), opsLimit: 3, memLimit: 64 * 1024 * 1024 };
    const first = { ...(await recoveryBody(client)), passphraseWrap: wrap };
    const set = await client.put<RecoveryState>("/api/messaging/recovery", first);
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ ...first, signedByDeviceId: device.id });
    expect((await client.get<RecoveryState>("/api/messaging/recovery")).body).toEqual(set.body);
    const replaced = await client.put<RecoveryState>("/api/messaging/recovery", await recoveryBody(client));
    expect(replaced.body.passphraseWrap).toBeNull();
    // Cheaper than Argon2id at 3 passes over 64 MiB, or dearer than a phone can bear: refused.
    for (const cheap of [{ memLimit: 1024 }, { memLimit: 32 * 1024 * 1024 }, { opsLimit: 2 }, { opsLimit: 11 }]) {
      const weak = await client.put("/api/messaging/recovery", { ...first, passphraseWrap: { ...wrap, ...cheap } });
      expect(weak.status).toBe(400);
    }
  });

  it("must be vouched for by one of the caller's active devices (422 otherwise)", async () => {
    const { client, user } = await signedInClient(t);
    const device = await registerDevice(client);
    const other = await signedInClient(t);
    const theirs = await registerDevice(other.client);
    const refuse = async (body: Record<string, unknown>, field: string) => {
      const res = await client.put<Failure>("/api/messaging/recovery", body);
      expect([res.status, res.body.error.details?.[0]?.field]).toEqual([422, field]);
    };
    const good = await recoveryBody(client);
    await refuse({ ...good, signature: bytes(64) }, "signature");
    await refuse({ ...good, recoveryPublicKey: generateRecoveryKey().publicKey }, "signature");
    // Another member's device, even with a signature made for this member: not the caller's device.
    const byTheirs = signRecoveryKey(user.id, good.recoveryPublicKey, keysOf(theirs.id).signSecretKey);
    await refuse({ ...good, signedByDeviceId: theirs.id, signature: byTheirs }, "signedByDeviceId");
    // The caller's device signing for another member's account.
    const forOther = signRecoveryKey(other.user.id, good.recoveryPublicKey, keysOf(device.id).signSecretKey);
    await refuse({ ...good, signature: forOther }, "signature");
    await refuse({ ...good, recoveryPublicKey: "A".repeat(43) }, "recoveryPublicKey");
    expect((await client.request("DELETE", `/api/messaging/devices/${device.id}`)).status).toBe(200);
    await refuse(good, "signedByDeviceId");
    expect((await client.get("/api/messaging/recovery")).status).toBe(404);
  });

  it("tells the member when it is replaced, and their conversations that it changed", async () => {
    const chat = await chattingPair(t);
    const notices = async () =>
      (await chat.mentor.client.get<{ notifications: Notification[] }>("/api/notifications")).body.notifications.filter(
        (n) => n.kind === "account.recovery_key_changed",
      );
    await setRecoveryKey(chat.mentor.client);
    expect(await notices()).toEqual([]);
    const menteeSocket = await socketOf(chat.mentee.client);
    const changed = nextEvent(menteeSocket, "conversation:changed");
    await setRecoveryKey(chat.mentor.client);
    expect(await changed).toEqual([{ conversationId: chat.conversationId }]);
    expect((await notices()).map((n) => n.title)).toEqual(["Your recovery key was changed"]);
  });

  it("a member's recovery key must be covered by the next epoch, and a replaced one shows as missing", async () => {
    const chat = await chattingPair(t);
    const firstKey = await setRecoveryKey(chat.mentor.client);
    let detail = await detailOf(chat.mentee.client, chat.conversationId);
    expect(detail.recoveryKeys).toEqual([
      expect.objectContaining({ userId: chat.mentor.user.id, signedByDeviceId: chat.mentorDevice.id }),
    ]);
    expect(detail.missingEnvelopes.recoveryUserIds).toEqual([chat.mentor.user.id]);
    const add = `/api/conversations/${chat.conversationId}/keys/1/envelopes`;
    const sealedTo = (recoveryPublicKey: string) => ({
      envelopes: [],
      recoveryEnvelopes: [{ userId: chat.mentor.user.id, recoveryPublicKey, sealedKey: bytes(80) }],
    });
    expect((await chat.mentee.client.post<ConversationDetail>(add, sealedTo(firstKey))).status).toBe(200);
    detail = await detailOf(chat.mentee.client, chat.conversationId);
    expect(detail.missingEnvelopes.recoveryUserIds).toEqual([]);
    expect((await chat.mentee.client.post(add, sealedTo(firstKey))).status).toBe(409);

    const secondKey = await setRecoveryKey(chat.mentor.client);
    detail = await detailOf(chat.mentee.client, chat.conversationId);
    expect(detail.missingEnvelopes.recoveryUserIds).toEqual([chat.mentor.user.id]);
    // Sealed to the key the sender saw before it was replaced: 409, so the sender seals again.
    const stale = await chat.mentee.client.post<Failure>(add, sealedTo(firstKey));
    expect([stale.status, stale.body.error.details?.[0]?.field]).toEqual([
      409,
      "recoveryEnvelopes[0].recoveryPublicKey",
    ]);
    expect((await chat.mentee.client.post(add, sealedTo(secondKey))).status).toBe(200);
    const stored = await t.ctx.db
      .selectFrom("conversation_recovery_envelopes")
      .select("recovery_public_key")
      .where("conversation_id", "=", chat.conversationId)
      .executeTakeFirstOrThrow();
    expect(stored.recovery_public_key).toBe(secondKey);

    // A new epoch's recovery envelopes are held to the same rule.
    await requireRekey(t, chat.conversationId);
    const keys = `/api/conversations/${chat.conversationId}/keys`;
    const body = await epochBody(chat.mentee.client, chat.conversationId, chat.menteeDevice.id);
    const old = {
      ...body,
      recoveryEnvelopes: body.recoveryEnvelopes.map((e) => ({ ...e, recoveryPublicKey: firstKey })),
    };
    const refused = await chat.mentee.client.post<Failure>(keys, old);
    expect([refused.status, refused.body.error.details?.[0]?.field]).toEqual([
      409,
      "recoveryEnvelopes[0].recoveryPublicKey",
    ]);
    expect((await chat.mentee.client.post(keys, body)).status).toBe(201);
  });
});
