import { forgetThisDevice } from "./device.js";
import { forgetMessaging, loadDevice } from "./keystore.js";

/**
 * For signing out of a shared computer: revokes this browser's messaging device (so no key is
 * sealed to it again) and deletes its keys here. Without a device, only local leftovers are cleared.
 */
export async function forgetThisBrowser(userId: string): Promise<void> {
  const stored = await loadDevice(userId);
  if (stored) await forgetThisDevice(userId, stored.deviceId);
  else await forgetMessaging(userId);
}
