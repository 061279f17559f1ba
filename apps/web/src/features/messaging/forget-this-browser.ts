import { forgetMessaging, loadDevice } from "./keystore.js";
import { messagingApi } from "./queries.js";

/**
 * For signing out of a shared computer: revokes this browser's messaging device (so no key is
 * sealed to it again) and deletes the member's whole messaging database here: keys, outbox, devices
 * last seen and kept encrypted events. The database goes even when the server cannot be told (offline,
 * an error): nothing may stay behind on a shared computer, and the device can be removed from the
 * devices list later. The revocation's error is passed on after that.
 */
export async function forgetThisBrowser(userId: string): Promise<void> {
  try {
    const stored = await loadDevice(userId);
    if (stored) await messagingApi.revokeDevice(stored.deviceId);
  } finally {
    await forgetMessaging(userId);
  }
}
