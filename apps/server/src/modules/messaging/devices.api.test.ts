import type { ConversationDetail, Device, RecoveryState } from "@mentalverse/shared";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { signedInClient } from "../../../test/factories.js";
import { createTestApp, type TestApp } from "../../../test/harness.js";
import {
  bytes,
  chattingPair,
  detailOf,
  messageRequest,
  registerDevice,
  rotate,
} from "../../../test/messaging-fixture.js";
import { authenticate, type ClientSocket, connectSocket, listen, nextEvent } from "../../../test/sockets.js";

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

async function socketOf(client: { cookies: Map<string, string> }) {
  const socket = await connectSocket(baseUrl, { cookie: `mv_session=${client.cookies.get("mv_session")}` });
  open.push(socket);
  expect(await authenticate(socket)).toEqual({ ok: true });
  return socket;
}

describe("devices", () => {
  it("registers, lists and revokes the caller's own devices", async () => {
    const { client, user } = await signedInClient(t);
    const keys = { boxPublicKey: bytes(32), signPublicKey: bytes(32) };
    const created = await client.post<Device>("/api/messaging/devices", { name: "  Phone ", ...keys });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ userId: user.id, name: "Phone", ...keys, revokedAt: null });
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
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details[0]?.field).toBe("body.boxPublicKey");
  });

  it("allows ten active devices at once; an eleventh waits until one is revoked", async () => {
    const { client } = await signedInClient(t);
    const devices = await Promise.all(Array.from({ length: 10 }, (_, i) => registerDevice(client, `Device ${i}`)));
    const refused = await client.post<{ error: { code: string } }>("/api/messaging/devices", {
      name: "One too many",
      boxPublicKey: bytes(32),
      signPublicKey: bytes(32),
    });
    expect(refused.status).toBe(409);
    await client.request("DELETE", `/api/messaging/devices/${devices[0]?.id}`);
    expect((await registerDevice(client, "Now there is room")).name).toBe("Now there is room");
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
    expect((await client.get("/api/messaging/recovery")).status).toBe(404);
    const wrap = { salt: bytes(16), nonce: bytes(24), ciphertext: bytes(80), opsLimit: 3, memLimit: 64 * 1024 * 1024 };
    const key = bytes(32);
    const set = await client.put<RecoveryState>("/api/messaging/recovery", {
      recoveryPublicKey: key,
      passphraseWrap: wrap,
    });
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ recoveryPublicKey: key, passphraseWrap: wrap });
    expect((await client.get<RecoveryState>("/api/messaging/recovery")).body).toEqual(set.body);
    const replaced = await client.put<RecoveryState>("/api/messaging/recovery", {
      recoveryPublicKey: bytes(32),
      passphraseWrap: null,
    });
    expect(replaced.body.passphraseWrap).toBeNull();
    const weak = await client.put("/api/messaging/recovery", {
      recoveryPublicKey: key,
      passphraseWrap: { ...wrap, memLimit: 1024 },
    });
    expect(weak.status).toBe(400);
  });

  it("a member's recovery key must be covered by the next epoch, and a replaced one shows as missing", async () => {
    const chat = await chattingPair(t);
    await chat.mentor.client.put("/api/messaging/recovery", { recoveryPublicKey: bytes(32), passphraseWrap: null });
    let detail = await detailOf(chat.mentee.client, chat.conversationId);
    expect(detail.recoveryKeys.map((k) => k.userId)).toEqual([chat.mentor.user.id]);
    expect(detail.missingEnvelopes.recoveryUserIds).toEqual([chat.mentor.user.id]);
    const add = `/api/conversations/${chat.conversationId}/keys/1/envelopes`;
    const body = { envelopes: [], recoveryEnvelopes: [{ userId: chat.mentor.user.id, sealedKey: bytes(80) }] };
    expect((await chat.mentee.client.post<ConversationDetail>(add, body)).status).toBe(200);
    detail = await detailOf(chat.mentee.client, chat.conversationId);
    expect(detail.missingEnvelopes.recoveryUserIds).toEqual([]);
    expect((await chat.mentee.client.post(add, body)).status).toBe(409);

    await chat.mentor.client.put("/api/messaging/recovery", { recoveryPublicKey: bytes(32), passphraseWrap: null });
    detail = await detailOf(chat.mentee.client, chat.conversationId);
    expect(detail.missingEnvelopes.recoveryUserIds).toEqual([chat.mentor.user.id]);
    expect((await chat.mentee.client.post(add, body)).status).toBe(200);
  });
});
