import { decryptEvent, verifyFranking } from "@mentalverse/e2ee";
import type { ConversationEvent, MemberDevice } from "@mentalverse/shared";
import { isTrustedDevice } from "./trust.js";

/** An event as this device could open it: verified content, a failed check, or a key it does not hold. */
export type Opened =
  | { status: "ok"; payload: unknown; plaintext: string; frankingKey: string }
  | { status: "unverified" }
  | { status: "no-key" };

export interface SignKeySource {
  devices: MemberDevice[];
  /** This device's own key, for its own events before the conversation's device list is refreshed. */
  own: { deviceId: string; userId: string; signPublicKey: string };
}

function signKeyOf(event: ConversationEvent, source: SignKeySource): string | null {
  if (event.senderDeviceId === source.own.deviceId && event.senderId === source.own.userId) {
    return source.own.signPublicKey;
  }
  const device = source.devices.find((d) => d.deviceId === event.senderDeviceId);
  // A device speaks only for its owner, and only once it signed its own keys under that owner.
  return device && device.userId === event.senderId && isTrustedDevice(device) ? device.signPublicKey : null;
}

/**
 * Verifies the sender device's signature, decrypts, and checks the franking commitment. Anything
 * that fails is "unverified": its text is never shown (and never offered for a report).
 */
export function openEvent(event: ConversationEvent, keys: Map<number, string>, source: SignKeySource): Opened {
  const { epoch, nonce, ciphertext, commitment, signature, senderDeviceId } = event;
  if (event.kind !== "message" && event.kind !== "edit" && event.kind !== "reaction") return { status: "unverified" };
  if (epoch === null || !nonce || !ciphertext || !commitment || !signature || !senderDeviceId) {
    return { status: "unverified" };
  }
  const key = keys.get(epoch);
  if (!key) return { status: "no-key" };
  const signKey = signKeyOf(event, source);
  if (!signKey) return { status: "unverified" };
  try {
    const header = {
      conversationId: event.conversationId,
      epoch,
      kind: event.kind,
      targetSeq: event.targetSeq,
      senderDeviceId,
    };
    const opened = decryptEvent(header, { nonce, ciphertext, commitment, signature }, key, signKey);
    if (!verifyFranking(opened.plaintext, opened.frankingKey, commitment)) return { status: "unverified" };
    return { status: "ok", payload: opened.payload, plaintext: opened.plaintext, frankingKey: opened.frankingKey };
  } catch {
    return { status: "unverified" };
  }
}
