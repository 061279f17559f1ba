import { randomBytes, randomUUID } from "node:crypto";
import pg from "pg";
import { type DatabaseHandle, openDatabase } from "../../apps/server/src/db/database.js";
import { migrateToLatest } from "../../apps/server/src/db/migrator.js";
import { hashToken, newSecretToken } from "../../apps/server/src/lib/tokens.js";
import { type BenchConversation, type BenchPlan, planShape, randomB64 } from "./plan.js";

const CHUNK = 500;

/** A new, migrated database on the PostgreSQL server at `serverUrl`; `drop` removes it. */
export async function benchDatabase(serverUrl: string) {
  const name = `mv_bench_${randomBytes(5).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ dataDir: "", databaseUrl: url.toString(), poolSize: 4 });
  await migrateToLatest(handle.db);
  const drop = async () => {
    await handle.close();
    const cleanup = new pg.Client({ connectionString: serverUrl });
    await cleanup.connect();
    await cleanup.query(`drop database if exists ${name} with (force)`);
    await cleanup.end();
  };
  return { name, url: url.toString(), handle, drop };
}

async function insertChunks<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await insert(rows.slice(i, i + CHUNK));
}

/**
 * Members with a live session, one device and a recovery key each; pair conversations on active
 * relationships and support groups, all at key epoch 1 with envelopes for every device. Written in
 * bulk straight into the tables: how members get there is other tests' business. Key material and
 * signatures are random bytes of the right sizes (the server never opens or checks them on send).
 */
export async function seedPopulation(
  handle: DatabaseHandle,
  options: { clients: number; groupShare: number; groupSize: number },
): Promise<BenchPlan> {
  const db = handle.db;
  const now = new Date();
  const expires = new Date(now.getTime() + 24 * 3600 * 1000);
  const shape = planShape(options.clients, options.groupShare, options.groupSize);
  const total = shape.paired + shape.inGroups;
  const clients = Array.from({ length: total }, () => ({
    userId: randomUUID(),
    token: newSecretToken(),
    deviceId: randomUUID(),
  }));
  const runTag = randomBytes(3).toString("hex");
  await insertChunks(
    clients.map((c, i) => ({ c, i })),
    (chunk) =>
      db
        .insertInto("users")
        .values(
          chunk.map(({ c, i }) => ({
            id: c.userId,
            email: `bench-${runTag}-${i}@bench.test`,
            password_hash: "bench-no-password",
            display_name: `Bench ${i}`,
          })),
        )
        .execute(),
  );
  await insertChunks(clients, (chunk) =>
    db
      .insertInto("user_roles")
      .values(chunk.map((c, i) => ({ user_id: c.userId, role: i % 2 === 0 ? "mentee" : "mentor" })))
      .execute(),
  );
  await insertChunks(clients, (chunk) =>
    db
      .insertInto("sessions")
      .values(
        chunk.map((c) => ({
          id: hashToken(c.token),
          user_id: c.userId,
          created_at: now,
          expires_at: expires,
          last_seen_at: now,
          ip: null,
          user_agent: "bench",
        })),
      )
      .execute(),
  );
  await insertChunks(clients, (chunk) =>
    db
      .insertInto("messaging_devices")
      .values(
        chunk.map((c) => ({
          id: c.deviceId,
          user_id: c.userId,
          name: "bench device",
          box_public_key: randomB64(32),
          sign_public_key: randomB64(32),
          device_signature: randomB64(64),
          created_at: now,
          revoked_at: null,
        })),
      )
      .execute(),
  );
  await insertChunks(clients, (chunk) =>
    db
      .insertInto("messaging_recovery_keys")
      .values(
        chunk.map((c) => ({
          user_id: c.userId,
          recovery_public_key: randomB64(32),
          passphrase_wrap: null,
          signed_by_device_id: c.deviceId,
          signature: randomB64(64),
          updated_at: now,
        })),
      )
      .execute(),
  );

  const conversations: BenchConversation[] = [];
  const relationships: { id: string; mentee_id: string; mentor_id: string }[] = [];
  for (let i = 0; i < shape.paired; i += 2) {
    const relationshipId = randomUUID();
    relationships.push({
      id: relationshipId,
      mentee_id: (clients[i] as (typeof clients)[0]).userId,
      mentor_id: (clients[i + 1] as (typeof clients)[0]).userId,
    });
    conversations.push({ id: randomUUID(), kind: "pair", members: [i, i + 1] });
  }
  for (let g = 0; g < shape.groups; g += 1) {
    const first = shape.paired + g * options.groupSize;
    conversations.push({
      id: randomUUID(),
      kind: "group",
      members: Array.from({ length: options.groupSize }, (_, k) => first + k),
    });
  }
  await insertChunks(relationships, (chunk) =>
    db
      .insertInto("relationships")
      .values(
        chunk.map((r) => ({
          ...r,
          match_id: null,
          status: "active",
          phase: "introduction_and_exploration",
          started_at: now,
        })),
      )
      .execute(),
  );
  await insertChunks(conversations, (chunk) =>
    db
      .insertInto("conversations")
      .values(
        chunk.map((c, k) => ({
          id: c.id,
          kind: c.kind,
          title: c.kind === "group" ? `Bench group ${k}` : null,
          relationship_id: c.kind === "pair" ? (relationships[conversations.indexOf(c)]?.id ?? null) : null,
          created_by: c.kind === "group" ? clientAt(clients, c.members[0]).userId : null,
          state: "open" as const,
          current_epoch: 1,
          created_at: now,
        })),
      )
      .execute(),
  );
  const memberships = conversations.flatMap((c) => c.members.map((m, k) => ({ c, m, k })));
  await insertChunks(memberships, (chunk) =>
    db
      .insertInto("conversation_members")
      .values(
        chunk.map(({ c, m, k }) => ({
          conversation_id: c.id,
          user_id: clientAt(clients, m).userId,
          role: c.kind === "group" && k === 0 ? ("owner" as const) : ("member" as const),
          joined_at: now,
          from_epoch: 1,
        })),
      )
      .execute(),
  );
  await insertChunks(conversations, (chunk) =>
    db
      .insertInto("conversation_key_epochs")
      .values(
        chunk.map((c) => ({
          conversation_id: c.id,
          epoch: 1,
          created_by_device_id: clientAt(clients, c.members[0]).deviceId,
          key_commitment: randomB64(32),
          signature: randomB64(64),
          created_at: now,
        })),
      )
      .execute(),
  );
  // crypto_box_seal of a 32-byte key: 48 bytes of overhead + 32.
  await insertChunks(memberships, (chunk) =>
    db
      .insertInto("conversation_key_envelopes")
      .values(
        chunk.map(({ c, m }) => ({
          conversation_id: c.id,
          epoch: 1,
          device_id: clientAt(clients, m).deviceId,
          sealed_key: randomB64(80),
        })),
      )
      .execute(),
  );
  await insertChunks(memberships, (chunk) =>
    db
      .insertInto("conversation_recovery_envelopes")
      .values(
        chunk.map(({ c, m }) => ({
          conversation_id: c.id,
          epoch: 1,
          user_id: clientAt(clients, m).userId,
          recovery_public_key: randomB64(32),
          sealed_key: randomB64(80),
        })),
      )
      .execute(),
  );
  const conversationsOf: number[][] = clients.map(() => []);
  conversations.forEach((c, index) => {
    for (const m of c.members) conversationsOf[m]?.push(index);
  });
  return { clients, conversations, conversationsOf };
}

function clientAt<T>(clients: T[], index: number | undefined): T {
  const c = index === undefined ? undefined : clients[index];
  if (!c) throw new Error(`no client ${index}`);
  return c;
}
