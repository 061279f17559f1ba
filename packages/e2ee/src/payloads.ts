/**
 * Payload shapes inside the ciphertext (protocol version 1). Only members' devices ever see them;
 * the server sees them only when a member reveals one in a report.
 */
export interface AttachmentRef {
  /** The id the server gave the uploaded ciphertext. */
  id: string;
  key: string;
  nonce?: string;
  name: string;
  type: string;
  size: number;
}

export interface MessagePayload {
  v: 1;
  text: string;
  attachments?: AttachmentRef[];
}

export interface EditPayload {
  v: 1;
  text: string;
}

export interface ReactionPayload {
  v: 1;
  emoji: string;
  remove?: boolean;
}
