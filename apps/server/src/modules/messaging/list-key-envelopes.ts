import type { KeyEnvelopesResponse } from "@mentalverse/shared";
import type { Db } from "../../db/database.js";
import { AppError, notFound } from "../../lib/errors.js";
import { findOwnDevice } from "./devices-repository.js";
import { listEpochsWithEnvelopes } from "./keys-repository.js";
import { requireMembership } from "./membership.js";

/**
 * The key epochs the caller may read (from the first made after they joined, up to the last before
 * they left, or the current one), each with the envelope sealed to this device of theirs and the one
 * sealed to their recovery key, where those exist.
 */
export async function listKeyEnvelopes(
  db: Db,
  userId: string,
  conversationId: string,
  deviceId: string,
): Promise<KeyEnvelopesResponse> {
  const membership = await requireMembership(db, conversationId, userId);
  const device = await findOwnDevice(db, userId, deviceId);
  if (!device) throw notFound("Device");
  if (device.revoked_at) {
    throw new AppError(403, "forbidden", "This device was removed", [{ field: "deviceId", reason: "revoked" }]);
  }
  if (membership.from_epoch === null) return { epochs: [] };
  const rows = await listEpochsWithEnvelopes(db, {
    conversationId,
    userId,
    deviceId,
    fromEpoch: membership.from_epoch,
    // A former member whose last epoch was not recorded gets the least: their first one.
    toEpoch: membership.left_at ? (membership.to_epoch ?? membership.from_epoch) : membership.to_epoch,
  });
  return {
    epochs: rows.map((r) => ({
      epoch: r.epoch,
      createdAt: r.created_at.toISOString(),
      createdByDeviceId: r.created_by_device_id,
      keyCommitment: r.key_commitment,
      signature: r.signature,
      sealedKey: r.sealed_key,
      recoverySealedKey: r.recovery_sealed_key,
    })),
  };
}
