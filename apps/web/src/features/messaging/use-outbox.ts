import { useEffect } from "react";
import { useRealtimeSocket } from "../../lib/realtime-context.js";
import { lendSocket, restoreOutbox, sendingEngines } from "./engines.js";
import type { StoredDevice } from "./keystore.js";

/**
 * Keeps the device's outbox going wherever the member is in the app: sends kept from an earlier
 * page are read back and sent, the member's socket is lent to conversations not on screen, and
 * each reconnect makes every conversation with something waiting catch up and send again.
 */
export function useOutbox(device: StoredDevice | null | undefined) {
  const { socket, generation } = useRealtimeSocket();

  useEffect(() => {
    if (device) void restoreOutbox(device);
  }, [device]);

  useEffect(() => (device && socket ? lendSocket(device.userId, socket) : undefined), [device, socket]);

  useEffect(() => {
    if (!device || generation === 0) return;
    for (const engine of sendingEngines(device)) engine.resync();
  }, [device, generation]);
}
