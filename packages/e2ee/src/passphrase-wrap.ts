import type { PassphraseWrap } from "@mentalverse/shared";
import { fromBase64Url, toBase64Url, utf8 } from "./encoding";
import { E2eeError, RecoveryKeyError, WrongPassphraseError } from "./errors";
import { recoveryFromSecret, recoverySecretFromDisplay } from "./recovery-key";
import { sodium } from "./sodium";

/**
 * The recovery secret sealed with a passphrase, so a member may remember a passphrase instead of
 * keeping the recovery key. Argon2id (crypto_pwhash) stretches the passphrase into a key for
 * XChaCha20-Poly1305; the parameters travel in the wrap so they can be raised later.
 */
export const PASSPHRASE_OPS_LIMIT = 3;
export const PASSPHRASE_MEM_LIMIT = 64 * 1024 * 1024;
/**
 * What this library will spend on one unwrap. The wrap comes from the server, which could otherwise
 * freeze or crash a phone's tab with a wrap asking for gigabytes; the server accepts new wraps only
 * within NewPassphraseWrapSchema (3..10 passes, 64..256 MiB), so the same ceiling holds here.
 */
export const PASSPHRASE_MAX_OPS_LIMIT = 10;
export const PASSPHRASE_MAX_MEM_LIMIT = 256 * 1024 * 1024;
/** Lower bounds: PassphraseWrapSchema's (tests wrap with less to stay fast; the server refuses those). */
const OPS_RANGE = [1, PASSPHRASE_MAX_OPS_LIMIT] as const;
const MEM_RANGE = [8 * 1024 * 1024, PASSPHRASE_MAX_MEM_LIMIT] as const;
const WRAP_AD = "mv1|recovery-passphrase-wrap";

export interface PassphraseWrapOptions {
  /**
   * Tests pass lower values to stay fast (never below PassphraseWrapSchema's minimums); the server
   * stores only wraps within NewPassphraseWrapSchema, which the defaults satisfy.
   */
  opsLimit?: number;
  memLimit?: number;
}

export function wrapRecoveryWithPassphrase(
  display: string,
  passphrase: string,
  options: PassphraseWrapOptions = {},
): PassphraseWrap {
  const secret = recoverySecretFromDisplay(display);
  const opsLimit = options.opsLimit ?? PASSPHRASE_OPS_LIMIT;
  const memLimit = options.memLimit ?? PASSPHRASE_MEM_LIMIT;
  checkLimits(opsLimit, memLimit, E2eeError);
  const salt = sodium().randombytes_buf(sodium().crypto_pwhash_SALTBYTES);
  const nonce = sodium().randombytes_buf(sodium().crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
  const key = deriveKey(passphrase, salt, opsLimit, memLimit);
  const ciphertext = sodium().crypto_aead_xchacha20poly1305_ietf_encrypt(secret, utf8(WRAP_AD), null, nonce, key);
  sodium().memzero(key);
  return {
    salt: toBase64Url(salt),
    nonce: toBase64Url(nonce),
    ciphertext: toBase64Url(ciphertext),
    opsLimit,
    memLimit,
  };
}

/** Returns the recovery key's display form; a wrong passphrase throws WrongPassphraseError. */
export function unwrapRecoveryWithPassphrase(wrap: PassphraseWrap, passphrase: string): string {
  // The wrap comes from the server: bound its cost before spending memory and time on Argon2id.
  checkLimits(wrap.opsLimit, wrap.memLimit, RecoveryKeyError);
  let salt: Uint8Array;
  let nonce: Uint8Array;
  let ciphertext: Uint8Array;
  try {
    salt = fromBase64Url(wrap.salt, sodium().crypto_pwhash_SALTBYTES, "salt");
    nonce = fromBase64Url(wrap.nonce, sodium().crypto_aead_xchacha20poly1305_ietf_NPUBBYTES, "nonce");
    ciphertext = fromBase64Url(wrap.ciphertext, undefined, "ciphertext");
  } catch (error) {
    throw new RecoveryKeyError(`The stored passphrase wrap is damaged: ${(error as Error).message}`);
  }
  const key = deriveKey(passphrase, salt, wrap.opsLimit, wrap.memLimit);
  let secret: Uint8Array;
  try {
    secret = sodium().crypto_aead_xchacha20poly1305_ietf_decrypt(null, ciphertext, utf8(WRAP_AD), nonce, key);
  } catch {
    throw new WrongPassphraseError("That passphrase does not open the recovery key");
  } finally {
    sodium().memzero(key);
  }
  return recoveryFromSecret(secret).display;
}

function deriveKey(passphrase: string, salt: Uint8Array, opsLimit: number, memLimit: number): Uint8Array {
  if (typeof passphrase !== "string" || passphrase.length === 0) throw new E2eeError("The passphrase is empty");
  // NFC, so the same passphrase typed on different systems gives the same bytes.
  return sodium().crypto_pwhash(
    sodium().crypto_aead_xchacha20poly1305_ietf_KEYBYTES,
    utf8(passphrase.normalize("NFC")),
    salt,
    opsLimit,
    memLimit,
    sodium().crypto_pwhash_ALG_ARGON2ID13,
  );
}

function checkLimits(opsLimit: number, memLimit: number, ErrorClass: new (message: string) => Error): void {
  if (!Number.isInteger(opsLimit) || opsLimit < OPS_RANGE[0] || opsLimit > OPS_RANGE[1]) {
    throw new ErrorClass(`opsLimit must be an integer from ${OPS_RANGE[0]} to ${OPS_RANGE[1]}`);
  }
  if (!Number.isInteger(memLimit) || memLimit < MEM_RANGE[0] || memLimit > MEM_RANGE[1]) {
    throw new ErrorClass(`memLimit must be an integer from ${MEM_RANGE[0]} to ${MEM_RANGE[1]} bytes`);
  }
}
