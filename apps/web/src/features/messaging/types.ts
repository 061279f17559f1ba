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
  /** False when the signature or franking check failed: the text is then never shown. */
  verified: boolean;
}
