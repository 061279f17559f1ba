import { fromBase64Url } from "./encoding";
import { sodium } from "./sodium";

/**
 * Message franking: commitment = HMAC-SHA256(key = franking key, msg = plaintext bytes). It travels
 * beside the ciphertext and the server keeps it; revealing the plaintext and franking key later
 * proves to the server what was sent without the server ever reading messages it was not shown.
 * The server recomputes it with node:crypto (createHmac("sha256", fk).update(P)).
 */
export const FRANKING_KEY_BYTES = 32;
export const COMMITMENT_BYTES = 32;

export function frankingCommitment(plaintext: Uint8Array, frankingKey: Uint8Array): Uint8Array {
  return sodium().crypto_auth_hmacsha256(plaintext, frankingKey);
}

/** True when base64url `plaintext` and `frankingKey` give `commitment`; false for anything malformed. */
export function verifyFranking(plaintext: string, frankingKey: string, commitment: string): boolean {
  try {
    return sodium().crypto_auth_hmacsha256_verify(
      fromBase64Url(commitment, COMMITMENT_BYTES),
      fromBase64Url(plaintext),
      fromBase64Url(frankingKey, FRANKING_KEY_BYTES),
    );
  } catch {
    return false;
  }
}
