import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import {
  type CallDescription,
  callDescriptionStatement,
  callSdpHash,
  generateDeviceKeys,
  ready,
  signCallDescription,
  signDevice,
  verifyCallDescription,
} from "./index";

beforeAll(ready);

const SDP = "v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\na=fingerprint:sha-256 AB:CD:EF\r\n";
const base: CallDescription = {
  scope: { callId: "4f1c2b7e-0a9d-4c3b-8e21-6d5f7a8b9c01" },
  userId: "0b6f3c1e-5b8a-4b7e-9a53-2f7c2b1d9e01",
  deviceId: "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
  type: "offer",
  sdp: SDP,
};

/** One field of the description changed to another value of the same kind. */
const changed = fc.oneof(
  fc.uuid().map(
    (callId) =>
      (d: CallDescription): CallDescription => ({ ...d, scope: { callId } }),
  ),
  fc.uuid().map(
    (conversationId) =>
      (d: CallDescription): CallDescription => ({ ...d, scope: { conversationId } }),
  ),
  fc.uuid().map(
    (userId) =>
      (d: CallDescription): CallDescription => ({ ...d, userId }),
  ),
  fc.uuid().map(
    (deviceId) =>
      (d: CallDescription): CallDescription => ({ ...d, deviceId }),
  ),
  fc.constant((d: CallDescription): CallDescription => ({ ...d, type: d.type === "offer" ? "answer" : "offer" })),
  fc.string({ minLength: 1 }).map(
    (extra) =>
      (d: CallDescription): CallDescription => ({ ...d, sdp: d.sdp + extra }),
  ),
  fc.nat().map((at) => (d: CallDescription): CallDescription => {
    // Another fingerprint byte: the one change an attacker in the middle needs.
    const i = at % d.sdp.length;
    const swapped = d.sdp[i] === "A" ? "B" : "A";
    return { ...d, sdp: d.sdp.slice(0, i) + swapped + d.sdp.slice(i + 1) };
  }),
);

describe("call description signatures", () => {
  it("verify with the signing device's key for exactly what was signed", () => {
    const device = generateDeviceKeys();
    fc.assert(
      fc.property(
        fc.string({ maxLength: 2000 }),
        fc.constantFrom("offer", "answer" as const),
        fc.boolean(),
        (sdp, type, invite) => {
          const description: CallDescription = {
            ...base,
            sdp,
            type,
            scope: invite ? { conversationId: "5d1f8a20-6b3c-4e7d-8f90-1a2b3c4d5e6f" } : base.scope,
          };
          const signature = signCallDescription(description, device.signSecretKey);
          expect(verifyCallDescription(description, signature, device.signPublicKey)).toBe(true);
        },
      ),
    );
  });

  it("fail when the call, sender, device, type or SDP differ", () => {
    const device = generateDeviceKeys();
    const signature = signCallDescription(base, device.signSecretKey);
    fc.assert(
      fc.property(changed, (change) => {
        // Every change yields a different value (never the one signed), so each must be refused.
        expect(verifyCallDescription(change(base), signature, device.signPublicKey)).toBe(false);
      }),
    );
    // A call id and a conversation id with the same value are different scopes.
    const sameId = { ...base, scope: { conversationId: "4f1c2b7e-0a9d-4c3b-8e21-6d5f7a8b9c01" } };
    expect(verifyCallDescription(sameId, signature, device.signPublicKey)).toBe(false);
  });

  it("fail with another device's key, and for malformed input, without throwing", () => {
    const device = generateDeviceKeys();
    const signature = signCallDescription(base, device.signSecretKey);
    for (let i = 0; i < 20; i++) {
      expect(verifyCallDescription(base, signature, generateDeviceKeys().signPublicKey)).toBe(false);
    }
    expect(verifyCallDescription(base, "nope", device.signPublicKey)).toBe(false);
    expect(verifyCallDescription(base, signature, "A")).toBe(false);
    expect(verifyCallDescription({ ...base, userId: `${base.userId}|x` }, signature, device.signPublicKey)).toBe(false);
    expect(verifyCallDescription({ ...base, deviceId: "" }, signature, device.signPublicKey)).toBe(false);
    expect(verifyCallDescription({ ...base, type: "rollback" as "offer" }, signature, device.signPublicKey)).toBe(
      false,
    );
    // Another kind of statement by the same key never passes for a call description.
    const asDevice = signDevice(base.userId, device.boxPublicKey, device.signPublicKey, device.signSecretKey);
    expect(verifyCallDescription(base, asDevice, device.signPublicKey)).toBe(false);
  });

  it("refuse to sign an ambiguous statement", () => {
    const device = generateDeviceKeys();
    expect(() => signCallDescription({ ...base, scope: { callId: "a|b" } }, device.signSecretKey)).toThrow();
    expect(() => signCallDescription({ ...base, deviceId: "" }, device.signSecretKey)).toThrow();
  });

  it("signs the documented statement", async () => {
    const device = generateDeviceKeys();
    const signature = signCallDescription(base, device.signSecretKey);
    const statement = `mv1|call-sdp|call|4f1c2b7e-0a9d-4c3b-8e21-6d5f7a8b9c01|${base.userId}|${base.deviceId}|offer|${callSdpHash(SDP)}`;
    expect(callDescriptionStatement(base)).toBe(statement);
    expect(callDescriptionStatement({ ...base, type: "answer" })).toBe(statement.replace("|offer|", "|answer|"));
    expect(callDescriptionStatement({ ...base, scope: { conversationId: "k" } })).toMatch(
      /^mv1\|call-sdp\|conversation\|k\|/,
    );
    // Keyed BLAKE2b-256, pinned so the statement cannot drift between releases.
    expect(callSdpHash(SDP)).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(callSdpHash("")).toMatchInlineSnapshot(`"DDGKbgONNC6mhCJYANCm33xIaaUKJVHlcB9WHePkrVY"`);
    const { createPublicKey, verify } = await import("node:crypto");
    const publicKey = createPublicKey({ key: { kty: "OKP", crv: "Ed25519", x: device.signPublicKey }, format: "jwk" });
    expect(verify(null, Buffer.from(statement), publicKey, Buffer.from(signature, "base64url"))).toBe(true);
  });
});
