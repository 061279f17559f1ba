import { concatBytes, fromBase64Url, toBase64Url, utf8 } from "./encoding";
import { E2eeError } from "./errors";
import { sodium } from "./sodium";

/**
 * A short fingerprint that members compare out of band (read aloud, side by side). It covers every
 * key a conversation key gets sealed to or that signs: each device's (sign, box) pair and each
 * member's recovery public key. If the server slipped an extra device or a recovery key of its own into
 * one member's view, or paired a member's sign key with another box key, the numbers differ.
 *
 * Each device is the record 0x01 ‖ sign key ‖ box key, each recovery key 0x02 ‖ key; the records are
 * de-duplicated and sorted (order does not matter), and BLAKE2b-512 (keyed with a context label) over
 * them gives 6 groups of 5 digits, each from 5 bytes mod 100000: about 99.6 bits.
 */
const CONTEXT = "mv1 safety number";
const GROUPS = 6;
const DEVICE_TAG = 1;
const RECOVERY_TAG = 2;

export interface SafetyNumberKeys {
  devices: readonly { signPublicKey: string; boxPublicKey: string }[];
  recoveryPublicKeys?: readonly string[];
}

export function safetyNumber(keys: SafetyNumberKeys): string {
  const s = sodium();
  if (keys.devices.length === 0) throw new E2eeError("A safety number needs at least one device");
  const records = [
    ...keys.devices.map((d) =>
      concatBytes(
        new Uint8Array([DEVICE_TAG]),
        fromBase64Url(d.signPublicKey, s.crypto_sign_PUBLICKEYBYTES, "sign public key"),
        fromBase64Url(d.boxPublicKey, s.crypto_box_PUBLICKEYBYTES, "box public key"),
      ),
    ),
    ...(keys.recoveryPublicKeys ?? []).map((k) =>
      concatBytes(new Uint8Array([RECOVERY_TAG]), fromBase64Url(k, s.crypto_box_PUBLICKEYBYTES, "recovery public key")),
    ),
  ];
  const unique = [...new Map(records.map((r) => [toBase64Url(r), r])).values()].sort(compareBytes);
  const digest = s.crypto_generichash(64, concatBytes(...unique), utf8(CONTEXT));
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
