import { randomBytes, randomUUID } from "node:crypto";
import type { ConversationDetail, ConversationSummary, Device, SendEventRequest } from "@mentalverse/shared";
import { activePair } from "./activity-fixture.js";
import type { TestClient } from "./client.js";
import type { TestApp } from "./harness.js";

/**
 * Messaging without real cryptography: the server never opens ciphertext, sealed keys or
 * signatures, so random bytes of the right sizes stand in for them (e2ee-client.ts does it for real).
 */
export const bytes = (n: number) => randomBytes(n).toString("base64url");

export async function registerDevice(client: TestClient, name = "Laptop"): Promise<Device> {
  const res = await client.post<Device>("/api/messaging/devices", {
    name,
    boxPublicKey: bytes(32),
    signPublicKey: bytes(32),
  });
  if (res.status !== 201) throw new Error(`device registration failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

export async function setRecoveryKey(client: TestClient): Promise<void> {
  const res = await client.put("/api/messaging/recovery", { recoveryPublicKey: bytes(32), passphraseWrap: null });
  if (res.status !== 200) throw new Error(`recovery failed: ${res.status} ${JSON.stringify(res.body)}`);
}

export async function detailOf(client: TestClient, conversationId: string): Promise<ConversationDetail> {
  const res = await client.get<ConversationDetail>(`/api/conversations/${conversationId}`);
  if (res.status !== 200) throw new Error(`detail failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** The body of a new key epoch sealed (in make-believe) to every active member device and recovery key. */
export async function epochBody(client: TestClient, conversationId: string, deviceId: string) {
  const detail = await detailOf(client, conversationId);
  const members = new Set(detail.members.map((m) => m.userId));
  return {
    epoch: (detail.currentEpoch ?? 0) + 1,
    createdByDeviceId: deviceId,
    envelopes: detail.devices
      .filter((d) => d.revokedAt === null && members.has(d.userId))
      .map((d) => ({ deviceId: d.deviceId, sealedKey: bytes(80) })),
    recoveryEnvelopes: detail.recoveryKeys.map((k) => ({ userId: k.userId, sealedKey: bytes(80) })),
  };
}

/** Makes the next key epoch; returns its number. */
export async function rotate(client: TestClient, conversationId: string, deviceId: string): Promise<number> {
  const body = await epochBody(client, conversationId, deviceId);
  const res = await client.post(`/api/conversations/${conversationId}/keys`, body);
  if (res.status !== 201) throw new Error(`new epoch failed: ${res.status} ${JSON.stringify(res.body)}`);
  return body.epoch;
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
