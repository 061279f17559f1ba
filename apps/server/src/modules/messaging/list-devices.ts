import type { Device } from "@mentalverse/shared";
import type { Db } from "../../db/database.js";
import { listDevicesOf } from "./devices-repository.js";
import { presentDevice } from "./presenter.js";

/** The caller's own devices, revoked ones included (they say when each was removed). */
export async function listDevices(db: Db, userId: string): Promise<{ devices: Device[] }> {
  return { devices: (await listDevicesOf(db, userId)).map(presentDevice) };
}
