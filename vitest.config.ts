import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

/**
 * One Vitest run, several projects. `*.api.test.ts` files touch the database and run twice: on
 * PGlite, and on PostgreSQL when TEST_DATABASE_URL is set (scripts/test.mjs decides and says so).
 */
const onPostgres = Boolean(process.env.TEST_DATABASE_URL);
const withBrowser = Boolean(process.env.CHROMIUM_PATH);
/**
 * API test files each build their own app on their own database, so they share nothing but modules:
 * they run without per-file isolation (one import of the app per worker instead of one per file) and
 * on every core (Vitest's default is one worker fewer than the cores: one on a 2-core machine). On
 * 2 cores this took both API suites from about 15 to 5 minutes.
 */
const apiRun = { isolate: false, maxWorkers: Math.max(2, availableParallelism()) };

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          // Projects with different worker counts must run as separate groups: this order.
          sequence: { groupOrder: 0 },
          include: [
            "packages/*/src/**/*.test.ts",
            "apps/server/src/**/*.test.ts",
            "apps/web/src/**/*.test.ts",
            "scripts/**/*.test.ts",
            "bench/**/*.test.ts",
          ],
          exclude: ["**/*.api.test.ts", "**/node_modules/**"],
        },
      },
      {
        test: {
          name: "api-pglite",
          sequence: { groupOrder: 1 },
          include: ["apps/server/src/**/*.api.test.ts"],
          env: { TEST_DATABASE_URL: "" },
          ...apiRun,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      ...(onPostgres
        ? [
            {
              test: {
                name: "api-postgres",
                sequence: { groupOrder: 2 },
                include: ["apps/server/src/**/*.api.test.ts"],
                ...apiRun,
                testTimeout: 30_000,
                hookTimeout: 60_000,
              },
            },
          ]
        : []),
      ...(withBrowser
        ? [
            {
              test: {
                name: "e2e",
                sequence: { groupOrder: 3 },
                include: ["e2e/**/*.e2e.test.ts"],
                testTimeout: 120_000,
                hookTimeout: 180_000,
                fileParallelism: false,
              },
            },
          ]
        : []),
    ],
  },
});
