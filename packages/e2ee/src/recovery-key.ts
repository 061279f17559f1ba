import { base32Decode, base32Encode } from "./base32";
import { toBase64Url, utf8 } from "./encoding";
import { RecoveryKeyError } from "./errors";
import { sodium } from "./sodium";

/**
 * The recovery key: 32 random bytes shown once, as 55 base32 characters in groups of 4
 * (secret || 2-byte checksum). An X25519 pair derived from it receives a copy of every conversation
 * key, so the member can restore keys and history on a new device.
 */
export interface RecoveryKey {
  display: string;
  publicKey: string;
  secretKey: string;
}

export const RECOVERY_SECRET_BYTES = 32;
const CHECKSUM_BYTES = 2;
const SEED_CONTEXT = "mv1 recovery box seed";

export function generateRecoveryKey(): RecoveryKey {
  return recoveryFromSecret(sodium().randombytes_buf(RECOVERY_SECRET_BYTES));
}

/** Tolerates lower case, spaces and missing dashes; a typo fails the checksum with RecoveryKeyError. */
export function recoveryFromDisplay(display: string): RecoveryKey {
  return recoveryFromSecret(recoverySecretFromDisplay(display));
}

export function recoverySecretFromDisplay(display: string): Uint8Array {
  if (typeof display !== "string") throw new RecoveryKeyError("The recovery key must be text");
  const compact = display.replace(/[\s\-\u2010-\u2015]/g, "");
  const bytes = base32Decode(compact, RECOVERY_SECRET_BYTES + CHECKSUM_BYTES);
  if (!bytes) throw new RecoveryKeyError("That is not a recovery key: check its length and characters");
  const secret = bytes.subarray(0, RECOVERY_SECRET_BYTES);
  const check = checksum(secret);
  if (bytes[RECOVERY_SECRET_BYTES] !== check[0] || bytes[RECOVERY_SECRET_BYTES + 1] !== check[1]) {
    throw new RecoveryKeyError("The recovery key has a typo: its checksum does not match");
  }
  return secret.slice();
}

export function recoveryFromSecret(secret: Uint8Array): RecoveryKey {
  if (secret.length !== RECOVERY_SECRET_BYTES) throw new RecoveryKeyError("A recovery secret is 32 bytes");
  const seed = sodium().crypto_generichash(32, secret, utf8(SEED_CONTEXT));
  const pair = sodium().crypto_box_seed_keypair(seed);
  const full = new Uint8Array(RECOVERY_SECRET_BYTES + CHECKSUM_BYTES);
  full.set(secret);
  full.set(checksum(secret), RECOVERY_SECRET_BYTES);
  return {
    display: groupsOfFour(base32Encode(full)),
    publicKey: toBase64Url(pair.publicKey),
    secretKey: toBase64Url(pair.privateKey),
  };
}

/**
 * CRC-16/CCITT (poly 0x1021, init 0xFFFF) rather than a truncated hash: it catches every burst of
 * up to 16 bits, so every single-character typo (5 bits) and every swap of two neighbouring
 * characters (10 bits) is caught for sure; a 16-bit hash would miss one typo in 65,536. The secret
 * is random, so the checksum guards against typing mistakes only, not against an adversary.
 */
function checksum(secret: Uint8Array): Uint8Array {
  let crc = 0xffff;
  for (const byte of secret) {
    crc ^= byte << 8;
    for (let i = 0; i < 8; i++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return new Uint8Array([crc >> 8, crc & 0xff]);
}

function groupsOfFour(text: string): string {
  return text.match(/.{1,4}/g)?.join("-") ?? text;
}
