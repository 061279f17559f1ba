import { isUsableBoxPublicKey, isUsableSignPublicKey, verifyDevice, verifyRecoveryKey } from "@mentalverse/e2ee";
import type { ConversationDetail, MemberDevice } from "@mentalverse/shared";

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

export class UntrustedKeyError extends Error {
  override name = "UntrustedKeyError";
}
