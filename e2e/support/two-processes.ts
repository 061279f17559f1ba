import type { AddressInfo } from "node:net";
import pino from "pino";
import { chromium } from "playwright-core";
import { buildApp } from "../../apps/server/src/app.js";
import { loadConfig } from "../../apps/server/src/config/config.js";
import { type DatabaseHandle, openDatabase } from "../../apps/server/src/db/database.js";
import { freshDatabase } from "../../apps/server/test/database.js";
import { chromiumLaunchOptions, type Platform } from "./platform.js";

export interface TwoProcessPlatform {
  /** Two servers, each with its own connection pool, port and Socket.IO server; one browser for both. */
  a: Platform;
  b: Platform;
  /** Process A's handle on the shared database (for seeding and for looking at what the server stored). */
  database: DatabaseHandle;
  close(): Promise<void>;
}

/**
 * The platform as deployed behind a load balancer: two server processes (two apps, two pools) on one
 * fresh PostgreSQL database and one Redis, each on its own loopback port serving the built web app.
 * Jobs stay off: nothing here waits for them, and two runners would only add noise.
 */
export async function startTwoProcessPlatform(urls: { redisUrl: string }): Promise<TwoProcessPlatform> {
  const fresh = await freshDatabase();
  if (!fresh.url) throw new Error("The two-process platform needs TEST_DATABASE_URL (PostgreSQL), not PGlite");
  const secondHandle = await openDatabase({ dataDir: "", databaseUrl: fresh.url, poolSize: 4 });
  const config = loadConfig({
    NODE_ENV: "test",
    LOG_LEVEL: "silent",
    PORT: "0",
    HOST: "127.0.0.1",
    JOBS: "false",
    REDIS_URL: urls.redisUrl,
  });
  const browser = await chromium.launch(chromiumLaunchOptions());

  async function serve(database: DatabaseHandle): Promise<Platform> {
    const built = await buildApp({ config, database, logger: pino({ level: "silent" }), serveWeb: true });
    await built.app.listen({ port: 0, host: "127.0.0.1" });
    const { port } = built.app.server.address() as AddressInfo;
    const baseUrl = `http://127.0.0.1:${port}`;
    return {
      built,
      baseUrl,
      browser,
      newPage: async ({ width = 1280, height = 900 } = {}) => {
        const context = await browser.newContext({ baseURL: baseUrl, viewport: { width, height } });
        const page = await context.newPage();
        return { page, context };
      },
      // The shared browser and database outlive one process; the whole platform closes them.
      close: () => built.app.close(),
    };
  }

  const a = await serve(fresh.handle);
  const b = await serve(secondHandle);
  return {
    a,
    b,
    database: fresh.handle,
    close: async () => {
      await browser.close();
      await a.close();
      await b.close();
      await secondHandle.close();
      await fresh.drop();
    },
  };
}
