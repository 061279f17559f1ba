import type PgBoss from "pg-boss";
import type { Config } from "../config/config.js";
import type { DatabaseHandle } from "../db/database.js";

/** pg-boss's own database access, with a way to wait for its last query before the database closes. */
export interface BossConnection {
  options: PgBoss.ConstructorOptions;
  /** Resolves once no query has been in flight for a short while (always at once with a connection string). */
  drain(timeoutMs: number): Promise<void>;
}

const SETTLE_MS = 25;

/**
 * With DATABASE_URL on PostgreSQL pg-boss opens its own small pool. Otherwise (PGlite, or a handle
 * opened without a URL, as in tests) its SQL goes through `database.raw`, which on PGlite passes the
 * same gate as Kysely, so a job insert never lands inside someone else's open transaction.
 */
export function bossConnection(database: DatabaseHandle, config: Config, poolSize: number): BossConnection {
  if (database.kind === "postgres" && config.DATABASE_URL) {
    return {
      options: { connectionString: config.DATABASE_URL, max: poolSize, application_name: "mentalverse-jobs" },
      drain: async () => {},
    };
  }
  let inFlight = 0;
  let lastSettled = 0;
  const db: PgBoss.Db = {
    executeSql: async (text, values) => {
      inFlight++;
      try {
        return await database.raw.query(text, values);
      } finally {
        inFlight--;
        lastSettled = performance.now();
      }
    },
  };
  return {
    options: { db },
    drain: async (timeoutMs) => {
      const deadline = performance.now() + timeoutMs;
      // pg-boss's timekeeper may be between two queries when it stops; wait until it is quiet.
      while ((inFlight > 0 || performance.now() - lastSettled < SETTLE_MS) && performance.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
      }
    },
  };
}
