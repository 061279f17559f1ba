import {
  isUsableBoxPublicKey,
  isUsableSignPublicKey,
  keyCommitment,
  verifyDevice,
  verifyKeyEpoch,
  verifyRecoveryKey,
} from "@mentalverse/e2ee";
import type { ConversationDetail, KeyEnvelopesResponse, MemberDevice } from "@mentalverse/shared";

/**
 * Which keys this device will seal a conversation key to or believe a signature from. The server
 * lists them; only a device that signed its own box key under its member, and a recovery key one of
 * the member's devices vouched for, are trusted (docs/security/messaging.md). Checks are memoised:
 * the same device is checked once per page.
 */
const checked = new Map<string, boolean>();

export function isTrustedDevice(device: MemberDevice): boolean {
  const id = `${device.deviceId}|${device.userId}|${device.boxPublicKey}|${device.signPublicKey}|${device.deviceSignature}`;
  let ok = checked.get(id);
  if (ok === undefined) {
    ok =
      isUsableSignPublicKey(device.signPublicKey) &&
      isUsableBoxPublicKey(device.boxPublicKey) &&
      verifyDevice(device.userId, device);
    checked.set(id, ok);
  }
  return ok;
}

type RecoveryEntry = ConversationDetail["recoveryKeys"][number];

export function isTrustedRecoveryKey(entry: RecoveryEntry, devices: readonly MemberDevice[]): boolean {
  const signer = devices.find((d) => d.deviceId === entry.signedByDeviceId && d.userId === entry.userId);
  return (
    signer !== undefined &&
    isTrustedDevice(signer) &&
    isUsableBoxPublicKey(entry.recoveryPublicKey) &&
    verifyRecoveryKey(entry.userId, entry.recoveryPublicKey, entry.signature, signer.signPublicKey)
  );
}

/**
 * The key is the one its creator committed to, and the epoch is signed by a trusted device of a
 * member that was active when the epoch was made (a device revoked since still vouches for the keys it
 * made before). Anything else is treated as if no envelope had come: never shown, never sent under.
 * An epoch whose creator's account was deleted (createdByDeviceId null) cannot be checked, so it counts
 * as missing too.
 */
export function isGenuineEpoch(
  conversationId: string,
  entry: Pick<
    KeyEnvelopesResponse["epochs"][number],
    "epoch" | "createdAt" | "createdByDeviceId" | "keyCommitment" | "signature"
  >,
  key: string,
  devices: readonly MemberDevice[],
): boolean {
  const creator = devices.find((d) => d.deviceId === entry.createdByDeviceId);
  if (!creator || !isTrustedDevice(creator) || keyCommitment(key) !== entry.keyCommitment) return false;
  if (creator.revokedAt !== null && Date.parse(creator.revokedAt) < Date.parse(entry.createdAt)) return false;
  return verifyKeyEpoch(conversationId, entry.epoch, entry.keyCommitment, entry.signature, creator.signPublicKey);
}

export class UntrustedKeyError extends Error {
  override name = "UntrustedKeyError";
}
