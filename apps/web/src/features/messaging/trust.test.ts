import {
  generateConversationKey,
  generateDeviceKeys,
  generateRecoveryKey,
  keyCommitment,
  ready,
  signDevice,
  signKeyEpoch,
  signRecoveryKey,
} from "@mentalverse/e2ee";
import type { ConversationDetail, MemberDevice } from "@mentalverse/shared";
import { beforeAll, describe, expect, it } from "vitest";
import { unverifiedMembers } from "./SecurityNotices.js";
import { isGenuineEpoch, isTrustedDevice, isTrustedRecoveryKey } from "./trust.js";

beforeAll(ready);

const conversationId = "6f1c8a4e-2b1d-4c7e-9a53-0d2f3b4c5e6f";
const ALICE = "a1111111-1111-4111-8111-111111111111";
const BOB = "b2222222-2222-4222-8222-222222222222";

function deviceOf(userId: string, deviceId: string) {
  const keys = generateDeviceKeys();
  const device: MemberDevice = {
    deviceId,
    userId,
    boxPublicKey: keys.boxPublicKey,
    signPublicKey: keys.signPublicKey,
    deviceSignature: signDevice(userId, keys.boxPublicKey, keys.signPublicKey, keys.signSecretKey),
    revokedAt: null,
  };
  return { device, keys };
}

describe("which keys this device trusts", () => {
  it("a device only when its own signature binds its box key to its member", () => {
    const { device } = deviceOf(ALICE, "d1");
    expect(isTrustedDevice(device)).toBe(true);
    // The server listing the same keys under another member, or another box key behind the sign key.
    expect(isTrustedDevice({ ...device, userId: BOB })).toBe(false);
    expect(isTrustedDevice({ ...device, boxPublicKey: generateDeviceKeys().boxPublicKey })).toBe(false);
    expect(isTrustedDevice({ ...device, deviceSignature: "A".repeat(86) })).toBe(false);
  });

  it("a recovery key only when one of that member's listed devices vouched for it", () => {
    const alice = deviceOf(ALICE, "d1");
    const bob = deviceOf(BOB, "d2");
    const recovery = generateRecoveryKey().publicKey;
    const entry = {
      userId: ALICE,
      recoveryPublicKey: recovery,
      signedByDeviceId: "d1",
      signature: signRecoveryKey(ALICE, recovery, alice.keys.signSecretKey),
    };
    const devices = [alice.device, bob.device];
    expect(isTrustedRecoveryKey(entry, devices)).toBe(true);
    // Signed by Bob's device for Alice: Bob cannot vouch for Alice's recovery key.
    const byBob = {
      ...entry,
      signedByDeviceId: "d2",
      signature: signRecoveryKey(ALICE, recovery, bob.keys.signSecretKey),
    };
    expect(isTrustedRecoveryKey(byBob, devices)).toBe(false);
    expect(isTrustedRecoveryKey({ ...entry, recoveryPublicKey: generateRecoveryKey().publicKey }, devices)).toBe(false);
    expect(isTrustedRecoveryKey({ ...entry, signedByDeviceId: null }, devices)).toBe(false);
    expect(isTrustedRecoveryKey(entry, [bob.device])).toBe(false);
  });

  it("names the member whose device or recovery key does not verify", () => {
    const alice = deviceOf(ALICE, "d1");
    const bob = deviceOf(BOB, "d2");
    const detail = {
      members: [
        { userId: ALICE, displayName: "Alice" },
        { userId: BOB, displayName: "Bob" },
      ],
      devices: [alice.device, { ...bob.device, boxPublicKey: generateDeviceKeys().boxPublicKey }],
      recoveryKeys: [],
    } as unknown as ConversationDetail;
    expect(unverifiedMembers(detail)).toEqual([{ name: "Bob", what: "device" }]);
  });
});

describe("which conversation keys this device uses", () => {
  const made = "2026-11-27T12:00:00.000Z";
  function epochBy(signSecretKey: string, deviceId: string, key = generateConversationKey()) {
    const commitment = keyCommitment(key);
    return {
      key,
      entry: {
        epoch: 2,
        createdAt: made,
        createdByDeviceId: deviceId,
        keyCommitment: commitment,
        signature: signKeyEpoch(conversationId, 2, commitment, signSecretKey),
      },
    };
  }

  it("takes a key that matches the commitment its creator signed", () => {
    const alice = deviceOf(ALICE, "d1");
    const { key, entry } = epochBy(alice.keys.signSecretKey, "d1");
    expect(isGenuineEpoch(conversationId, entry, key, [alice.device])).toBe(true);
  });

  it("refuses a key that does not match its commitment (one the server sealed on its own)", () => {
    const alice = deviceOf(ALICE, "d1");
    const { entry } = epochBy(alice.keys.signSecretKey, "d1");
    expect(isGenuineEpoch(conversationId, entry, generateConversationKey(), [alice.device])).toBe(false);
  });

  it("refuses an epoch signed by another device than its named creator, for another epoch, or by a device revoked before", () => {
    const alice = deviceOf(ALICE, "d1");
    const bob = deviceOf(BOB, "d2");
    const { key, entry } = epochBy(bob.keys.signSecretKey, "d1");
    expect(isGenuineEpoch(conversationId, entry, key, [alice.device, bob.device])).toBe(false);
    const good = epochBy(alice.keys.signSecretKey, "d1");
    expect(isGenuineEpoch(conversationId, { ...good.entry, epoch: 3 }, good.key, [alice.device])).toBe(false);
    expect(isGenuineEpoch(conversationId, { ...good.entry, createdByDeviceId: null }, good.key, [alice.device])).toBe(
      false,
    );
    const revokedLater = { ...alice.device, revokedAt: "2026-11-27T13:00:00.000Z" };
    expect(isGenuineEpoch(conversationId, good.entry, good.key, [revokedLater])).toBe(true);
    const revokedBefore = { ...alice.device, revokedAt: "2026-11-27T11:00:00.000Z" };
    expect(isGenuineEpoch(conversationId, good.entry, good.key, [revokedBefore])).toBe(false);
    // A device whose own signature does not check vouches for nothing.
    const unsigned = { ...alice.device, deviceSignature: bob.device.deviceSignature };
    expect(isGenuineEpoch(conversationId, good.entry, good.key, [unsigned])).toBe(false);
  });
});
