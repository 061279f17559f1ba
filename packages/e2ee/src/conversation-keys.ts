import { fromBase64Url, toBase64Url } from "./encoding";
import { SealedKeyError } from "./errors";
import { sodium } from "./sodium";

/**
 * Conversation keys: 32 random bytes per epoch, sealed (crypto_box_seal: an ephemeral X25519 key
 * and XSalsa20-Poly1305) to each member device and each member's recovery public key.
 */
export const CONVERSATION_KEY_BYTES = 32;

export function generateConversationKey(): string {
  return toBase64Url(sodium().crypto_aead_xchacha20poly1305_ietf_keygen());
}

export function sealKey(conversationKey: string, recipientBoxPublicKey: string): string {
  const key = fromBase64Url(conversationKey, CONVERSATION_KEY_BYTES, "conversation key");
  const recipient = fromBase64Url(recipientBoxPublicKey, sodium().crypto_box_PUBLICKEYBYTES, "recipient public key");
  return toBase64Url(sodium().crypto_box_seal(key, recipient));
}

/** Opens with a device's (or the recovery key's) box pair; anything else throws SealedKeyError. */
export function openSealedKey(sealed: string, boxPublicKey: string, boxSecretKey: string): string {
  let opened: Uint8Array;
  try {
    opened = sodium().crypto_box_seal_open(
      fromBase64Url(sealed, CONVERSATION_KEY_BYTES + sodium().crypto_box_SEALBYTES, "sealed key"),
      fromBase64Url(boxPublicKey, sodium().crypto_box_PUBLICKEYBYTES, "public key"),
      fromBase64Url(boxSecretKey, sodium().crypto_box_SECRETKEYBYTES, "secret key"),
    );
  } catch {
    throw new SealedKeyError("This sealed key does not open with these keys");
  }
  if (opened.length !== CONVERSATION_KEY_BYTES) throw new SealedKeyError("The sealed key has the wrong length");
  return toBase64Url(opened);
}
