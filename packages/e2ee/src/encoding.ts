import { E2eeError } from "./errors";
import { sodium } from "./sodium";

/** Binary travels as unpadded base64url (libsodium's default variant; Node's "base64url"). */
export function toBase64Url(bytes: Uint8Array): string {
  return sodium().to_base64(bytes, sodium().base64_variants.URLSAFE_NO_PADDING);
}

const BASE64URL = /^[A-Za-z0-9_-]*$/;

/**
 * Strict decoding: only the canonical encoding is accepted (no padding, no stray trailing bits), so
 * one value has exactly one spelling. `bytes` checks the decoded length when given.
 */
export function fromBase64Url(text: string, bytes?: number, what = "value"): Uint8Array {
  if (typeof text !== "string" || !BASE64URL.test(text)) throw new E2eeError(`${what} is not base64url`);
  let decoded: Uint8Array;
  try {
    decoded = sodium().from_base64(text, sodium().base64_variants.URLSAFE_NO_PADDING);
  } catch {
    throw new E2eeError(`${what} is not base64url`);
  }
  if (toBase64Url(decoded) !== text) throw new E2eeError(`${what} is not canonical base64url`);
  if (bytes !== undefined && decoded.length !== bytes) throw new E2eeError(`${what} must be ${bytes} bytes`);
  return decoded;
}

export function utf8(text: string): Uint8Array {
  return sodium().from_string(text);
}

export function fromUtf8(bytes: Uint8Array): string {
  return sodium().to_string(bytes);
}

export function concatBytes(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
