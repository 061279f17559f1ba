import type { RevealedMessage } from "@mentalverse/shared";

/** One message as this device decrypted it; the shape other features (reports, alerts) receive. */
export interface DecryptedMessage {
  seq: number;
  senderId: string | null;
  senderName: string;
  createdAt: string;
  text: string;
  edited: boolean;
  deleted: boolean;
  reactions: { emoji: string; userIds: string[] }[];
  attachments: { id: string; key: string; nonce: string; name: string; type: string; size: number }[];
  /** The committed bytes and franking key, so a report can prove what was seen; null when unverifiable or deleted. */
  revealed: RevealedMessage | null;
  /**
   * Versions this device saw and the sender later replaced (by an edit) or deleted: never shown
   * again, only sent with a report, so deleting or editing a message cannot escape one. Kept for
   * as long as this page holds the conversation.
   */
  evidence?: RevealedMessage[];
  /** False when the signature or franking check failed: the text is then never shown. */
  verified: boolean;
}
