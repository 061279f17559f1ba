import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { AttachmentError } from "./errors";
import { ATTACHMENT_OVERHEAD_BYTES, decryptAttachment, encryptAttachment, ready } from "./index";

beforeAll(ready);

describe("attachments", () => {
  it("round-trip any bytes with a fresh key and nonce each time", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4096 }), (bytes) => {
        const sealed = encryptAttachment(bytes);
        expect(sealed.ciphertext).toHaveLength(bytes.length + ATTACHMENT_OVERHEAD_BYTES);
        expect(decryptAttachment(sealed.ciphertext, sealed.key, sealed.nonce)).toEqual(bytes);
      }),
    );
    const a = encryptAttachment(new Uint8Array(10));
    const b = encryptAttachment(new Uint8Array(10));
    expect(a.key).not.toBe(b.key);
    expect(a.nonce).not.toBe(b.nonce);
  });

  it("handles a 10 MiB file", { timeout: 30_000 }, () => {
    const bytes = new Uint8Array(10 * 1024 * 1024);
    for (let i = 0; i < bytes.length; i++) bytes[i] = i % 251;
    const sealed = encryptAttachment(bytes);
    const opened = decryptAttachment(sealed.ciphertext, sealed.key, sealed.nonce);
    // toEqual walks 10 million elements slowly; compare the bytes directly.
    expect(opened.length).toBe(bytes.length);
    expect(opened.findIndex((b, i) => b !== bytes[i])).toBe(-1);
  });

  it("detects tampering, truncation and the wrong key or nonce", () => {
    const bytes = new TextEncoder().encode("a private photo");
    const sealed = encryptAttachment(bytes);
    fc.assert(
      fc.property(fc.nat(), fc.integer({ min: 0, max: 7 }), (at, bit) => {
        const altered = sealed.ciphertext.slice();
        altered[at % altered.length]! ^= 1 << bit;
        expect(() => decryptAttachment(altered, sealed.key, sealed.nonce)).toThrow(AttachmentError);
      }),
    );
    expect(() => decryptAttachment(sealed.ciphertext.slice(0, -1), sealed.key, sealed.nonce)).toThrow(AttachmentError);
    const other = encryptAttachment(bytes);
    expect(() => decryptAttachment(sealed.ciphertext, other.key, sealed.nonce)).toThrow(AttachmentError);
    expect(() => decryptAttachment(sealed.ciphertext, sealed.key, other.nonce)).toThrow(AttachmentError);
    expect(() => decryptAttachment(sealed.ciphertext, "short", sealed.nonce)).toThrow(AttachmentError);
  });
});
