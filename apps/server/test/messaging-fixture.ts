import { randomBytes, randomUUID } from "node:crypto";
import {
  type DeviceKeyPair,
  generateDeviceKeys,
  generateRecoveryKey,
  keyCommitment,
  ready,
  signDevice,
  signKeyEpoch,
  signRecoveryKey,
} from "@mentalverse/e2ee";
import type { ConversationDetail, ConversationSummary, Device, SendEventRequest } from "@mentalverse/shared";
import { activePair } from "./activity-fixture.js";
import type { TestClient } from "./client.js";
import type { TestApp } from "./harness.js";

/**
 * Messaging with only the cryptography the server checks: device keys, their signatures, recovery
 * key and epoch signatures are real (the server verifies them); sealed keys and event ciphertext are
 * random bytes of the right sizes, since the server never opens them (e2ee-client.ts does it all for real).
 */
export const bytes = (n: number) => randomBytes(n).toString("base64url");

/** Device keys by device id, so later steps (recovery, epochs) can sign as that device. */
const deviceKeys = new Map<string, DeviceKeyPair>();
const userIdOf = new WeakMap<TestClient, string>();
const lastDeviceOf = new WeakMap<TestClient, string>();

export async function userIdFor(client: TestClient): Promise<string> {
  const known = userIdOf.get(client);
  if (known) return known;
  const res = await client.get<{ user: { id: string } | null }>("/api/auth/session");
  if (!res.body.user) throw new Error("not signed in");
  userIdOf.set(client, res.body.user.id);
  return res.body.user.id;
}

/** A registration body with fresh keys, signed as the contract asks. */
export async function deviceBody(client: TestClient, name = "Laptop") {
  await ready();
  const keys = generateDeviceKeys();
  const userId = await userIdFor(client);
  const body = {
    name,
    boxPublicKey: keys.boxPublicKey,
    signPublicKey: keys.signPublicKey,
    deviceSignature: signDevice(userId, keys.boxPublicKey, keys.signPublicKey, keys.signSecretKey),
  };
  return { body, keys };
}

export async function registerDevice(client: TestClient, name = "Laptop"): Promise<Device> {
  const { body, keys } = await deviceBody(client, name);
  const res = await client.post<Device>("/api/messaging/devices", body);
  if (res.status !== 201) throw new Error(`device registration failed: ${res.status} ${JSON.stringify(res.body)}`);
  deviceKeys.set(res.body.id, keys);
  lastDeviceOf.set(client, res.body.id);
  return res.body;
}

export function keysOf(deviceId: string): DeviceKeyPair {
  const keys = deviceKeys.get(deviceId);
  if (!keys) throw new Error(`no keys for device ${deviceId}: register it with registerDevice()`);
  return keys;
}

/** A recovery key body signed by the device given (default: the client's last registered device). */
export async function recoveryBody(client: TestClient, deviceId = lastDeviceOf.get(client)) {
  await ready();
  if (!deviceId) throw new Error("register a device before setting a recovery key");
  const recoveryPublicKey = generateRecoveryKey().publicKey;
  const signature = signRecoveryKey(await userIdFor(client), recoveryPublicKey, keysOf(deviceId).signSecretKey);
  return { recoveryPublicKey, passphraseWrap: null, signedByDeviceId: deviceId, signature };
}

export async function setRecoveryKey(client: TestClient, deviceId?: string): Promise<string> {
  const body = await recoveryBody(client, deviceId);
  const res = await client.put("/api/messaging/recovery", body);
  if (res.status !== 200) throw new Error(`recovery failed: ${res.status} ${JSON.stringify(res.body)}`);
  return body.recoveryPublicKey;
}

export async function detailOf(client: TestClient, conversationId: string): Promise<ConversationDetail> {
  const res = await client.get<ConversationDetail>(`/api/conversations/${conversationId}`);
  if (res.status !== 200) throw new Error(`detail failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/**
 * The body of a new key epoch: a real key commitment signed by the device (the server checks it),
 * sealed (in make-believe) to every active member device and recovery key.
 */
export async function epochBody(client: TestClient, conversationId: string, deviceId: string) {
  await ready();
  const detail = await detailOf(client, conversationId);
  const members = new Set(detail.members.map((m) => m.userId));
  const epoch = (detail.currentEpoch ?? 0) + 1;
  const commitment = keyCommitment(bytes(32));
  return {
    epoch,
    createdByDeviceId: deviceId,
    keyCommitment: commitment,
    signature: signKeyEpoch(conversationId, epoch, commitment, keysOf(deviceId).signSecretKey),
    envelopes: detail.devices
      .filter((d) => d.revokedAt === null && members.has(d.userId))
      .map((d) => ({ deviceId: d.deviceId, sealedKey: bytes(80) })),
    recoveryEnvelopes: detail.recoveryKeys.map((k) => ({
      userId: k.userId,
      recoveryPublicKey: k.recoveryPublicKey,
      sealedKey: bytes(80),
    })),
  };
}

/** Makes the next key epoch; returns its number. */
export async function rotate(client: TestClient, conversationId: string, deviceId: string): Promise<number> {
  const body = await epochBody(client, conversationId, deviceId);
  const res = await client.post(`/api/conversations/${conversationId}/keys`, body);
  if (res.status !== 201) throw new Error(`new epoch failed: ${res.status} ${JSON.stringify(res.body)}`);
  return body.epoch;
}

/**
 * Marks the conversation as needing a new key, as a membership or device change does (tests that
 * rotate for its own sake need it: a key is replaced only when one is needed).
 */
export async function requireRekey(t: TestApp, conversationId: string): Promise<void> {
  await t.ctx.db.updateTable("conversations").set({ rekey_needed: true }).where("id", "=", conversationId).execute();
}

/** An encrypted kind's fields with opaque bytes of the protocol's sizes. */
export function sealedFields(epoch: number) {
  return { epoch, nonce: bytes(24), ciphertext: bytes(120), commitment: bytes(32), signature: bytes(64) };
}

export function messageRequest(
  deviceId: string,
  epoch: number,
  extra: Partial<SendEventRequest> = {},
): SendEventRequest {
  return { clientId: randomUUID(), kind: "message", senderDeviceId: deviceId, ...sealedFields(epoch), ...extra };
}

/**
 * A mentee and mentor in an active relationship, each with a registered device, their pair
 * conversation listed, and its first key epoch made by the mentee.
 */
export async function chattingPair(t: TestApp, options: { epoch?: boolean } = {}) {
  const pair = await activePair(t);
  const [menteeDevice, mentorDevice] = [
    await registerDevice(pair.mentee.client),
    await registerDevice(pair.mentor.client),
  ];
  const list = await pair.mentee.client.get<{ conversations: ConversationSummary[] }>("/api/conversations");
  const conversation = list.body.conversations.find((c) => c.relationshipId === pair.id);
  if (!conversation) throw new Error(`no pair conversation: ${JSON.stringify(list.body)}`);
  const conversationId = conversation.id;
  if (options.epoch ?? true) await rotate(pair.mentee.client, conversationId, menteeDevice.id);
  const events = `/api/conversations/${conversationId}/events`;
  return { ...pair, menteeDevice, mentorDevice, conversationId, events };
}
