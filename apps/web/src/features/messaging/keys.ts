import {
  generateConversationKey,
  keyCommitment,
  openSealedKey,
  type RecoveryKey,
  sealKey,
  signKeyEpoch,
} from "@mentalverse/e2ee";
import type { ConversationDetail, MemberDevice } from "@mentalverse/shared";
import { ApiError } from "../../lib/api-error.js";
import { loadConversationKeys, type StoredDevice, saveConversationKey } from "./keystore.js";
import { messagingApi } from "./queries.js";
import { isGenuineEpoch, isTrustedDevice, isTrustedRecoveryKey, UntrustedKeyError } from "./trust.js";

function tryOpen(sealed: string | null, publicKey: string, secretKey: string): string | null {
  if (!sealed) return null;
  try {
    return openSealedKey(sealed, publicKey, secretKey);
  } catch {
    return null;
  }
}

/**
 * Opens every conversation key the server holds for this device (and, while restoring, for the
 * member's recovery key) that this browser does not have yet, checks it against its creator's signed
 * commitment (so the server cannot hand out a key of its own) and keeps it in IndexedDB.
 */
export async function syncKeys(
  device: StoredDevice,
  conversationId: string,
  devices: readonly MemberDevice[],
  recovery?: RecoveryKey,
): Promise<Map<number, string>> {
  const keys = await loadConversationKeys(device.userId, conversationId);
  const { epochs } = await messagingApi.keys(conversationId, device.deviceId);
  for (const entry of epochs) {
    if (keys.has(entry.epoch)) continue;
    const key =
      tryOpen(entry.sealedKey, device.keys.boxPublicKey, device.keys.boxSecretKey) ??
      (recovery ? tryOpen(entry.recoverySealedKey, recovery.publicKey, recovery.secretKey) : null);
    if (!key || !isGenuineEpoch(conversationId, entry, key, devices)) continue;
    keys.set(entry.epoch, key);
    await saveConversationKey(device.userId, conversationId, entry.epoch, key);
  }
  return keys;
}

/**
 * Where a conversation key goes: the current members' trusted active devices and vouched-for
 * recovery keys (only those named, when topping up).
 */
function recipients(detail: ConversationDetail, only?: { deviceIds: string[]; recoveryUserIds: string[] }) {
  const members = new Set(detail.members.map((m) => m.userId));
  const devices = detail.devices.filter(
    (d) => !d.revokedAt && members.has(d.userId) && (!only || only.deviceIds.includes(d.deviceId)),
  );
  const recoveryKeys = detail.recoveryKeys.filter(
    (r) => members.has(r.userId) && (!only || only.recoveryUserIds.includes(r.userId)),
  );
  const trustedDevices = devices.filter(isTrustedDevice);
  const trustedRecovery = recoveryKeys.filter((r) => isTrustedRecoveryKey(r, detail.devices));
  const untrusted = devices.length - trustedDevices.length + recoveryKeys.length - trustedRecovery.length;
  return { devices: trustedDevices, recoveryKeys: trustedRecovery, untrusted };
}

const seal = (key: string, list: ReturnType<typeof recipients>) => ({
  envelopes: list.devices.map((d) => ({ deviceId: d.deviceId, sealedKey: sealKey(key, d.boxPublicKey) })),
  recoveryEnvelopes: list.recoveryKeys.map((r) => ({
    userId: r.userId,
    recoveryPublicKey: r.recoveryPublicKey,
    sealedKey: sealKey(key, r.recoveryPublicKey),
  })),
});

/**
 * A new key, signed by this device, sealed to every member's trusted devices and recovery keys.
 * Keys that do not verify are skipped, never sealed to (the conversation shows a warning naming
 * whose); the server then refuses the epoch as incomplete, and that refusal is reported as such.
 */
async function createEpoch(detail: ConversationDetail, device: StoredDevice, epoch: number) {
  const list = recipients(detail);
  const key = generateConversationKey();
  const commitment = keyCommitment(key);
  const sealed = seal(key, list);
  if (!sealed.envelopes.some((e) => e.deviceId === device.deviceId)) {
    sealed.envelopes.push({ deviceId: device.deviceId, sealedKey: sealKey(key, device.keys.boxPublicKey) });
  }
  let next: ConversationDetail;
  try {
    next = await messagingApi.newEpoch(detail.id, {
      epoch,
      createdByDeviceId: device.deviceId,
      keyCommitment: commitment,
      signature: signKeyEpoch(detail.id, epoch, commitment, device.keys.signSecretKey),
      ...sealed,
    });
  } catch (error) {
    if (list.untrusted > 0 && error instanceof ApiError && error.status === 422) {
      throw new UntrustedKeyError(
        "Not sent: a device or recovery key in this conversation could not be verified, and no key is shared with it. Compare safety numbers with the others and tell the safety team.",
      );
    }
    throw error;
  }
  // Kept only once the server took it: a refused epoch's key must not shadow the real one.
  await saveConversationKey(device.userId, detail.id, epoch, key);
  return next;
}

export class MissingKeyError extends Error {
  override name = "MissingKeyError";
}

export interface SendKey {
  epoch: number;
  key: string;
  detail: ConversationDetail;
}

/**
 * The key to encrypt with now. Makes a new epoch only when there is none or the server asks for one
 * (membership or devices changed): the server refuses any other. When this device was never given
 * the current key (or could not verify it), it waits for another member's device to seal it over.
 * Another device may make the same epoch at the same moment: its 409 means "read it and use that one".
 */
export async function ensureSendKey(
  start: ConversationDetail,
  device: StoredDevice,
  keys: Map<number, string>,
): Promise<SendKey> {
  let detail = start;
  for (let attempt = 0; attempt < 4; attempt += 1) {
    const current = detail.currentEpoch;
    if (current !== null && !detail.rekeyNeeded) {
      if (!keys.has(current)) for (const [e, k] of await syncKeys(device, detail.id, detail.devices)) keys.set(e, k);
      const key = keys.get(current);
      if (key) return { epoch: current, key, detail };
      throw new MissingKeyError(
        "This device has not received the conversation's current key yet (or it could not be verified). It arrives when another member's device is online; try again then.",
      );
    }
    try {
      detail = await createEpoch(detail, device, (current ?? 0) + 1);
    } catch (error) {
      if (error instanceof UntrustedKeyError) throw error;
      if (!(error instanceof ApiError) || (error.status !== 409 && error.status !== 422)) throw error;
      // Someone else made it, or a device appeared meanwhile: start again from the server's view.
      detail = await messagingApi.detail(detail.id);
      for (const [e, k] of await syncKeys(device, detail.id, detail.devices)) keys.set(e, k);
    }
  }
  throw new Error("Could not agree on a conversation key. Try again in a moment.");
}

/**
 * Seals the current key to devices and recovery keys that joined since it was made (a member's new
 * phone, a recovery key set later), when this device holds it; untrusted ones are left out.
 * Returns the new detail, or null when there was nothing to do.
 */
export async function topUpEnvelopes(
  detail: ConversationDetail,
  keys: Map<number, string>,
): Promise<ConversationDetail | null> {
  const epoch = detail.currentEpoch;
  const key = epoch === null ? undefined : keys.get(epoch);
  if (epoch === null || !key || detail.rekeyNeeded) return null;
  const sealed = seal(key, recipients(detail, detail.missingEnvelopes));
  if (sealed.envelopes.length === 0 && sealed.recoveryEnvelopes.length === 0) return null;
  return messagingApi.addEnvelopes(detail.id, epoch, sealed);
}
