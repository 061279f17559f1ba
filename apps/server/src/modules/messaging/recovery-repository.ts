import type { Selectable } from "kysely";
import type { Db } from "../../db/database.js";
import type { MessagingRecoveryKeysTable } from "../../db/schema.js";

export type RecoveryRow = Selectable<MessagingRecoveryKeysTable>;

export async function findRecoveryKey(db: Db, userId: string): Promise<RecoveryRow | undefined> {
  return db.selectFrom("messaging_recovery_keys").selectAll().where("user_id", "=", userId).executeTakeFirst();
}

/** Sets (or replaces) the member's recovery public key, the device's signature over it and the optional passphrase wrap. */
export async function upsertRecoveryKey(
  db: Db,
  input: {
    userId: string;
    recoveryPublicKey: string;
    passphraseWrap: Record<string, unknown> | null;
    signedByDeviceId: string;
    signature: string;
    now: Date;
  },
): Promise<RecoveryRow> {
  const wrap = input.passphraseWrap ? JSON.stringify(input.passphraseWrap) : null;
  return db
    .insertInto("messaging_recovery_keys")
    .values({
      user_id: input.userId,
      recovery_public_key: input.recoveryPublicKey,
      passphrase_wrap: wrap,
      signed_by_device_id: input.signedByDeviceId,
      signature: input.signature,
      updated_at: input.now,
    })
    .onConflict((oc) =>
      oc.column("user_id").doUpdateSet({
        recovery_public_key: input.recoveryPublicKey,
        passphrase_wrap: wrap,
        signed_by_device_id: input.signedByDeviceId,
        signature: input.signature,
        updated_at: input.now,
      }),
    )
    .returningAll()
    .executeTakeFirstOrThrow();
}
