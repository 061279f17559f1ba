import { generateConversationKey, sealKey } from "@mentalverse/e2ee";
import type { ConversationSummary } from "@mentalverse/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { activePair } from "../../../test/activity-fixture.js";
import { E2eeClient, messagingDevice } from "../../../test/e2ee-client.js";
import { createTestApp, type TestApp } from "../../../test/harness.js";
import { listen } from "../../../test/sockets.js";

let t: TestApp;
let baseUrl: string;
const devices: E2eeClient[] = [];
beforeAll(async () => {
  t = await createTestApp();
  baseUrl = await listen(t.app);
});
afterAll(async () => {
  for (const d of devices) d.disconnect();
  await t.close();
});

/** Both of a pair with a real device each (keys made here, as a browser would), sockets open. */
async function encryptedPair() {
  const pair = await activePair(t);
  const mentee = await messagingDevice(pair.mentee.client, baseUrl, pair.mentee.user.id);
  const mentor = await messagingDevice(pair.mentor.client, baseUrl, pair.mentor.user.id);
  devices.push(mentee, mentor);
  const list = await mentee.conversations();
  const conversationId = (list.find((c: ConversationSummary) => c.relationshipId === pair.id) as ConversationSummary)
    .id;
  return { pair, mentee, mentor, conversationId };
}

describe("end-to-end encrypted conversation", () => {
  it("delivers real ciphertext that the other member's device opens; a reconnect catches up with no gap or copy", async () => {
    const { mentee, mentor, conversationId } = await encryptedPair();
    const hello = await mentee.sendText(conversationId, "Hello from the mentee");
    expect(hello.seq).toBe(1);
    const [pushed] = await mentor.waitFor(conversationId, (events) => events.length === 1);
    expect((await mentor.open<{ text: string }>(pushed as never)).payload.text).toBe("Hello from the mentee");

    mentor.disconnect();
    for (const text of ["one", "two", "three"]) await mentee.sendText(conversationId, text);
    await mentor.connect();
    const fresh = await mentor.resync(conversationId);
    expect(fresh.map((e) => e.seq)).toEqual([2, 3, 4]);
    expect(await mentor.texts(conversationId)).toEqual(["Hello from the mentee", "one", "two", "three"]);
    expect(mentor.pushes.get(conversationId)).toEqual([1]);

    const reply = await mentor.sendText(conversationId, "Got them all");
    await mentee.waitFor(conversationId, (events) => events.some((e) => e.seq === reply.seq));
    expect((await mentee.texts(conversationId)).at(-1)).toBe("Got them all");
  });

  it("a new device restores history with the recovery key; a revoked device is left out of the next key", async () => {
    const { pair, mentee, mentor, conversationId } = await encryptedPair();
    await mentee.sendText(conversationId, "Before the new phone");
    await mentor.sendText(conversationId, "Noted");

    // The mentee's new device: fresh device keys, the recovery key typed in.
    const phone = new E2eeClient(pair.mentee.client, baseUrl, pair.mentee.user.id);
    devices.push(phone);
    await phone.registerDevice("New phone");
    phone.recovery = mentee.recovery;
    expect(await phone.loadKeys(conversationId, true)).toEqual([1]);
    await phone.resync(conversationId, 0);
    expect(await phone.texts(conversationId)).toEqual(["Before the new phone", "Noted"]);

    // The mentor's device, holding the current key, tops up the phone's envelope.
    const detail = await mentor.detail(conversationId);
    expect(detail.missingEnvelopes.deviceIds).toEqual([phone.device?.id]);
    const key = mentor.keys.get(conversationId)?.get(1) as string;
    const topped = await pair.mentor.client.post(`/api/conversations/${conversationId}/keys/1/envelopes`, {
      envelopes: [{ deviceId: phone.device?.id, sealedKey: sealKey(key, phone.device?.keys.boxPublicKey as string) }],
      recoveryEnvelopes: [],
    });
    expect(topped.status).toBe(200);
    phone.keys.clear();
    expect(await phone.loadKeys(conversationId)).toEqual([1]);

    // The old laptop is revoked: the next message needs a new key that the laptop never gets.
    const revoked = await pair.mentee.client.request("DELETE", `/api/messaging/devices/${mentee.device?.id}`);
    expect(revoked.status).toBe(200);
    const after = await mentor.sendText(conversationId, "After the laptop went");
    expect(after.epoch).toBe(2);
    const rotated = await mentor.detail(conversationId);
    expect(rotated).toMatchObject({ currentEpoch: 2, rekeyNeeded: false });
    await phone.resync(conversationId);
    expect((await phone.texts(conversationId)).at(-1)).toBe("After the laptop went");
    const laptopKeys = await pair.mentee.client.get(
      `/api/conversations/${conversationId}/keys?deviceId=${mentee.device?.id}`,
    );
    expect(laptopKeys.status).toBe(403);
    const envelope = await t.ctx.db
      .selectFrom("conversation_key_envelopes")
      .select("device_id")
      .where("conversation_id", "=", conversationId)
      .where("epoch", "=", 2)
      .execute();
    expect(envelope.map((e) => e.device_id)).not.toContain(mentee.device?.id);
  });
});

describe("keys a member's device will not use", () => {
  it("refuses a key that does not match its epoch's signed commitment, as a server-substituted key would be", async () => {
    const { mentee, mentor, conversationId } = await encryptedPair();
    await mentee.sendText(conversationId, "Under the genuine key");
    // A server that seals a key of its own to the mentor's device: the envelope opens, the commitment does not match.
    const substitute = generateConversationKey();
    await t.ctx.db
      .updateTable("conversation_key_envelopes")
      .set({ sealed_key: sealKey(substitute, mentor.device?.keys.boxPublicKey as string) })
      .where("conversation_id", "=", conversationId)
      .where("device_id", "=", mentor.device?.id as string)
      .execute();
    await expect(mentor.loadKeys(conversationId)).rejects.toThrow(/does not match its signed commitment/);
    expect(mentor.keys.get(conversationId)?.has(1) ?? false).toBe(false);
  });
});
