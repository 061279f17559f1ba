import type { Selectable } from "kysely";
import type { Db } from "../../db/database.js";
import type { MessagingDevicesTable } from "../../db/schema.js";

export type DeviceRow = Selectable<MessagingDevicesTable>;

/**
 * Locks the member's row so two registrations at once cannot both see room under the device limit.
 * Runs inside the registration's transaction.
 */
export async function lockMemberForDevices(db: Db, userId: string): Promise<void> {
  await db.selectFrom("users").select("id").where("id", "=", userId).forUpdate().executeTakeFirst();
}

export async function countActiveDevices(db: Db, userId: string): Promise<number> {
  const row = await db
    .selectFrom("messaging_devices")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("user_id", "=", userId)
    .where("revoked_at", "is", null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Devices the member registered since `since`, revoked ones included (the daily registration limit). */
export async function countDevicesRegisteredSince(db: Db, userId: string, since: Date): Promise<number> {
  const row = await db
    .selectFrom("messaging_devices")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("user_id", "=", userId)
    .where("created_at", ">", since)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertDevice(
  db: Db,
  device: {
    userId: string;
    name: string;
    boxPublicKey: string;
    signPublicKey: string;
    deviceSignature: string;
    now: Date;
  },
): Promise<DeviceRow> {
  return db
    .insertInto("messaging_devices")
    .values({
      user_id: device.userId,
      name: device.name,
      box_public_key: device.boxPublicKey,
      sign_public_key: device.signPublicKey,
      device_signature: device.deviceSignature,
      created_at: device.now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** The member's devices, revoked ones too, oldest first. */
export async function listDevicesOf(db: Db, userId: string): Promise<DeviceRow[]> {
  return db
    .selectFrom("messaging_devices")
    .selectAll()
    .where("user_id", "=", userId)
    .orderBy("created_at")
    .orderBy("id")
    .execute();
}

/** The device, only when it belongs to this member. */
export async function findOwnDevice(db: Db, userId: string, deviceId: string): Promise<DeviceRow | undefined> {
  return db
    .selectFrom("messaging_devices")
    .selectAll()
    .where("id", "=", deviceId)
    .where("user_id", "=", userId)
    .executeTakeFirst();
}

/** Revokes the device once; returns the row as it is now. */
export async function revokeDevice(db: Db, deviceId: string, now: Date): Promise<DeviceRow | undefined> {
  return db
    .updateTable("messaging_devices")
    .set({ revoked_at: now })
    .where("id", "=", deviceId)
    .where("revoked_at", "is", null)
    .returningAll()
    .executeTakeFirst();
}
