import type { Device } from "@mentalverse/shared";
import type { AppContext } from "../../context.js";
import { notFound } from "../../lib/errors.js";
import { markRekeyNeededForMember } from "./conversations-repository.js";
import { findOwnDevice, revokeDevice as revokeDeviceRow } from "./devices-repository.js";
import { notifyConversationsChanged } from "./notify-conversation-changed.js";
import { presentDevice } from "./presenter.js";

/**
 * Revokes one of the caller's devices (lost, sold, signed out for good). It held the current keys,
 * so every conversation the member is in needs a new key before anyone sends again. Revoking twice
 * changes nothing.
 */
export async function revokeDevice(ctx: AppContext, userId: string, deviceId: string): Promise<Device> {
  const now = ctx.clock.now();
  const result = await ctx.database.transaction(async (trx) => {
    const device = await findOwnDevice(trx, userId, deviceId);
    if (!device) throw notFound("Device");
    if (device.revoked_at) return { row: device, conversations: [] as string[] };
    const row = await revokeDeviceRow(trx, deviceId, now);
    const conversations = await markRekeyNeededForMember(trx, userId);
    return { row: row ?? device, conversations };
  });
  await notifyConversationsChanged(ctx, result.conversations);
  return presentDevice(result.row);
}
