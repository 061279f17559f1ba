import { beforeAll, describe, expect, it } from "vitest";
import {
  generateConversationKey,
  generateDeviceKeys,
  generateRecoveryKey,
  isUsableBoxPublicKey,
  isUsableSignPublicKey,
  keyCommitment,
  ready,
  signDevice,
  signKeyEpoch,
  signRecoveryKey,
  verifyDevice,
  verifyKeyEpoch,
  verifyRecoveryKey,
} from "./index";

beforeAll(ready);

const userId = "0b6f3c1e-5b8a-4b7e-9a53-2f7c2b1d9e01";
const otherUser = "7c0e2a44-1d55-4f0a-8f3b-9a8e6d5c4b32";

describe("device signatures", () => {
  it("verify for the member and keys signed, and for nothing else", () => {
    const keys = generateDeviceKeys();
    const deviceSignature = signDevice(userId, keys.boxPublicKey, keys.signPublicKey, keys.signSecretKey);
    const device = { boxPublicKey: keys.boxPublicKey, signPublicKey: keys.signPublicKey, deviceSignature };
    expect(verifyDevice(userId, device)).toBe(true);
    // Listed under another member, or with a box key of the server's: refused.
    expect(verifyDevice(otherUser, device)).toBe(false);
    expect(verifyDevice(userId, { ...device, boxPublicKey: generateDeviceKeys().boxPublicKey })).toBe(false);
    // Someone else's sign key cannot vouch: the signature must be by the device's own sign key.
    const forger = generateDeviceKeys();
    const forged = signDevice(userId, keys.boxPublicKey, forger.signPublicKey, forger.signSecretKey);
    expect(verifyDevice(userId, { ...device, deviceSignature: forged })).toBe(false);
    expect(verifyDevice(userId, { ...device, signPublicKey: forger.signPublicKey, deviceSignature: forged })).toBe(
      true,
    );
    // Malformed input is a refusal, not an exception.
    expect(verifyDevice(userId, { ...device, deviceSignature: "nope" })).toBe(false);
    expect(verifyDevice(userId, { ...device, signPublicKey: "A" })).toBe(false);
  });

  it("signs the documented statement", async () => {
    const keys = generateDeviceKeys();
    const signature = signDevice(userId, keys.boxPublicKey, keys.signPublicKey, keys.signSecretKey);
    const { createPublicKey, verify } = await import("node:crypto");
    const publicKey = createPublicKey({ key: { kty: "OKP", crv: "Ed25519", x: keys.signPublicKey }, format: "jwk" });
    const statement = `mv1|device|${userId}|${keys.boxPublicKey}|${keys.signPublicKey}`;
    expect(verify(null, Buffer.from(statement), publicKey, Buffer.from(signature, "base64url"))).toBe(true);
  });
});

describe("recovery key signatures", () => {
  it("verify with the signing device's key, for that member and recovery key only", () => {
    const device = generateDeviceKeys();
    const recovery = generateRecoveryKey();
    const signature = signRecoveryKey(userId, recovery.publicKey, device.signSecretKey);
    expect(verifyRecoveryKey(userId, recovery.publicKey, signature, device.signPublicKey)).toBe(true);
    expect(verifyRecoveryKey(otherUser, recovery.publicKey, signature, device.signPublicKey)).toBe(false);
    expect(verifyRecoveryKey(userId, generateRecoveryKey().publicKey, signature, device.signPublicKey)).toBe(false);
    expect(verifyRecoveryKey(userId, recovery.publicKey, signature, generateDeviceKeys().signPublicKey)).toBe(false);
    // A device statement never passes for a recovery statement (and back).
    const asDevice = signDevice(userId, recovery.publicKey, device.signPublicKey, device.signSecretKey);
    expect(verifyRecoveryKey(userId, recovery.publicKey, asDevice, device.signPublicKey)).toBe(false);
  });
});

describe("key epochs", () => {
  it("commit to the key: the same key gives the same commitment, another key another", () => {
    const key = generateConversationKey();
    expect(keyCommitment(key)).toBe(keyCommitment(key));
    expect(keyCommitment(key)).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(keyCommitment(generateConversationKey())).not.toBe(keyCommitment(key));
    expect(() => keyCommitment("short")).toThrow();
    expect(keyCommitment("A".repeat(43))).toMatchInlineSnapshot(`"kJtC0hYOa-C1pW9WxMcSnt-DJzx30JM1HgrMXjOXYtk"`);
  });

  it("verify the creator's signature over conversation, epoch and commitment", () => {
    const device = generateDeviceKeys();
    const conversationId = "5d1f8a20-6b3c-4e7d-8f90-1a2b3c4d5e6f";
    const commitment = keyCommitment(generateConversationKey());
    const signature = signKeyEpoch(conversationId, 3, commitment, device.signSecretKey);
    expect(verifyKeyEpoch(conversationId, 3, commitment, signature, device.signPublicKey)).toBe(true);
    expect(verifyKeyEpoch(conversationId, 4, commitment, signature, device.signPublicKey)).toBe(false);
    expect(verifyKeyEpoch(otherUser, 3, commitment, signature, device.signPublicKey)).toBe(false);
    const otherCommitment = keyCommitment(generateConversationKey());
    expect(verifyKeyEpoch(conversationId, 3, otherCommitment, signature, device.signPublicKey)).toBe(false);
    expect(verifyKeyEpoch(conversationId, 3, commitment, signature, generateDeviceKeys().signPublicKey)).toBe(false);
  });
});

describe("usable public keys", () => {
  it("refuse all-zero, small-order and malformed box keys", () => {
    expect(isUsableBoxPublicKey(generateDeviceKeys().boxPublicKey)).toBe(true);
    expect(isUsableBoxPublicKey(generateRecoveryKey().publicKey)).toBe(true);
    expect(isUsableBoxPublicKey("A".repeat(43))).toBe(false);
    const one = Buffer.alloc(32);
    one[0] = 1;
    expect(isUsableBoxPublicKey(one.toString("base64url"))).toBe(false);
    // A known point of order 8 on Curve25519.
    const order8 = Buffer.from("e0eb7a7c3b41b8ae1656e3faf19fc46ada098deb9c32b1fd866205165f49b800", "hex");
    expect(isUsableBoxPublicKey(order8.toString("base64url"))).toBe(false);
    expect(isUsableBoxPublicKey("abc")).toBe(false);
    expect(isUsableBoxPublicKey(`${generateDeviceKeys().boxPublicKey.slice(0, 42)}_`)).toBe(false);
  });

  it("refuse weak sign keys", () => {
    expect(isUsableSignPublicKey(generateDeviceKeys().signPublicKey)).toBe(true);
    expect(isUsableSignPublicKey("A".repeat(43))).toBe(false);
    const identity = Buffer.alloc(32);
    identity[0] = 1;
    expect(isUsableSignPublicKey(identity.toString("base64url"))).toBe(false);
  });
});
