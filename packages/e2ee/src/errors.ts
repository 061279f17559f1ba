/** Base class, so callers can tell a cryptographic refusal from a programming error. */
export class E2eeError extends Error {
  override name = "E2eeError";
}

/** The recovery key as typed does not parse or its checksum does not match (a typo). */
export class RecoveryKeyError extends E2eeError {
  override name = "RecoveryKeyError";
}

/** The passphrase does not open the wrap (or the wrap was altered). */
export class WrongPassphraseError extends E2eeError {
  override name = "WrongPassphraseError";
}

/** A sealed conversation key that does not open with these device keys. */
export class SealedKeyError extends E2eeError {
  override name = "SealedKeyError";
}

/**
 * An event whose signature, ciphertext, header or franking commitment does not check out. Such an
 * event is never shown: what is shown must be what a report can later prove.
 */
export class EventVerificationError extends E2eeError {
  override name = "EventVerificationError";
}

/** Attachment ciphertext that does not decrypt with the key and nonce from the message. */
export class AttachmentError extends E2eeError {
  override name = "AttachmentError";
}
