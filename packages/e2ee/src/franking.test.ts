/// <reference types="node" />
import { createHmac } from "node:crypto";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { fromBase64Url, utf8 } from "./encoding";
import { frankingCommitment } from "./franking";
import {
  decryptEvent,
  type EventHeader,
  encryptEvent,
  generateConversationKey,
  generateDeviceKeys,
  ready,
  toBase64Url,
  verifyFranking,
} from "./index";

beforeAll(ready);

const header: EventHeader = { conversationId: "c1", epoch: 1, kind: "message", senderDeviceId: "d1" };

function sendAndOpen(text: string) {
  const device = generateDeviceKeys();
  const key = generateConversationKey();
  const sealed = encryptEvent(header, { v: 1, text }, key, device.signSecretKey);
  return { sealed, opened: decryptEvent(header, sealed, key, device.signPublicKey) };
}

describe("franking", () => {
  it("verifies the revealed plaintext and key, and nothing else", () => {
    const { sealed, opened } = sendAndOpen("you will regret this");
    expect(verifyFranking(opened.plaintext, opened.frankingKey, sealed.commitment)).toBe(true);
    const forged = toBase64Url(utf8(JSON.stringify({ v: 1, text: "you will love this" })));
    expect(verifyFranking(forged, opened.frankingKey, sealed.commitment)).toBe(false);
    const otherKey = sendAndOpen("you will regret this").opened.frankingKey;
    expect(verifyFranking(opened.plaintext, otherKey, sealed.commitment)).toBe(false);
    expect(verifyFranking(opened.plaintext, opened.frankingKey, sendAndOpen("x").sealed.commitment)).toBe(false);
  });

  it("returns false for malformed input instead of throwing", () => {
    const { sealed, opened } = sendAndOpen("hi");
    expect(verifyFranking("not base64!", opened.frankingKey, sealed.commitment)).toBe(false);
    expect(verifyFranking(opened.plaintext, opened.frankingKey.slice(0, 20), sealed.commitment)).toBe(false);
    expect(verifyFranking(opened.plaintext, opened.frankingKey, `${sealed.commitment}A`)).toBe(false);
    expect(verifyFranking(`${opened.plaintext}=`, opened.frankingKey, sealed.commitment)).toBe(false);
  });

  it("computes the same commitment as node:crypto's HMAC-SHA256, which the server uses", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.uint8Array({ minLength: 32, maxLength: 32 }), (p, fk) => {
        const ours = toBase64Url(frankingCommitment(p, fk));
        const node = createHmac("sha256", fk).update(p).digest("base64url");
        expect(ours).toBe(node);
      }),
    );
    const { sealed, opened } = sendAndOpen("checked by the server");
    const p = Buffer.from(opened.plaintext, "base64url");
    const fk = Buffer.from(opened.frankingKey, "base64url");
    expect(createHmac("sha256", fk).update(p).digest("base64url")).toBe(sealed.commitment);
    expect(Buffer.from(fromBase64Url(opened.plaintext)).toString("utf8")).toBe(
      '{"v":1,"text":"checked by the server"}',
    );
  });
});
