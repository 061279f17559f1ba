import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useMe } from "../auth/session.js";
import { cryptoReady } from "./crypto-ready.js";
import { forgetMessaging, loadDevice, type StoredDevice } from "./keystore.js";
import { MESSAGING_KEY, messagingApi } from "./queries.js";

export const thisDeviceKey = (userId: string) => [...MESSAGING_KEY, "this-device", userId] as const;

/**
 * This browser's messaging device for the signed-in member, or null when it has none (never set
 * up here, or revoked from another device, in which case the stale keys are forgotten).
 */
async function findThisDevice(userId: string): Promise<StoredDevice | null> {
  await cryptoReady();
  const stored = await loadDevice(userId);
  if (!stored) return null;
  const { devices } = await messagingApi.devices();
  const registered = devices.find((d) => d.id === stored.deviceId);
  if (!registered || registered.revokedAt || registered.signPublicKey !== stored.keys.signPublicKey) {
    await forgetMessaging(userId);
    return null;
  }
  return stored;
}

export function useThisDevice() {
  const me = useMe();
  return useQuery({
    queryKey: thisDeviceKey(me.id),
    queryFn: () => findThisDevice(me.id),
    staleTime: 5 * 60_000,
  });
}

/**
 * After setting up, restoring or removing this device: the device is known at once (so no page
 * sends the member back to set up again), and every messaging view reads its state again.
 */
export function useRefreshMessaging() {
  const client = useQueryClient();
  const me = useMe();
  return (device: StoredDevice | null) => {
    client.setQueryData(thisDeviceKey(me.id), device);
    void client.invalidateQueries({
      queryKey: MESSAGING_KEY,
      predicate: (query) => query.queryKey[1] !== "this-device",
    });
  };
}

/** "Chrome on Linux": a default name the member can change, so they recognise the device in the list. */
export function guessDeviceName(): string {
  const agent = navigator.userAgent;
  const browser = /Edg\//.test(agent)
    ? "Edge"
    : /Firefox\//.test(agent)
      ? "Firefox"
      : /Chrom(e|ium)\//.test(agent)
        ? "Chrome"
        : /Safari\//.test(agent)
          ? "Safari"
          : "Browser";
  const system = /Android/.test(agent)
    ? "Android"
    : /iPhone|iPad/.test(agent)
      ? "iOS"
      : /Mac OS/.test(agent)
        ? "macOS"
        : /Windows/.test(agent)
          ? "Windows"
          : /Linux/.test(agent)
            ? "Linux"
            : "this computer";
  return `${browser} on ${system}`;
}

/**
 * Removes secure messaging from this browser: the device is revoked on the server (so nobody seals
 * keys to it any more) and its keys are deleted here. Exported for a sign-out that should forget it.
 */
export async function forgetThisDevice(userId: string, deviceId: string): Promise<void> {
  await messagingApi.revokeDevice(deviceId);
  await forgetMessaging(userId);
}
