import { fromBase64Url, toBase64Url, utf8 } from "./encoding";
import { sodium } from "./sodium";

/**
 * Signatures that bind the keys conversation keys are sealed to, and the conversation keys
 * themselves, to a member's device. Without them the server could list a box key of its own under a
 * member (or swap a recovery key, or hand out a key it chose) and read what is sealed to it; with
 * them it can only do so by also adding a sign key, which the safety number shows.
 * Every statement is UTF-8 text starting with "mv1|<what>|", so one kind can never pass for another.
 */
const KEY_COMMIT_CONTEXT = "mv1 key commit";

export function deviceStatement(userId: string, boxPublicKey: string, signPublicKey: string): string {
  return `mv1|device|${userId}|${boxPublicKey}|${signPublicKey}`;
}

export function recoveryStatement(userId: string, recoveryPublicKey: string): string {
  return `mv1|recovery|${userId}|${recoveryPublicKey}`;
}

export function keyEpochStatement(conversationId: string, epoch: number, keyCommitment: string): string {
  return `mv1|key-epoch|${conversationId}|${epoch}|${keyCommitment}`;
}

/** The device vouches for its own box key under its member: signed with the device's sign key. */
export function signDevice(userId: string, boxPublicKey: string, signPublicKey: string, signSecretKey: string): string {
  return sign(deviceStatement(userId, boxPublicKey, signPublicKey), signSecretKey);
}

export function verifyDevice(
  userId: string,
  device: { boxPublicKey: string; signPublicKey: string; deviceSignature: string },
): boolean {
  return verify(
    deviceStatement(userId, device.boxPublicKey, device.signPublicKey),
    device.deviceSignature,
    device.signPublicKey,
  );
}

/** One of the member's devices vouches for their recovery public key. */
export function signRecoveryKey(userId: string, recoveryPublicKey: string, signSecretKey: string): string {
  return sign(recoveryStatement(userId, recoveryPublicKey), signSecretKey);
}

export function verifyRecoveryKey(
  userId: string,
  recoveryPublicKey: string,
  signature: string,
  signerSignPublicKey: string,
): boolean {
  return verify(recoveryStatement(userId, recoveryPublicKey), signature, signerSignPublicKey);
}

/**
 * BLAKE2b-256 of the conversation key, keyed with a fixed label (a domain separator, not a secret).
 * Published with the epoch, so a member who opens an envelope can tell the key is the one its creator
 * signed, not one the server sealed to them on its own.
 */
export function keyCommitment(conversationKey: string): string {
  const s = sodium();
  const key = fromBase64Url(conversationKey, s.crypto_aead_xchacha20poly1305_ietf_KEYBYTES, "conversation key");
  return toBase64Url(s.crypto_generichash(32, key, utf8(KEY_COMMIT_CONTEXT)));
}

/** The device that made an epoch signs its number and key commitment. */
export function signKeyEpoch(conversationId: string, epoch: number, commitment: string, signSecretKey: string): string {
  return sign(keyEpochStatement(conversationId, epoch, commitment), signSecretKey);
}

export function verifyKeyEpoch(
  conversationId: string,
  epoch: number,
  commitment: string,
  signature: string,
  signerSignPublicKey: string,
): boolean {
  return verify(keyEpochStatement(conversationId, epoch, commitment), signature, signerSignPublicKey);
}

/**
 * Whether a 32-byte X25519 public key can receive sealed keys: canonical base64url, and not a point
 * of small order (all-zero and the like), to which a sealed key would be readable by anyone. libsodium's
 * crypto_scalarmult refuses exactly those (the shared secret would be all zeros).
 */
export function isUsableBoxPublicKey(boxPublicKey: string): boolean {
  const s = sodium();
  try {
    const point = fromBase64Url(boxPublicKey, s.crypto_box_PUBLICKEYBYTES, "box public key");
    s.crypto_scalarmult(s.randombytes_buf(s.crypto_scalarmult_SCALARBYTES), point);
    return true;
  } catch {
    return false;
  }
}

/** Whether a 32-byte Ed25519 public key is a canonical point of large order (not a weak key). */
export function isUsableSignPublicKey(signPublicKey: string): boolean {
  const s = sodium();
  try {
    return s.crypto_core_ed25519_is_valid_point(
      fromBase64Url(signPublicKey, s.crypto_sign_PUBLICKEYBYTES, "sign public key"),
    );
  } catch {
    return false;
  }
}

function sign(statement: string, signSecretKey: string): string {
  const s = sodium();
  return toBase64Url(
    s.crypto_sign_detached(
      utf8(statement),
      fromBase64Url(signSecretKey, s.crypto_sign_SECRETKEYBYTES, "sign secret key"),
    ),
  );
}

/** False for a bad signature and for anything malformed: callers treat both as "not vouched for". */
function verify(statement: string, signature: string, signPublicKey: string): boolean {
  const s = sodium();
  try {
    return s.crypto_sign_verify_detached(
      fromBase64Url(signature, s.crypto_sign_BYTES, "signature"),
      utf8(statement),
      fromBase64Url(signPublicKey, s.crypto_sign_PUBLICKEYBYTES, "sign public key"),
    );
  } catch {
    return false;
  }
}
