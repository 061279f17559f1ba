import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { Kysely } from "kysely";
import { DbGate } from "../src/db/gate.js";
import { migrateToLatest } from "../src/db/migrator.js";
import { PGliteDialect } from "../src/db/pglite-dialect.js";
import type { Database } from "../src/db/schema.js";

const MIGRATIONS = path.join(path.dirname(fileURLToPath(import.meta.url)), "../src/db/migrations");
const PREFIX = "mv-pglite-migrated-";

/**
 * A dump of a PGlite data folder with every migration applied, for tests to start from: a new PGlite
 * cluster spends about 3.5 s in initdb on a slow machine, loading this takes about 1 s, and the API
 * tests, the browser tests and the demo open about a hundred of them per run. Kept in the temp folder
 * under a hash of the migrations' text, so a changed migration makes a new one; whoever needs it first
 * builds it (several workers at once each write their own file and rename it into place).
 */
export async function migratedPGliteSnapshot(): Promise<Blob> {
  const file = path.join(os.tmpdir(), `${PREFIX}${migrationsHash()}.tar`);
  if (!fs.existsSync(file)) await build(file);
  return new Blob([fs.readFileSync(file)]);
}

function migrationsHash(): string {
  const hash = createHash("sha256");
  for (const name of fs.readdirSync(MIGRATIONS).sort()) {
    hash.update(name);
    hash.update(fs.readFileSync(path.join(MIGRATIONS, name)));
  }
  return hash.digest("hex").slice(0, 16);
}

async function build(file: string): Promise<void> {
  const client = await PGlite.create();
  const db = new Kysely<Database>({ dialect: new PGliteDialect(client, new DbGate()) });
  await migrateToLatest(db);
  const dump = await client.dumpDataDir("none");
  await db.destroy();
  await client.close().catch(() => undefined);
  const temp = `${file}.${process.pid}.${Date.now()}`;
  fs.writeFileSync(temp, Buffer.from(await dump.arrayBuffer()));
  fs.renameSync(temp, file);
  // Older templates (other migration sets) are 40 MB each: keep only this one.
  for (const old of fs.readdirSync(os.tmpdir())) {
    if (old.startsWith(PREFIX) && path.join(os.tmpdir(), old) !== file && !old.includes(".tar.")) {
      fs.rmSync(path.join(os.tmpdir(), old), { force: true });
    }
  }
}
