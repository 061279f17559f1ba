import type { RecoveryState } from "@mentalverse/shared";
import type { Db } from "../../db/database.js";
import { notFound } from "../../lib/errors.js";
import { presentRecovery } from "./presenter.js";
import { findRecoveryKey } from "./recovery-repository.js";

/** The caller's recovery public key and passphrase wrap; 404 until they set one. */
export async function getRecovery(db: Db, userId: string): Promise<RecoveryState> {
  const row = await findRecoveryKey(db, userId);
  if (!row) throw notFound("Recovery key");
  return presentRecovery(row);
}
