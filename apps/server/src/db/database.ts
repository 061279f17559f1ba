import fs from "node:fs/promises";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { Kysely, PostgresDialect, type Transaction } from "kysely";
import pg from "pg";
import { DbGate } from "./gate.js";
import { PGliteDialect } from "./pglite-dialect.js";
import type { Database } from "./schema.js";

export type Db = Kysely<Database>;
export type Tx = Transaction<Database>;
/** What repositories take: the database or an open transaction. */
export type Executor = Db | Tx;

export type DatabaseKind = "pglite" | "postgres";

/** The raw client the job queue talks to, always through the same gate as Kysely. */
export interface RawSql {
  /** A statement with parameters, or one without; several statements only when `params` is empty. */
  query(text: string, params?: unknown[]): Promise<{ rows: unknown[]; rowCount?: number }>;
}

export interface DatabaseHandle {
  kind: DatabaseKind;
  db: Db;
  raw: RawSql;
  gate: DbGate | null;
  /** Runs `fn` in a transaction; on PGlite inside the gate's re-entry guard. */
  transaction<T>(fn: (trx: Tx) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  describe(): string;
}

// Same JS types from both engines: bigint counts as numbers, numeric as numbers.
const INT8 = 20;
const NUMERIC = 1700;

export interface OpenDatabaseOptions {
  databaseUrl?: string | undefined;
  /** A folder for PGlite's files, or "memory://" for a throwaway database. */
  dataDir: string;
  poolSize?: number;
  /**
   * PGlite only: a dump of a data folder (PGlite's `dumpDataDir`) to start from instead of a new
   * cluster. Tests start from an already migrated one: a new cluster costs seconds of initdb.
   */
  pgliteSnapshot?: Blob;
}

export async function openDatabase(options: OpenDatabaseOptions): Promise<DatabaseHandle> {
  return options.databaseUrl
    ? openPostgres(options.databaseUrl, options.poolSize ?? 10)
    : openPGlite(options.dataDir, options.pgliteSnapshot);
}

async function openPGlite(dataDir: string, snapshot?: Blob): Promise<DatabaseHandle> {
  const inMemory = dataDir === "memory://";
  const location = inMemory ? undefined : path.join(dataDir, "pglite");
  if (location) await fs.mkdir(location, { recursive: true });
  const client = await PGlite.create(location, {
    ...(snapshot ? { loadDataDir: snapshot } : {}),
    parsers: { [INT8]: (v: string) => Number(v), [NUMERIC]: (v: string) => Number(v) },
  });
  const gate = new DbGate();
  const db = new Kysely<Database>({ dialect: new PGliteDialect(client, gate) });
  const raw: RawSql = {
    query: (text, params) =>
      gate.run(async () => {
        if (params && params.length > 0) {
          const r = await client.query(text, params);
          return { rows: r.rows, rowCount: r.affectedRows ?? r.rows.length };
        }
        // Statements without parameters may be several at once (the queue's schema); exec runs them all.
        const results = await client.exec(text);
        const last = results.at(-1);
        return { rows: last?.rows ?? [], rowCount: last?.affectedRows ?? last?.rows.length ?? 0 };
      }),
  };
  return {
    kind: "pglite",
    db,
    raw,
    gate,
    transaction: (fn) => gate.scoped(() => db.transaction().execute(fn)),
    close: async () => {
      await db.destroy();
      await gate.run(() => client.close());
    },
    describe: () => (inMemory ? "PGlite (in memory)" : `PGlite at ${location}`),
  };
}

async function openPostgres(url: string, poolSize: number): Promise<DatabaseHandle> {
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    types: {
      getTypeParser: ((oid: number, format?: "text" | "binary") => {
        if (oid === INT8 || oid === NUMERIC) return (v: string) => Number(v);
        return pg.types.getTypeParser(oid, format);
      }) as typeof pg.types.getTypeParser,
    },
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  const raw: RawSql = {
    query: async (text, params) => {
      const r = await pool.query(text, params && params.length > 0 ? params : undefined);
      return { rows: r.rows, rowCount: r.rowCount ?? 0 };
    },
  };
  const safeUrl = url.replace(/\/\/[^@]*@/, "//***@");
  return {
    kind: "postgres",
    db,
    raw,
    gate: null,
    transaction: (fn) => db.transaction().execute(fn),
    close: () => db.destroy(),
    describe: () => `PostgreSQL at ${safeUrl}`,
  };
}
