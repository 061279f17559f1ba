import { type ColumnDefinitionBuilder, type Kysely, sql } from "kysely";

/**
 * End-to-end encrypted messaging: devices, recovery keys, conversations (pairs and groups) with
 * members, key epochs and sealed envelopes, the per-conversation event log (ciphertext only),
 * encrypted attachments on disk, safety reports (franked message reports and alerts) and calls.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not depend on today's types
export async function up(db: Kysely<any>): Promise<void> {
  const user = (c: ColumnDefinitionBuilder) => c.notNull().references("users.id").onDelete("cascade");

  await db.schema
    .createTable("messaging_devices")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("user_id", "uuid", user)
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("box_public_key", "text", (c) => c.notNull())
    .addColumn("sign_public_key", "text", (c) => c.notNull())
    // The device's Ed25519 signature binding its box key to its member (docs/security/messaging.md).
    .addColumn("device_signature", "text", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull())
    .addColumn("revoked_at", "timestamptz")
    .execute();
  await db.schema.createIndex("messaging_devices_user_idx").on("messaging_devices").column("user_id").execute();

  await db.schema
    .createTable("messaging_recovery_keys")
    .addColumn("user_id", "uuid", (c) => c.primaryKey().references("users.id").onDelete("cascade"))
    .addColumn("recovery_public_key", "text", (c) => c.notNull())
    .addColumn("passphrase_wrap", "jsonb")
    // One of the member's devices vouches for the recovery key, so the server cannot swap it.
    .addColumn("signed_by_device_id", "uuid", (c) => c.references("messaging_devices.id").onDelete("set null"))
    .addColumn("signature", "text", (c) => c.notNull())
    .addColumn("updated_at", "timestamptz", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("conversations")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("kind", "text", (c) => c.notNull().check(sql`kind in ('pair', 'group')`))
    .addColumn("title", "text")
    .addColumn("relationship_id", "uuid", (c) => c.unique().references("relationships.id").onDelete("cascade"))
    .addColumn("created_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("state", "text", (c) => c.notNull().check(sql`state in ('open', 'read_only')`))
    .addColumn("last_seq", "bigint", (c) => c.notNull().defaultTo(0))
    .addColumn("last_event_at", "timestamptz")
    .addColumn("current_epoch", "integer")
    .addColumn("rekey_needed", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("created_at", "timestamptz", (c) => c.notNull())
    .addCheckConstraint("conversations_pair_has_relationship", sql`kind <> 'pair' or relationship_id is not null`)
    .execute();

  await db.schema
    .createTable("conversation_members")
    .addColumn("conversation_id", "uuid", (c) => c.notNull().references("conversations.id").onDelete("cascade"))
    .addColumn("user_id", "uuid", user)
    .addColumn("role", "text", (c) => c.notNull().check(sql`role in ('owner', 'moderator', 'member')`))
    .addColumn("joined_at", "timestamptz", (c) => c.notNull())
    .addColumn("left_at", "timestamptz")
    // The conversation's last_seq when they joined and when they left, taken under the conversation's
    // lock: a member sees events with joined_seq < seq <= left_seq (clocks may differ between processes).
    .addColumn("joined_seq", "bigint", (c) => c.notNull().defaultTo(0))
    .addColumn("left_seq", "bigint")
    .addColumn("from_epoch", "integer")
    .addColumn("to_epoch", "integer")
    .addColumn("muted_until", "timestamptz")
    .addColumn("last_read_seq", "bigint", (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint("conversation_members_pk", ["conversation_id", "user_id"])
    .execute();
  await db.schema.createIndex("conversation_members_user_idx").on("conversation_members").column("user_id").execute();

  await db.schema
    .createTable("conversation_key_epochs")
    .addColumn("conversation_id", "uuid", (c) => c.notNull().references("conversations.id").onDelete("cascade"))
    .addColumn("epoch", "integer", (c) => c.notNull())
    // Null once that device's member deleted their account; the signature below still verifies in clients that saw it.
    .addColumn("created_by_device_id", "uuid", (c) => c.references("messaging_devices.id").onDelete("set null"))
    // BLAKE2b commitment to the epoch's key and the creating device's signature over it, so a member
    // can tell a genuine key from one the server (or another member) substituted.
    .addColumn("key_commitment", "text", (c) => c.notNull())
    .addColumn("signature", "text", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull())
    .addPrimaryKeyConstraint("conversation_key_epochs_pk", ["conversation_id", "epoch"])
    .execute();

  await db.schema
    .createTable("conversation_key_envelopes")
    .addColumn("conversation_id", "uuid", (c) => c.notNull())
    .addColumn("epoch", "integer", (c) => c.notNull())
    .addColumn("device_id", "uuid", (c) => c.notNull().references("messaging_devices.id").onDelete("cascade"))
    .addColumn("sealed_key", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("conversation_key_envelopes_pk", ["conversation_id", "epoch", "device_id"])
    .addForeignKeyConstraint(
      "conversation_key_envelopes_epoch_fk",
      ["conversation_id", "epoch"],
      "conversation_key_epochs",
      ["conversation_id", "epoch"],
      (c) => c.onDelete("cascade"),
    )
    .execute();

  await db.schema
    .createTable("conversation_recovery_envelopes")
    .addColumn("conversation_id", "uuid", (c) => c.notNull())
    .addColumn("epoch", "integer", (c) => c.notNull())
    .addColumn("user_id", "uuid", user)
    .addColumn("recovery_public_key", "text", (c) => c.notNull())
    .addColumn("sealed_key", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("conversation_recovery_envelopes_pk", ["conversation_id", "epoch", "user_id"])
    .addForeignKeyConstraint(
      "conversation_recovery_envelopes_epoch_fk",
      ["conversation_id", "epoch"],
      "conversation_key_epochs",
      ["conversation_id", "epoch"],
      (c) => c.onDelete("cascade"),
    )
    .execute();

  await db.schema
    .createTable("conversation_events")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("conversation_id", "uuid", (c) => c.notNull().references("conversations.id").onDelete("cascade"))
    .addColumn("seq", "bigint", (c) => c.notNull())
    .addColumn("kind", "text", (c) =>
      c.notNull().check(sql`kind in ('message', 'edit', 'reaction', 'delete', 'system')`),
    )
    .addColumn("sender_id", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("sender_device_id", "uuid", (c) => c.references("messaging_devices.id").onDelete("set null"))
    .addColumn("client_id", "uuid")
    .addColumn("epoch", "integer")
    .addColumn("nonce", "text")
    .addColumn("ciphertext", "text")
    .addColumn("commitment", "text")
    .addColumn("signature", "text")
    .addColumn("target_seq", "bigint")
    .addColumn("attachment_ids", "jsonb", (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn("system", "jsonb")
    .addColumn("created_at", "timestamptz", (c) => c.notNull())
    .addColumn("deleted_at", "timestamptz")
    .addUniqueConstraint("conversation_events_seq_unique", ["conversation_id", "seq"])
    .execute();
  // A retried send with the same client id finds the stored event instead of adding a second one.
  await db.schema
    .createIndex("conversation_events_client_idx")
    .on("conversation_events")
    .columns(["conversation_id", "sender_id", "client_id"])
    .unique()
    .where(sql.ref("client_id"), "is not", null)
    .execute();

  await db.schema
    .createTable("message_attachments")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("conversation_id", "uuid", (c) => c.notNull().references("conversations.id").onDelete("cascade"))
    .addColumn("uploader_id", "uuid", user)
    .addColumn("size", "integer", (c) => c.notNull())
    .addColumn("storage_key", "text", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("safety_reports")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("kind", "text", (c) =>
      c.notNull().check(sql`kind in ('message_report', 'crisis_alert', 'worried_alert')`),
    )
    .addColumn("status", "text", (c) => c.notNull().check(sql`status in ('open', 'assigned', 'resolved')`))
    .addColumn("reason", "text")
    .addColumn("reporter_id", "uuid", user)
    .addColumn("subject_id", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("conversation_id", "uuid", (c) => c.references("conversations.id").onDelete("set null"))
    .addColumn("note", "text")
    .addColumn("messages", "jsonb", (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn("assignee_id", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull())
    .addColumn("assigned_at", "timestamptz")
    .addColumn("resolved_at", "timestamptz")
    .addColumn("resolved_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("resolution_note", "text")
    .execute();
  await db.schema
    .createIndex("safety_reports_status_idx")
    .on("safety_reports")
    .columns(["status", "created_at"])
    .execute();

  await db.schema
    .createTable("calls")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("conversation_id", "uuid", (c) => c.notNull().references("conversations.id").onDelete("cascade"))
    .addColumn("caller_id", "uuid", user)
    .addColumn("callee_id", "uuid", user)
    .addColumn("media", "text", (c) => c.notNull().check(sql`media in ('audio', 'video')`))
    .addColumn("started_at", "timestamptz", (c) => c.notNull())
    .addColumn("answered_at", "timestamptz")
    .addColumn("ended_at", "timestamptz")
    .addColumn("end_reason", "text")
    .execute();
  await db.schema
    .createIndex("calls_conversation_idx")
    .on("calls")
    .columns(["conversation_id", "started_at"])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    "calls",
    "safety_reports",
    "message_attachments",
    "conversation_events",
    "conversation_recovery_envelopes",
    "conversation_key_envelopes",
    "conversation_key_epochs",
    "conversation_members",
    "conversations",
    "messaging_recovery_keys",
    "messaging_devices",
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
