import { concatBytes, fromBase64Url, fromUtf8, toBase64Url, utf8 } from "./encoding";
import { E2eeError, EventVerificationError } from "./errors";
import { associatedDataBytes, type EventHeader } from "./event-header";
import { COMMITMENT_BYTES, FRANKING_KEY_BYTES, frankingCommitment } from "./franking";
import { sodium } from "./sodium";

/**
 * Events (message, edit, reaction): inner = fk || P, ciphertext = XChaCha20-Poly1305-IETF(key of the
 * epoch, random 24-byte nonce, inner, AD), signature = Ed25519(AD || nonce || ciphertext).
 */
export interface SealedEvent {
  nonce: string;
  ciphertext: string;
  commitment: string;
  signature: string;
}

export interface OpenedEvent<T = unknown> {
  payload: T;
  /** base64url of the exact payload bytes P, as a report reveals them. */
  plaintext: string;
  frankingKey: string;
}

export function encryptEvent(header: EventHeader, payload: unknown, key: string, signSecretKey: string): SealedEvent {
  const s = sodium();
  const json = JSON.stringify(payload);
  if (json === undefined) throw new E2eeError("The payload must be JSON-serialisable");
  const plaintext = utf8(json);
  const frankingKey = s.randombytes_buf(FRANKING_KEY_BYTES);
  const commitment = toBase64Url(frankingCommitment(plaintext, frankingKey));
  const ad = associatedDataBytes(header, commitment);
  const nonce = s.randombytes_buf(s.crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
  const ciphertext = s.crypto_aead_xchacha20poly1305_ietf_encrypt(
    concatBytes(frankingKey, plaintext),
    ad,
    null,
    nonce,
    fromBase64Url(key, s.crypto_aead_xchacha20poly1305_ietf_KEYBYTES, "conversation key"),
  );
  const signature = s.crypto_sign_detached(
    concatBytes(ad, nonce, ciphertext),
    fromBase64Url(signSecretKey, s.crypto_sign_SECRETKEYBYTES, "sign secret key"),
  );
  return {
    nonce: toBase64Url(nonce),
    ciphertext: toBase64Url(ciphertext),
    commitment,
    signature: toBase64Url(signature),
  };
}

/** Verifies the signature, decrypts and checks the franking commitment; any failure throws EventVerificationError. */
export function decryptEvent<T = unknown>(
  header: EventHeader,
  sealed: SealedEvent,
  key: string,
  senderSignPublicKey: string,
): OpenedEvent<T> {
  const s = sodium();
  const ad = associatedDataBytes(header, sealed.commitment);
  const decode = (text: string, bytes: number | undefined, what: string) => {
    try {
      return fromBase64Url(text, bytes, what);
    } catch (error) {
      throw new EventVerificationError((error as Error).message);
    }
  };
  const nonce = decode(sealed.nonce, s.crypto_aead_xchacha20poly1305_ietf_NPUBBYTES, "nonce");
  const ciphertext = decode(sealed.ciphertext, undefined, "ciphertext");
  const commitment = decode(sealed.commitment, COMMITMENT_BYTES, "commitment");
  const signature = decode(sealed.signature, s.crypto_sign_BYTES, "signature");
  const signer = decode(senderSignPublicKey, s.crypto_sign_PUBLICKEYBYTES, "sender sign public key");
  const keyBytes = decode(key, s.crypto_aead_xchacha20poly1305_ietf_KEYBYTES, "conversation key");
  if (!s.crypto_sign_verify_detached(signature, concatBytes(ad, nonce, ciphertext), signer)) {
    throw new EventVerificationError("The signature does not match the sender's device");
  }
  let inner: Uint8Array;
  try {
    inner = s.crypto_aead_xchacha20poly1305_ietf_decrypt(null, ciphertext, ad, nonce, keyBytes);
  } catch {
    throw new EventVerificationError("The event does not decrypt with this key");
  }
  if (inner.length < FRANKING_KEY_BYTES) throw new EventVerificationError("The event is too short");
  const frankingKey = inner.subarray(0, FRANKING_KEY_BYTES);
  const plaintext = inner.subarray(FRANKING_KEY_BYTES);
  if (!s.crypto_auth_hmacsha256_verify(commitment, plaintext, frankingKey)) {
    throw new EventVerificationError("The franking commitment does not match the message");
  }
  let payload: T;
  try {
    const text = fromUtf8(plaintext);
    // Well-formed UTF-8 only, so the text shown is exactly the bytes a report would reveal.
    if (!s.memcmp(utf8(text), plaintext)) throw new Error("not UTF-8");
    payload = JSON.parse(text) as T;
  } catch {
    throw new EventVerificationError("The event is not UTF-8 JSON");
  }
  return { payload, plaintext: toBase64Url(plaintext), frankingKey: toBase64Url(frankingKey) };
}
