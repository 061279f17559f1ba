import { concatBytes, fromBase64Url, utf8 } from "./encoding";
import { E2eeError } from "./errors";
import { sodium } from "./sodium";

/**
 * A short fingerprint of a set of device signing keys that members compare out of band (read aloud,
 * side by side). If the server slipped an extra device into one member's view, the numbers differ.
 * The keys are de-duplicated and sorted, so order does not matter; BLAKE2b-512 (keyed with a context
 * label) over them gives 6 groups of 5 digits, each from 5 bytes mod 100000: about 99.6 bits.
 */
const CONTEXT = "mv1 safety number";
const GROUPS = 6;

export function safetyNumber(signPublicKeys: string[]): string {
  const s = sodium();
  const unique = [...new Set(signPublicKeys)];
  if (unique.length === 0) throw new E2eeError("A safety number needs at least one device key");
  const keys = unique.map((k) => fromBase64Url(k, s.crypto_sign_PUBLICKEYBYTES, "sign public key")).sort(compareBytes);
  const digest = s.crypto_generichash(64, concatBytes(...keys), utf8(CONTEXT));
  const groups: string[] = [];
  for (let g = 0; g < GROUPS; g++) {
    let value = 0;
    for (let i = 0; i < 5; i++) value = value * 256 + digest[g * 5 + i]!;
    groups.push(String(value % 100000).padStart(5, "0"));
  }
  return groups.join(" ");
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] !== b[i]) return a[i]! - b[i]!;
  }
  return a.length - b.length;
}
