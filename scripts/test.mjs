#!/usr/bin/env node
// `npm test`: the whole suite. Finds PostgreSQL, Redis and Chromium; runs the suites that need them
// when present, says loudly when one is absent, and with CI=true fails the run instead.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const inCi = process.env.CI === "true" || process.env.CI === "1";
const pgUrl = process.env.TEST_DATABASE_URL || "postgres://postgres@127.0.0.1:5432/test";
const redisUrl = process.env.TEST_REDIS_URL || "redis://127.0.0.1:6379";
const chromium = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

function reachable(url) {
  const u = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect({ host: u.hostname, port: Number(u.port) }, () => {
      socket.end();
      resolve(true);
    });
    socket.setTimeout(1500, () => {
      socket.destroy();
      resolve(false);
    });
    socket.on("error", () => resolve(false));
  });
}

const found = {
  PostgreSQL: await reachable(pgUrl),
  Redis: await reachable(redisUrl),
  Chromium: fs.existsSync(chromium),
};
const missing = Object.entries(found)
  .filter(([, ok]) => !ok)
  .map(([name]) => name);

const env = { ...process.env };
if (found.PostgreSQL) env.TEST_DATABASE_URL = pgUrl;
else delete env.TEST_DATABASE_URL;
if (found.Redis) env.TEST_REDIS_URL = redisUrl;
else delete env.TEST_REDIS_URL;
if (found.Chromium) env.CHROMIUM_PATH = chromium;
else delete env.CHROMIUM_PATH;

const bar = "!".repeat(78);
for (const name of missing) {
  const what = {
    PostgreSQL: `API tests on PostgreSQL (looked for ${pgUrl}; set TEST_DATABASE_URL)`,
    Redis: `multi-process real-time tests (looked for ${redisUrl}; set TEST_REDIS_URL)`,
    Chromium: `browser tests (looked for ${chromium}; apt-get install chromium, or set CHROMIUM_PATH)`,
  }[name];
  console.error(`\n${bar}\n!! ${name} NOT FOUND: SKIPPING ${what}\n${bar}\n`);
}
if (missing.length > 0 && inCi) {
  console.error(`CI=true and ${missing.join(", ")} missing: failing the run.`);
  process.exit(1);
}
console.log(
  `test services: ${Object.entries(found)
    .map(([k, v]) => `${k} ${v ? "yes" : "NO"}`)
    .join(", ")}`,
);

if (found.Chromium && !fs.existsSync(path.join(root, "apps/web/dist/index.html"))) {
  const build = spawnSync("npm", ["run", "build", "-w", "@mentalverse/web"], { cwd: root, stdio: "inherit", env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const result = spawnSync("npx", ["vitest", "run", ...process.argv.slice(2)], { cwd: root, stdio: "inherit", env });
process.exit(result.status ?? 1);
