import { utf8 } from "./encoding";
import { EventVerificationError } from "./errors";

/** What the server stores in the clear beside an event; all of it is bound into the AEAD and the signature. */
export interface EventHeader {
  conversationId: string;
  epoch: number;
  kind: EncryptedEventKind;
  targetSeq?: number | null;
  senderDeviceId: string;
}

export const ENCRYPTED_EVENT_KINDS = ["message", "edit", "reaction"] as const;
export type EncryptedEventKind = (typeof ENCRYPTED_EVENT_KINDS)[number];

/**
 * The associated data string: `mv1|${conversationId}|${epoch}|${kind}|${targetSeq ?? ""}|${senderDeviceId}|${commitment}`
 * (its UTF-8 bytes are the AD). `commitment` is base64url. Fields that could contain the separator
 * are refused, so one string never stands for two headers.
 */
export function associatedData(header: EventHeader, commitment: string): string {
  checkHeader(header);
  return `mv1|${header.conversationId}|${header.epoch}|${header.kind}|${header.targetSeq ?? ""}|${header.senderDeviceId}|${commitment}`;
}

export function associatedDataBytes(header: EventHeader, commitment: string): Uint8Array {
  return utf8(associatedData(header, commitment));
}

function checkHeader(header: EventHeader): void {
  const { conversationId, epoch, kind, targetSeq, senderDeviceId } = header;
  const bad = (field: string) => new EventVerificationError(`Invalid event header: ${field}`);
  if (typeof conversationId !== "string" || conversationId === "" || conversationId.includes("|")) {
    throw bad("conversationId");
  }
  if (typeof senderDeviceId !== "string" || senderDeviceId === "" || senderDeviceId.includes("|")) {
    throw bad("senderDeviceId");
  }
  if (!Number.isSafeInteger(epoch) || epoch < 1) throw bad("epoch");
  if (!ENCRYPTED_EVENT_KINDS.includes(kind)) throw bad("kind");
  if (targetSeq !== undefined && targetSeq !== null && (!Number.isSafeInteger(targetSeq) || targetSeq < 1)) {
    throw bad("targetSeq");
  }
}
