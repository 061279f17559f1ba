import type { AddressInfo } from "node:net";
import pino from "pino";
import { type Browser, type BrowserContext, chromium, type LaunchOptions, type Page } from "playwright-core";
import { type BuiltApp, buildApp } from "../../apps/server/src/app.js";
import { loadConfig } from "../../apps/server/src/config/config.js";
import { openDatabase } from "../../apps/server/src/db/database.js";
import { migrateToLatest } from "../../apps/server/src/db/migrator.js";
import { migratedPGliteSnapshot } from "../../apps/server/test/pglite-template.js";

export interface Platform {
  built: BuiltApp;
  baseUrl: string;
  browser: Browser;
  newPage(options?: { width?: number; height?: number }): Promise<{ page: Page; context: BrowserContext }>;
  close(): Promise<void>;
}

export interface PlatformOptions {
  /** Extra Chromium flags (calls add fake camera and microphone ones); the defaults stay. */
  browserArgs?: string[];
}

/** Debian's Chromium with the flags every browser test uses (shared with the two-process platform). */
export function chromiumLaunchOptions(options: PlatformOptions = {}): LaunchOptions {
  return {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      ...(options.browserArgs ?? []),
    ],
  };
}

/** The whole platform on a throwaway PGlite database and a loopback port, with Debian's Chromium. */
export async function startPlatform(
  env: Record<string, string> = {},
  options: PlatformOptions = {},
): Promise<Platform> {
  const database = await openDatabase({ dataDir: "memory://", pgliteSnapshot: await migratedPGliteSnapshot() });
  await migrateToLatest(database.db);
  const config = loadConfig({ NODE_ENV: "test", LOG_LEVEL: "silent", PORT: "0", HOST: "127.0.0.1", ...env });
  const built = await buildApp({ config, database, logger: pino({ level: "silent" }), serveWeb: true });
  await built.app.listen({ port: 0, host: "127.0.0.1" });
  await built.jobs.start(built.ctx);
  const { port } = built.app.server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  const browser = await chromium.launch(chromiumLaunchOptions(options));
  return {
    built,
    baseUrl,
    browser,
    newPage: async ({ width = 1280, height = 900 } = {}) => {
      const context = await browser.newContext({ baseURL: baseUrl, viewport: { width, height } });
      const page = await context.newPage();
      return { page, context };
    },
    close: async () => {
      await browser.close();
      await built.app.close();
      await built.jobs.stop();
      await database.close();
    },
  };
}
