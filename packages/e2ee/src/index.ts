/**
 * @mentalverse/e2ee: the end-to-end encryption of messaging, the same code in the browser and in
 * Node. Protocol and threat model: docs/security/messaging.md. Await ready() once first.
 */
export {
  ATTACHMENT_OVERHEAD_BYTES,
  DEFAULT_ATTACHMENT_MAX_BYTES,
  decryptAttachment,
  encryptAttachment,
} from "./attachments";
export {
  type CallDescription,
  type CallDescriptionType,
  callDescriptionStatement,
  callSdpHash,
  signCallDescription,
  verifyCallDescription,
} from "./call-signatures";
export { CONVERSATION_KEY_BYTES, generateConversationKey, openSealedKey, sealKey } from "./conversation-keys";
export { type DeviceKeyPair, generateDeviceKeys } from "./device-keys";
export { fromBase64Url, toBase64Url } from "./encoding";
export {
  AttachmentError,
  E2eeError,
  EventVerificationError,
  RecoveryKeyError,
  SealedKeyError,
  WrongPassphraseError,
} from "./errors";
export { decryptEvent, encryptEvent, type OpenedEvent, type SealedEvent } from "./event-crypto";
export {
  associatedData,
  ENCRYPTED_EVENT_KINDS,
  type EncryptedEventKind,
  type EventHeader,
} from "./event-header";
export { COMMITMENT_BYTES, FRANKING_KEY_BYTES, verifyFranking } from "./franking";
export {
  deviceStatement,
  isUsableBoxPublicKey,
  isUsableSignPublicKey,
  keyCommitment,
  keyEpochStatement,
  recoveryStatement,
  signDevice,
  signKeyEpoch,
  signRecoveryKey,
  verifyDevice,
  verifyKeyEpoch,
  verifyRecoveryKey,
} from "./key-signatures";
export {
  PASSPHRASE_MAX_MEM_LIMIT,
  PASSPHRASE_MAX_OPS_LIMIT,
  PASSPHRASE_MEM_LIMIT,
  PASSPHRASE_OPS_LIMIT,
  type PassphraseWrapOptions,
  unwrapRecoveryWithPassphrase,
  wrapRecoveryWithPassphrase,
} from "./passphrase-wrap";
export type { AttachmentRef, EditPayload, MessagePayload, ReactionPayload } from "./payloads";
export { generateRecoveryKey, type RecoveryKey, recoveryFromDisplay } from "./recovery-key";
export { type SafetyNumberKeys, safetyNumber } from "./safety-number";
export { ready } from "./sodium";
