import pino from "pino";
import { type BuiltApp, buildApp } from "../src/app.js";
import { type Config, loadConfig } from "../src/config/config.js";
import { type Clock, ManualClock } from "../src/lib/clock.js";
import { TestClient } from "./client.js";
import { freshDatabase } from "./database.js";

export interface TestApp extends BuiltApp {
  clock: Clock;
  /** A new cookie-keeping client, anonymous until it signs in. */
  client(): TestClient;
  close(): Promise<void>;
}

export interface TestAppOptions {
  env?: Record<string, string>;
  clock?: Clock;
  /** Start the job workers (off by default; most tests drive jobs directly). */
  startJobs?: boolean;
}

/** A whole app on a fresh database, for API tests; close() tears both down. */
export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const { handle, drop } = await freshDatabase();
  const config: Config = loadConfig({ NODE_ENV: "test", LOG_LEVEL: "silent", JOBS: "false", ...options.env });
  const clock = options.clock ?? new ManualClock(new Date());
  const built = await buildApp({ config, database: handle, clock, logger: pino({ level: "silent" }), serveWeb: false });
  await built.app.ready();
  if (options.startJobs) await built.jobs.start(built.ctx);
  return {
    ...built,
    clock,
    client: () => new TestClient(built.app),
    close: async () => {
      await built.app.close();
      await built.jobs.stop();
      await drop();
    },
  };
}
