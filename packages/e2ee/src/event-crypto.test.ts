import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { fromBase64Url, fromUtf8, toBase64Url, utf8 } from "./encoding";
import { EventVerificationError } from "./errors";
import {
  associatedData,
  decryptEvent,
  type EventHeader,
  encryptEvent,
  generateConversationKey,
  generateDeviceKeys,
  ready,
  type SealedEvent,
  verifyFranking,
} from "./index";
import { sodium } from "./sodium";

beforeAll(ready);

const header: EventHeader = {
  conversationId: "6f1c8a4e-2b1d-4c7e-9a53-0d2f3b4c5e6f",
  epoch: 2,
  kind: "message",
  targetSeq: null,
  senderDeviceId: "0b9e7d6c-5a4b-4c3d-8e2f-1a0b9c8d7e6f",
};

function setup() {
  return { device: generateDeviceKeys(), key: generateConversationKey() };
}

describe("event encryption", () => {
  it("round-trips a message and reveals bytes that verify against the commitment", () => {
    const { device, key } = setup();
    const payload = { v: 1, text: "hello \u{1F44B} caf\u00e9" };
    const sealed = encryptEvent(header, payload, key, device.signSecretKey);
    expect(fromBase64Url(sealed.nonce)).toHaveLength(24);
    expect(fromBase64Url(sealed.commitment)).toHaveLength(32);
    expect(fromBase64Url(sealed.signature)).toHaveLength(64);
    expect(fromBase64Url(sealed.ciphertext)).toHaveLength(32 + JSON.stringify(payload).length + 3 + 16);
    const opened = decryptEvent(header, sealed, key, device.signPublicKey);
    expect(opened.payload).toEqual(payload);
    expect(fromUtf8(fromBase64Url(opened.plaintext))).toBe(JSON.stringify(payload));
    expect(verifyFranking(opened.plaintext, opened.frankingKey, sealed.commitment)).toBe(true);
    expect(JSON.stringify(sealed)).not.toContain("hello");
  });

  it("builds the associated data string of the protocol", () => {
    expect(associatedData({ ...header, kind: "edit", targetSeq: 7 }, "C")).toBe(
      `mv1|${header.conversationId}|2|edit|7|${header.senderDeviceId}|C`,
    );
    expect(associatedData(header, "C")).toBe(`mv1|${header.conversationId}|2|message||${header.senderDeviceId}|C`);
    expect(() => associatedData({ ...header, conversationId: "a|b" }, "C")).toThrow(EventVerificationError);
    expect(() => associatedData({ ...header, epoch: 0 }, "C")).toThrow(EventVerificationError);
  });

  it("round-trips any JSON payload", () => {
    const { device, key } = setup();
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom("message", "edit", "reaction" as const), (payload, kind) => {
        const h: EventHeader = { ...header, kind, targetSeq: kind === "message" ? null : 3 };
        const opened = decryptEvent(h, encryptEvent(h, payload, key, device.signSecretKey), key, device.signPublicKey);
        expect(opened.payload).toEqual(JSON.parse(JSON.stringify(payload)));
      }),
      { numRuns: 200 },
    );
  });

  it("rejects any flipped bit in nonce, ciphertext, signature or commitment", () => {
    const { device, key } = setup();
    const fields = ["nonce", "ciphertext", "signature", "commitment"] as const;
    fc.assert(
      fc.property(
        fc.string({ maxLength: 200 }),
        fc.constantFrom(...fields),
        fc.nat(),
        fc.integer({ min: 0, max: 7 }),
        (text, field, at, bit) => {
          const sealed = encryptEvent(header, { v: 1, text }, key, device.signSecretKey);
          const bytes = fromBase64Url(sealed[field]);
          bytes[at % bytes.length]! ^= 1 << bit;
          const altered: SealedEvent = { ...sealed, [field]: toBase64Url(bytes) };
          expect(() => decryptEvent(header, altered, key, device.signPublicKey)).toThrow(EventVerificationError);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("rejects a change to any header field", () => {
    const { device, key } = setup();
    const sealed = encryptEvent(
      { ...header, kind: "edit", targetSeq: 4 },
      { v: 1, text: "x" },
      key,
      device.signSecretKey,
    );
    const base: EventHeader = { ...header, kind: "edit", targetSeq: 4 };
    expect(decryptEvent(base, sealed, key, device.signPublicKey).payload).toEqual({ v: 1, text: "x" });
    const changed: EventHeader[] = [
      { ...base, conversationId: "6f1c8a4e-2b1d-4c7e-9a53-0d2f3b4c5e60" },
      { ...base, epoch: 3 },
      { ...base, kind: "reaction" },
      { ...base, targetSeq: 5 },
      { ...base, targetSeq: null },
      { ...base, senderDeviceId: "0b9e7d6c-5a4b-4c3d-8e2f-1a0b9c8d7e60" },
    ];
    for (const h of changed) {
      expect(() => decryptEvent(h, sealed, key, device.signPublicKey), JSON.stringify(h)).toThrow(
        EventVerificationError,
      );
    }
  });

  it("rejects a wrong conversation key or another device's signing key", () => {
    const { device, key } = setup();
    const sealed = encryptEvent(header, { v: 1, text: "secret" }, key, device.signSecretKey);
    expect(() => decryptEvent(header, sealed, generateConversationKey(), device.signPublicKey)).toThrow(
      EventVerificationError,
    );
    expect(() => decryptEvent(header, sealed, key, generateDeviceKeys().signPublicKey)).toThrow(EventVerificationError);
  });

  it("rejects a validly signed event whose commitment does not match its plaintext", () => {
    // A malicious sender controls their device and can sign anything. An event that would display
    // but fail to verify in a report must still be refused.
    const { device, key } = setup();
    const s = sodium();
    const fk = s.randombytes_buf(32);
    const wrongCommitment = toBase64Url(s.crypto_auth_hmacsha256(utf8("something else"), fk));
    const ad = utf8(associatedData(header, wrongCommitment));
    const nonce = s.randombytes_buf(24);
    const inner = new Uint8Array([...fk, ...utf8(JSON.stringify({ v: 1, text: "abuse" }))]);
    const ciphertext = s.crypto_aead_xchacha20poly1305_ietf_encrypt(inner, ad, null, nonce, fromBase64Url(key));
    const signed = new Uint8Array([...ad, ...nonce, ...ciphertext]);
    const forged: SealedEvent = {
      nonce: toBase64Url(nonce),
      ciphertext: toBase64Url(ciphertext),
      commitment: wrongCommitment,
      signature: toBase64Url(s.crypto_sign_detached(signed, fromBase64Url(device.signSecretKey))),
    };
    expect(() => decryptEvent(header, forged, key, device.signPublicKey)).toThrow(/franking commitment/);
  });

  it("refuses a payload that is not JSON", () => {
    const { device, key } = setup();
    expect(() => encryptEvent(header, undefined, key, device.signSecretKey)).toThrow();
  });
});
