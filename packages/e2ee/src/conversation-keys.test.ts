import { beforeAll, describe, expect, it } from "vitest";
import { fromBase64Url, toBase64Url } from "./encoding";
import { SealedKeyError } from "./errors";
import { generateConversationKey, generateDeviceKeys, openSealedKey, ready, sealKey } from "./index";

beforeAll(ready);

describe("device keys and sealed conversation keys", () => {
  it("makes 32-byte public keys and distinct pairs per device", () => {
    const device = generateDeviceKeys();
    expect(fromBase64Url(device.boxPublicKey)).toHaveLength(32);
    expect(fromBase64Url(device.signPublicKey)).toHaveLength(32);
    expect(fromBase64Url(device.signSecretKey)).toHaveLength(64);
    expect(generateDeviceKeys().boxPublicKey).not.toBe(device.boxPublicKey);
  });

  it("opens a sealed key only with the recipient device's keys", () => {
    const alice = generateDeviceKeys();
    const bob = generateDeviceKeys();
    const key = generateConversationKey();
    expect(fromBase64Url(key)).toHaveLength(32);
    const sealed = sealKey(key, alice.boxPublicKey);
    expect(sealed).toMatch(/^[A-Za-z0-9_-]{107}$/);
    expect(sealKey(key, alice.boxPublicKey)).not.toBe(sealed);
    expect(openSealedKey(sealed, alice.boxPublicKey, alice.boxSecretKey)).toBe(key);
    expect(() => openSealedKey(sealed, bob.boxPublicKey, bob.boxSecretKey)).toThrow(SealedKeyError);
    expect(() => openSealedKey(sealed, alice.boxPublicKey, bob.boxSecretKey)).toThrow(SealedKeyError);
  });

  it("refuses an altered sealed key", () => {
    const device = generateDeviceKeys();
    const sealed = fromBase64Url(sealKey(generateConversationKey(), device.boxPublicKey));
    for (let i = 0; i < sealed.length; i++) {
      const altered = sealed.slice();
      altered[i]! ^= 1;
      const text = toBase64Url(altered);
      expect(() => openSealedKey(text, device.boxPublicKey, device.boxSecretKey)).toThrow(SealedKeyError);
    }
    expect(() => openSealedKey("not base64!", device.boxPublicKey, device.boxSecretKey)).toThrow(SealedKeyError);
  });
});
