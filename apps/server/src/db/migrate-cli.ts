import { loadConfig } from "../config/config.js";
import { openDatabase } from "./database.js";
import { migrateToLatest } from "./migrator.js";

/** `npm run migrate`: applies pending migrations to the configured database and exits. */
const config = loadConfig();
const handle = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.dataDir });
try {
  const results = await migrateToLatest(handle.db);
  console.log(
    `${handle.describe()}: ${results.length === 0 ? "already up to date" : `applied ${results.map((r) => r.migrationName).join(", ")}`}`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await handle.close();
}
