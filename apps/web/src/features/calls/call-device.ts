import type { CallIncoming, CallSignal } from "@mentalverse/shared";
import { useQuery } from "@tanstack/react-query";
import { cryptoReady } from "../messaging/crypto-ready.js";
import { hasMessagingDatabase, loadDevice, type StoredDevice } from "../messaging/keystore.js";
import { MESSAGING_KEY, messagingApi } from "../messaging/queries.js";
import { type CallPeer, isFromUnknownDevice, isSignedByPeer, peerOf } from "./call-verification.js";

/**
 * This browser's messaging device, which signs what it sends in a call; null when there is none, or
 * the server no longer lists it as active. Asked without creating a messaging database for a member
 * who never set one up here (the incoming-call dialog asks on any page). Forgetting a revoked
 * device is left to the messaging pages.
 */
export async function loadCallDevice(userId: string): Promise<StoredDevice | null> {
  if (!(await hasMessagingDatabase(userId))) return null;
  await cryptoReady();
  const stored = await loadDevice(userId);
  if (!stored) return null;
  const { devices } = await messagingApi.devices();
  const registered = devices.find((d) => d.id === stored.deviceId);
  return registered && !registered.revokedAt && registered.signPublicKey === stored.keys.signPublicKey ? stored : null;
}

/**
 * Under the messaging key, so setting up a device (which refreshes every messaging query) lets a
 * ringing call be answered at once.
 */
export function useCallDevice(userId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...MESSAGING_KEY, "call-device", userId],
    queryFn: () => loadCallDevice(userId),
    enabled,
    staleTime: 60_000,
  });
}

/** The other member of the pair conversation and their devices, read fresh from the server. */
export async function fetchCallPeer(
  conversationId: string,
  myUserId: string,
  peerUserId?: string,
): Promise<CallPeer | null> {
  await cryptoReady();
  return peerOf(await messagingApi.detail(conversationId), myUserId, peerUserId);
}

/**
 * The caller, when the invite's offer is signed by one of their trusted devices for this pair
 * conversation; null otherwise, and when their devices cannot be read (unverified is refused alike).
 */
export async function verifyInvite(invite: CallIncoming, myUserId: string): Promise<CallPeer | null> {
  try {
    const peer = await fetchCallPeer(invite.conversationId, myUserId, invite.fromUserId);
    const scope = { conversationId: invite.conversationId };
    return peer && isSignedByPeer(peer, scope, "offer", invite.sdp, invite) ? peer : null;
  } catch {
    return null;
  }
}

/**
 * The peer (their device list read again, once, when the signature names a device set up since it
 * was read) when one of their devices signed this description for this call; null otherwise.
 */
export async function verifySignal(
  signal: CallSignal,
  peer: CallPeer,
  conversationId: string,
  myUserId: string,
): Promise<CallPeer | null> {
  const scope = { callId: signal.callId };
  if (isSignedByPeer(peer, scope, signal.type, signal.sdp, signal)) return peer;
  if (!isFromUnknownDevice(peer, signal)) return null;
  const fresh = await fetchCallPeer(conversationId, myUserId, peer.userId).catch(() => null);
  return fresh && isSignedByPeer(fresh, scope, signal.type, signal.sdp, signal) ? fresh : null;
}
