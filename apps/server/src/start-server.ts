import { buildApp } from "./app.js";
import type { Config } from "./config/config.js";
import type { AppContext } from "./context.js";
import { openDatabase } from "./db/database.js";
import { migrateToLatest } from "./db/migrator.js";
import { announceFirstRunIfNeeded } from "./modules/setup/announce-first-run.js";

export interface StartServerOptions {
  /** Runs after migrations and before listening (the demo seeds here). */
  beforeListen?: (ctx: AppContext) => Promise<void>;
}

/** Opens and migrates the database, serves, and shuts down gracefully on SIGTERM/SIGINT. */
export async function startServer(config: Config, options: StartServerOptions = {}): Promise<void> {
  const database = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.dataDir });
  await migrateToLatest(database.db);
  const { app, ctx, jobs } = await buildApp({ config, database });
  app.log.info(`storage: ${database.describe()}`);
  await options.beforeListen?.(ctx);
  if (config.JOBS) await jobs.start(ctx);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, "shutting down: no new connections, finishing requests in flight");
    const force = setTimeout(() => {
      app.log.error("shutdown took longer than 20 s; exiting");
      process.exit(1);
    }, 20_000);
    force.unref();
    try {
      await app.close();
      await jobs.stop();
      await database.close();
      app.log.info("shutdown complete");
      process.exit(0);
    } catch (error) {
      app.log.error({ err: error }, "shutdown failed");
      process.exit(1);
    }
  };
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));

  await app.listen({ port: config.PORT, host: config.HOST });
  await announceFirstRunIfNeeded(ctx, (line) => console.log(line));
}
