import { type CallDescriptionType, signCallDescription, verifyCallDescription } from "@mentalverse/e2ee";
import type {
  CallInvite,
  CallMedia,
  CallSdpSignature,
  CallSignal,
  ConversationDetail,
  MemberDevice,
} from "@mentalverse/shared";
import type { StoredDevice } from "../messaging/keystore.js";
import { isTrustedDevice } from "../messaging/trust.js";

/**
 * Binding calls to device keys (docs/security/messaging.md). Every SDP description is signed by the
 * sending device and checked against the other member's devices as messaging knows them, so a
 * server that relays signalling cannot swap in its own DTLS fingerprints. There is no unsigned
 * fallback: it would be the path an attacker forces. ICE candidates stay unsigned (see
 * @mentalverse/e2ee call-signatures.ts for why that is safe).
 */

/** The call a description belongs to; the invite's offer, sent before there is a call id, names the conversation. */
export type CallScope = { callId: string } | { conversationId: string };

/** The other member of a pair conversation as this browser will believe them: who, and which devices. */
export interface CallPeer {
  userId: string;
  name: string;
  devices: MemberDevice[];
}

export const unverifiedCallProblem = (name: string) =>
  `This call could not be verified as coming from ${name}'s device; it was ended for your safety.`;

export const noPeerDeviceProblem = (name: string) =>
  `${name} has no verified secure messaging device yet, so a call with them could not be verified.`;

export const NO_DEVICE_PROBLEM =
  "Calls are end-to-end verified with your secure messaging keys: set up secure messaging in this browser first.";

/** The signature this device sends with a description. */
function signDescription(device: StoredDevice, scope: CallScope, type: CallDescriptionType, sdp: string) {
  const description = { scope, userId: device.userId, deviceId: device.deviceId, type, sdp };
  return { deviceId: device.deviceId, signature: signCallDescription(description, device.keys.signSecretKey) };
}

/** The invite with its offer signed; there is no call id yet, so the offer is signed for the conversation. */
export function signedInvite(device: StoredDevice, conversationId: string, media: CallMedia, sdp: string): CallInvite {
  return { conversationId, media, sdp, ...signDescription(device, { conversationId }, "offer", sdp) };
}

/** An answer or renegotiation offer in a call, signed. */
export function signedSignal(device: StoredDevice, callId: string, type: CallDescriptionType, sdp: string): CallSignal {
  return { callId, type, sdp, ...signDescription(device, { callId }, type, sdp) };
}

/**
 * The other member of a pair conversation (`peerUserId` when the server named them, as in an
 * incoming call) with their active devices that signed their own keys; null when the conversation
 * is no pair, or the named member is not the other one in it.
 */
export function peerOf(
  conversation: Pick<ConversationDetail, "kind" | "members" | "devices">,
  myUserId: string,
  peerUserId?: string,
): CallPeer | null {
  if (conversation.kind !== "pair") return null;
  const member = conversation.members.find(
    (m) => m.userId !== myUserId && (peerUserId === undefined || m.userId === peerUserId),
  );
  if (!member) return null;
  const devices = conversation.devices.filter(
    (d) => d.userId === member.userId && d.revokedAt === null && isTrustedDevice(d),
  );
  return { userId: member.userId, name: member.displayName, devices };
}

/** Whether one of the peer's trusted devices signed exactly this description for this call. */
export function isSignedByPeer(
  peer: CallPeer,
  scope: CallScope,
  type: CallDescriptionType,
  sdp: string,
  signed: CallSdpSignature,
): boolean {
  const { deviceId, signature } = signed;
  if (!deviceId || !signature) return false;
  const device = peer.devices.find((d) => d.deviceId === deviceId);
  if (!device) return false;
  return verifyCallDescription({ scope, userId: peer.userId, deviceId, type, sdp }, signature, device.signPublicKey);
}

/** A signature by a device this browser does not know yet (set up since the list was read): worth one refetch. */
export function isFromUnknownDevice(peer: CallPeer, signed: CallSdpSignature): boolean {
  return Boolean(signed.deviceId && signed.signature) && !peer.devices.some((d) => d.deviceId === signed.deviceId);
}
