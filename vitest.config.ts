import { defineConfig } from "vitest/config";

/**
 * One Vitest run, several projects. `*.api.test.ts` files touch the database and run twice: on
 * PGlite, and on PostgreSQL when TEST_DATABASE_URL is set (scripts/test.mjs decides and says so).
 */
const onPostgres = Boolean(process.env.TEST_DATABASE_URL);
const withBrowser = Boolean(process.env.CHROMIUM_PATH);

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
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
          include: ["apps/server/src/**/*.api.test.ts"],
          env: { TEST_DATABASE_URL: "" },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      ...(onPostgres
        ? [
            {
              test: {
                name: "api-postgres",
                include: ["apps/server/src/**/*.api.test.ts"],
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
