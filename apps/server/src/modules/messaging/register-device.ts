import type { Device, RegisterDeviceRequest } from "@mentalverse/shared";
import type { AppContext } from "../../context.js";
import { DAY } from "../../lib/clock.js";
import { AppError, conflict } from "../../lib/errors.js";
import {
  countActiveDevices,
  countDevicesRegisteredSince,
  insertDevice,
  lockMemberForDevices,
} from "./devices-repository.js";
import { requireDeviceSignature, requireUsableKeys } from "./key-signatures.js";
import { listCurrentConversationIdsOf } from "./members-repository.js";
import { notifyConversationsChanged } from "./notify-conversation-changed.js";
import { presentDevice } from "./presenter.js";

/** Active devices one member may hold at once; they revoke one to add another. */
export const MAX_ACTIVE_DEVICES = 10;
/**
 * Registrations one member may make in any 24 hours, revoked devices included: every registration
 * makes the other members' clients seal keys to it, so register-revoke loops must not be free.
 */
export const MAX_REGISTRATIONS_PER_DAY = 10;

/**
 * Registers the public keys a device generated for itself, once its signature shows the device holds
 * the sign key and vouches for the box key under this member (422 deviceSignature otherwise), and the
 * keys are not weak points that would make sealed keys readable. No new key epoch is forced: the other
 * members' clients see the device among the conversation's missing envelopes and seal the current
 * key to it (AddEnvelopes), so they are told the conversation changed.
 */
export async function registerDevice(ctx: AppContext, userId: string, input: RegisterDeviceRequest): Promise<Device> {
  await requireUsableKeys({
    boxPublicKey: { field: "boxPublicKey", value: input.boxPublicKey },
    signPublicKey: { field: "signPublicKey", value: input.signPublicKey },
  });
  requireDeviceSignature(userId, input);
  const now = ctx.clock.now();
  const row = await ctx.database.transaction(async (trx) => {
    await lockMemberForDevices(trx, userId);
    if ((await countActiveDevices(trx, userId)) >= MAX_ACTIVE_DEVICES) {
      throw conflict(`You already have ${MAX_ACTIVE_DEVICES} active devices; remove one first`, [
        { field: "device", reason: "too many active devices" },
      ]);
    }
    if ((await countDevicesRegisteredSince(trx, userId, new Date(now.getTime() - DAY))) >= MAX_REGISTRATIONS_PER_DAY) {
      throw new AppError(
        429,
        "rate_limited",
        `At most ${MAX_REGISTRATIONS_PER_DAY} new devices a day; try again later`,
        [{ field: "device", reason: "too many devices registered in the last 24 hours" }],
      );
    }
    return insertDevice(trx, { userId, ...input, now });
  });
  await notifyConversationsChanged(ctx, await listCurrentConversationIdsOf(ctx.db, userId));
  return presentDevice(row);
}
