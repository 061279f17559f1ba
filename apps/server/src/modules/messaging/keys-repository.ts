import type { Db } from "../../db/database.js";

/** Active devices of the conversation's current members: who must hold the current key. */
export async function listActiveMemberDevices(
  db: Db,
  conversationId: string,
): Promise<{ id: string; user_id: string }[]> {
  return db
    .selectFrom("messaging_devices as d")
    .innerJoin("conversation_members as m", "m.user_id", "d.user_id")
    .select(["d.id", "d.user_id"])
    .where("m.conversation_id", "=", conversationId)
    .where("m.left_at", "is", null)
    .where("d.revoked_at", "is", null)
    .orderBy("d.id")
    .execute();
}

/** Recovery public keys of the conversation's current members (those who set one), with the device that signed each. */
export async function listMemberRecoveryKeys(
  db: Db,
  conversationId: string,
): Promise<{ user_id: string; recovery_public_key: string; signed_by_device_id: string | null; signature: string }[]> {
  return db
    .selectFrom("messaging_recovery_keys as k")
    .innerJoin("conversation_members as m", "m.user_id", "k.user_id")
    .select(["k.user_id", "k.recovery_public_key", "k.signed_by_device_id", "k.signature"])
    .where("m.conversation_id", "=", conversationId)
    .where("m.left_at", "is", null)
    .orderBy("k.user_id")
    .execute();
}

/** Every device (any member, ever; revoked ones too) whose keys members' clients may need. */
export async function listDevicesOfMembers(db: Db, conversationId: string) {
  return db
    .selectFrom("messaging_devices as d")
    .innerJoin("conversation_members as m", "m.user_id", "d.user_id")
    .select(["d.id", "d.user_id", "d.box_public_key", "d.sign_public_key", "d.device_signature", "d.revoked_at"])
    .where("m.conversation_id", "=", conversationId)
    .orderBy("d.created_at")
    .orderBy("d.id")
    .execute();
}

export async function listEnvelopeDeviceIds(db: Db, conversationId: string, epoch: number): Promise<Set<string>> {
  const rows = await db
    .selectFrom("conversation_key_envelopes")
    .select("device_id")
    .where("conversation_id", "=", conversationId)
    .where("epoch", "=", epoch)
    .execute();
  return new Set(rows.map((r) => r.device_id));
}

/** user id -> the recovery public key that epoch's envelope was sealed to. */
export async function listRecoveryEnvelopeKeys(
  db: Db,
  conversationId: string,
  epoch: number,
): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom("conversation_recovery_envelopes")
    .select(["user_id", "recovery_public_key"])
    .where("conversation_id", "=", conversationId)
    .where("epoch", "=", epoch)
    .execute();
  return new Map(rows.map((r) => [r.user_id, r.recovery_public_key]));
}

export async function insertEpoch(
  db: Db,
  epoch: {
    conversationId: string;
    epoch: number;
    createdByDeviceId: string;
    keyCommitment: string;
    signature: string;
    now: Date;
  },
): Promise<void> {
  await db
    .insertInto("conversation_key_epochs")
    .values({
      conversation_id: epoch.conversationId,
      epoch: epoch.epoch,
      created_by_device_id: epoch.createdByDeviceId,
      key_commitment: epoch.keyCommitment,
      signature: epoch.signature,
      created_at: epoch.now,
    })
    .execute();
}

export async function insertEnvelopes(
  db: Db,
  conversationId: string,
  epoch: number,
  envelopes: readonly { deviceId: string; sealedKey: string }[],
): Promise<void> {
  if (envelopes.length === 0) return;
  await db
    .insertInto("conversation_key_envelopes")
    .values(
      envelopes.map((e) => ({
        conversation_id: conversationId,
        epoch,
        device_id: e.deviceId,
        sealed_key: e.sealedKey,
      })),
    )
    .execute();
}

/** Recovery envelopes, each with the key it was sealed to; one sealed to a member's earlier recovery key is replaced. */
export async function upsertRecoveryEnvelopes(
  db: Db,
  conversationId: string,
  epoch: number,
  envelopes: readonly { userId: string; recoveryPublicKey: string; sealedKey: string }[],
): Promise<void> {
  if (envelopes.length === 0) return;
  await db
    .insertInto("conversation_recovery_envelopes")
    .values(
      envelopes.map((e) => ({
        conversation_id: conversationId,
        epoch,
        user_id: e.userId,
        recovery_public_key: e.recoveryPublicKey,
        sealed_key: e.sealedKey,
      })),
    )
    .onConflict((oc) =>
      oc.columns(["conversation_id", "epoch", "user_id"]).doUpdateSet((eb) => ({
        recovery_public_key: eb.ref("excluded.recovery_public_key"),
        sealed_key: eb.ref("excluded.sealed_key"),
      })),
    )
    .execute();
}

/** Epochs from..to (inclusive; to null = up to the latest) with this device's and this member's envelopes. */
export async function listEpochsWithEnvelopes(
  db: Db,
  input: { conversationId: string; userId: string; deviceId: string; fromEpoch: number; toEpoch: number | null },
) {
  let query = db
    .selectFrom("conversation_key_epochs as k")
    .leftJoin("conversation_key_envelopes as d", (join) =>
      join
        .onRef("d.conversation_id", "=", "k.conversation_id")
        .onRef("d.epoch", "=", "k.epoch")
        .on("d.device_id", "=", input.deviceId),
    )
    .leftJoin("conversation_recovery_envelopes as r", (join) =>
      join
        .onRef("r.conversation_id", "=", "k.conversation_id")
        .onRef("r.epoch", "=", "k.epoch")
        .on("r.user_id", "=", input.userId),
    )
    .select([
      "k.epoch",
      "k.created_at",
      "k.created_by_device_id",
      "k.key_commitment",
      "k.signature",
      "d.sealed_key",
      "r.sealed_key as recovery_sealed_key",
    ])
    .where("k.conversation_id", "=", input.conversationId)
    .where("k.epoch", ">=", input.fromEpoch);
  if (input.toEpoch !== null) query = query.where("k.epoch", "<=", input.toEpoch);
  return query.orderBy("k.epoch").execute();
}
