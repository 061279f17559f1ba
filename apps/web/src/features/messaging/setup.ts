import {
  type DeviceKeyPair,
  generateDeviceKeys,
  generateRecoveryKey,
  type RecoveryKey,
  recoveryFromDisplay,
  signDevice,
  signRecoveryKey,
  unwrapRecoveryWithPassphrase,
  wrapRecoveryWithPassphrase,
} from "@mentalverse/e2ee";
import type { PassphraseWrap } from "@mentalverse/shared";
import { cryptoReady } from "./crypto-ready.js";
import { syncKeys, topUpEnvelopes } from "./keys.js";
import { loadDevice, type StoredDevice, saveDevice } from "./keystore.js";
import { messagingApi } from "./queries.js";

/** Keys made on this device before anything is sent: the server learns only the public halves. */
export interface FreshKeys {
  device: DeviceKeyPair;
  recovery: RecoveryKey;
}

export async function makeFreshKeys(): Promise<FreshKeys> {
  await cryptoReady();
  return { device: generateDeviceKeys(), recovery: generateRecoveryKey() };
}

async function registerThisDevice(userId: string, name: string, keys: DeviceKeyPair): Promise<StoredDevice> {
  // A second try after a failure part-way (the network dropped) reuses the device already registered.
  const stored = await loadDevice(userId);
  if (stored && stored.keys.signPublicKey === keys.signPublicKey) return stored;
  const registered = await messagingApi.registerDevice({
    name,
    boxPublicKey: keys.boxPublicKey,
    signPublicKey: keys.signPublicKey,
    deviceSignature: signDevice(userId, keys.boxPublicKey, keys.signPublicKey, keys.signSecretKey),
  });
  const device: StoredDevice = { deviceId: registered.id, userId, name: registered.name, keys };
  await saveDevice(device);
  return device;
}

/**
 * The member's first device (or a fresh start): registers it and sets the recovery key, wrapped
 * with the passphrase too when one was chosen (Argon2id runs here, in the browser).
 */
export async function finishFirstDevice(userId: string, name: string, fresh: FreshKeys, passphrase: string) {
  const passphraseWrap = passphrase ? wrapRecoveryWithPassphrase(fresh.recovery.display, passphrase) : null;
  const device = await registerThisDevice(userId, name, fresh.device);
  // This device vouches for the recovery key, so others' devices will seal keys to it.
  await messagingApi.setRecovery({
    recoveryPublicKey: fresh.recovery.publicKey,
    passphraseWrap,
    signedByDeviceId: device.deviceId,
    signature: signRecoveryKey(userId, fresh.recovery.publicKey, device.keys.signSecretKey),
  });
  return device;
}

export class RecoveryMismatchError extends Error {
  override name = "RecoveryMismatchError";
}

/** The recovery key from what the member typed: the key itself, or the passphrase that opens its wrap. */
export async function recoveryFromInput(
  input: { display: string } | { passphrase: string; wrap: PassphraseWrap },
  expectedPublicKey: string,
): Promise<RecoveryKey> {
  await cryptoReady();
  const display = "display" in input ? input.display : unwrapRecoveryWithPassphrase(input.wrap, input.passphrase);
  const recovery = recoveryFromDisplay(display);
  if (recovery.publicKey !== expectedPublicKey) {
    throw new RecoveryMismatchError("That recovery key is valid but not the one on your account.");
  }
  return recovery;
}

export interface RestoreProgress {
  done: number;
  total: number;
  failed: number;
}

/**
 * A new device from the recovery key: registers it, then for every conversation opens the keys
 * sealed to the recovery key (history) and seals the current one to this device.
 */
export async function restoreDevice(
  userId: string,
  name: string,
  recovery: RecoveryKey,
  onProgress: (progress: RestoreProgress) => void,
): Promise<StoredDevice> {
  const stored = await loadDevice(userId);
  const device = await registerThisDevice(userId, name, stored?.keys ?? generateDeviceKeys());
  const { conversations } = await messagingApi.conversations();
  const progress: RestoreProgress = { done: 0, total: conversations.length, failed: 0 };
  onProgress({ ...progress });
  for (const conversation of conversations) {
    try {
      const detail = await messagingApi.detail(conversation.id);
      const keys = await syncKeys(device, conversation.id, detail.devices, recovery);
      await topUpEnvelopes(detail, keys);
    } catch {
      progress.failed += 1;
    }
    progress.done += 1;
    onProgress({ ...progress });
  }
  return device;
}
