import cliProgress from "cli-progress";
import { type Config, loadConfig } from "../config/config.js";
import type { AppContext } from "../context.js";
import { startServer } from "../start-server.js";
import { formatLogins, memorableLogins } from "./demo-logins.js";
import { findDemoAccounts } from "./demo-repository.js";
import { ensureDemoCommunity, type SeedDemoOptions } from "./seed-demo.js";

/** The demo's configuration: its own ./data-demo folder unless DATA_DIR or DATABASE_URL says otherwise. */
export function loadDemoConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const hasStorage = Boolean(env.DATA_DIR) || Boolean(env.DATABASE_URL);
  return loadConfig(hasStorage ? env : { ...env, DATA_DIR: "./data-demo" });
}

/** Seeds the demo community if the database is empty, prints how to sign in, and returns the table. */
export async function prepareDemo(
  ctx: Pick<AppContext, "database" | "clock" | "db">,
  options: SeedDemoOptions = {},
): Promise<string[]> {
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format: "Seeding the demo community {bar} {value}/{total} {step}", hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  const outcome = await ensureDemoCommunity(ctx, {
    ...options,
    onProgress: (p) => {
      if (!started) bar.start(p.total, 0, { step: p.step });
      started = true;
      bar.update(p.done, { step: p.step });
      options.onProgress?.(p);
    },
  });
  if (started) bar.stop();
  if (!outcome.seeded)
    process.stderr.write(`Demo community already in place (${outcome.demoMembers} demo accounts).\n`);
  const logins = memorableLogins();
  const accounts = new Map(
    (
      await findDemoAccounts(
        ctx.db,
        logins.map((l) => l.email),
      )
    ).map((a) => [a.email, a.displayName]),
  );
  return formatLogins(
    logins.filter((l) => accounts.has(l.email)).map((l) => ({ ...l, displayName: accounts.get(l.email) ?? "" })),
  );
}

/** `npm run demo`: a server full of invented members to explore, never mixed with real data. */
export async function runDemo(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const config = loadDemoConfig(env);
  await startServer(config, {
    beforeListen: async (ctx) => {
      const table = await prepareDemo(ctx);
      for (const line of table) console.log(line);
      console.log(`Open ${config.publicUrl} and sign in with any login above.\n`);
    },
  });
}
