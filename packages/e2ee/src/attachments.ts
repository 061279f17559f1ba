import { fromBase64Url, toBase64Url } from "./encoding";
import { AttachmentError } from "./errors";
import { sodium } from "./sodium";

/**
 * Attachments: the file is encrypted on the device with a fresh key and random nonce
 * (XChaCha20-Poly1305-IETF, single shot, no associated data); only the ciphertext is uploaded.
 * The key and nonce travel inside the (encrypted) message payload.
 */
export const ATTACHMENT_OVERHEAD_BYTES = 16;
/** Default upload limit; the server's MESSAGING_ATTACHMENT_MAX_BYTES is what counts. */
export const DEFAULT_ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;

export function encryptAttachment(bytes: Uint8Array): { ciphertext: Uint8Array; key: string; nonce: string } {
  const s = sodium();
  const key = s.crypto_aead_xchacha20poly1305_ietf_keygen();
  const nonce = s.randombytes_buf(s.crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
  const ciphertext = s.crypto_aead_xchacha20poly1305_ietf_encrypt(bytes, null, null, nonce, key);
  return { ciphertext, key: toBase64Url(key), nonce: toBase64Url(nonce) };
}

/** Throws AttachmentError when the bytes were altered or the key or nonce is not theirs. */
export function decryptAttachment(ciphertext: Uint8Array, key: string, nonce: string): Uint8Array {
  const s = sodium();
  try {
    return s.crypto_aead_xchacha20poly1305_ietf_decrypt(
      null,
      ciphertext,
      null,
      fromBase64Url(nonce, s.crypto_aead_xchacha20poly1305_ietf_NPUBBYTES, "nonce"),
      fromBase64Url(key, s.crypto_aead_xchacha20poly1305_ietf_KEYBYTES, "key"),
    );
  } catch {
    throw new AttachmentError("The attachment does not decrypt: it was altered or the key is wrong");
  }
}
