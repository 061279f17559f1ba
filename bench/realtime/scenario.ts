import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "kysely";
import type { Db } from "../../apps/server/src/db/database.js";
import { runChild } from "../child-process.js";
import type { LoadResult } from "./load.js";
import {
  cpuByPid,
  cpuDelta,
  cpuSeconds,
  freePort,
  peakRssMib,
  type ServerProcess,
  startNode,
  stop,
  waitForHttp,
} from "./processes.js";
import { type ProfileSummary, summarizeProfile } from "./profile.js";

export type ScenarioName = "relay" | "one" | "two";
export const SCENARIO_LABELS: Record<ScenarioName, string> = {
  relay: "(c) reference: raw Socket.IO relay, no storage",
  one: "(a) one server process, PostgreSQL",
  two: "(b) two server processes, PostgreSQL + Redis",
};

export interface LoadSettings {
  rate: number;
  ramp: number;
  hold: number;
  closed: number;
  window: number;
  loadProcesses: number;
}

export interface ScenarioResult {
  name: ScenarioName;
  load: LoadResult[];
  serverPeakRssMib: number[];
  cpu: { servers: number; postgres: number; redis: number; seconds: number };
  /** Events the database gained during the run, and conversations whose seq has a gap (real server only). */
  stored: number | null;
  seqGaps: number | null;
  /** Events per group-commit transaction (all events of one batch share its created_at). */
  batch: { mean: number; max: number } | null;
  profiles: ProfileSummary[];
  failed?: string;
}

export interface ScenarioEnv {
  planFile: string;
  databaseUrl: string;
  databaseName: string;
  redisUrl: string;
  db: Db;
  profile: boolean;
}

/**
 * The per-member send limits (default 20/s, burst 60) exist against abuse; the bench measures the
 * store, so its servers get the configuration's ceilings and no send is refused for rate.
 */
export const BENCH_SEND_LIMITS = { MESSAGING_SEND_PER_SECOND: "10000", MESSAGING_SEND_BURST: "100000" };

async function startServers(name: ScenarioName, env: ScenarioEnv, profileDir: string): Promise<ServerProcess[]> {
  const count = name === "two" ? 2 : 1;
  const servers: ServerProcess[] = [];
  for (let i = 0; i < count; i += 1) {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const started =
      name === "relay"
        ? startNode(
            ["bench/realtime/relay-server.ts", env.planFile, String(port)],
            {},
            env.profile ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : [],
          )
        : startNode(
            ["apps/server/src/main.ts"],
            {
              DATABASE_URL: env.databaseUrl,
              PORT: String(port),
              HOST: "127.0.0.1",
              NODE_ENV: "production",
              LOG_LEVEL: "warn",
              JOBS: "false",
              DATA_DIR: profileDir,
              ...BENCH_SEND_LIMITS,
              ...(name === "two" ? { REDIS_URL: env.redisUrl } : {}),
            },
            env.profile ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : [],
          );
    servers.push({ name: `${name} ${i + 1}`, url, ...started });
  }
  for (const s of servers)
    await waitForHttp(s, name === "relay" ? "/socket.io/?EIO=4&transport=polling" : "/api/health");
  return servers;
}

const countEvents = async (db: Db) =>
  Number((await sql<{ n: number }>`select count(*)::int as n from conversation_events`.execute(db)).rows[0]?.n ?? 0);
const countGaps = async (db: Db) =>
  Number(
    (
      await sql<{ n: number }>`select count(*)::int as n from (
        select conversation_id from conversation_events group by conversation_id
        having count(*) <> max(seq) or count(distinct seq) <> count(*)) g`.execute(db)
    ).rows[0]?.n ?? 0,
  );

const batchSizes = async (db: Db, since: Date) => {
  const { rows } = await sql<{ mean: number; max: number }>`
    select coalesce(avg(n), 0)::float as mean, coalesce(max(n), 0)::int as max from (
      select count(*) as n from conversation_events where created_at >= ${since} group by created_at) b`.execute(db);
  return { mean: Math.round((rows[0]?.mean ?? 0) * 10) / 10, max: rows[0]?.max ?? 0 };
};

/** Starts the scenario's servers, runs the load generator(s) against them, measures, stops them. */
export async function runScenario(name: ScenarioName, env: ScenarioEnv, load: LoadSettings): Promise<ScenarioResult> {
  const profileDir = mkdtempSync(path.join(tmpdir(), "mv-bench-"));
  const result: ScenarioResult = {
    name,
    load: [],
    serverPeakRssMib: [],
    cpu: { servers: 0, postgres: 0, redis: 0, seconds: 0 },
    stored: null,
    seqGaps: null,
    batch: null,
    profiles: [],
  };
  let servers: ServerProcess[] = [];
  try {
    servers = await startServers(name, env, profileDir);
    const real = name !== "relay";
    const eventsBefore = real ? await countEvents(env.db) : 0;
    // PostgreSQL: the bench database's backends and the shared background processes (WAL writer,
    // checkpointer...), not other databases' backends (other test runs may share the server).
    const ours = (cmdline: string) =>
      cmdline.includes(` ${env.databaseName} `) || /: (checkpointer|background writer|walwriter)/.test(cmdline);
    const snapshot = () => ({
      servers: servers.reduce((s, p) => s + cpuSeconds(p.child.pid), 0),
      postgres: cpuByPid("postgres", ours),
      redis: cpuByPid("redis-server"),
      at: Date.now(),
    });
    const before = snapshot();
    const runs = await Promise.all(
      Array.from({ length: load.loadProcesses }, (_, part) =>
        runChild<LoadResult>(
          "bench/realtime/load.ts",
          "load",
          {
            plan: env.planFile,
            urls: servers.map((s) => s.url).join(","),
            rate: Math.round(load.rate / load.loadProcesses),
            ramp: load.ramp,
            hold: load.hold,
            closed: load.closed,
            window: load.window,
            part,
            parts: load.loadProcesses,
          },
          240_000,
        ),
      ),
    );
    const after = snapshot();
    result.cpu = {
      servers: after.servers - before.servers,
      postgres: cpuDelta(before.postgres, after.postgres),
      redis: cpuDelta(before.redis, after.redis),
      seconds: (after.at - before.at) / 1000,
    };
    result.serverPeakRssMib = servers.map((s) => peakRssMib(s.child.pid));
    for (const run of runs) {
      if ("failed" in run) throw new Error(`load generator: ${run.failed}`);
      result.load.push(run);
    }
    if (real) {
      result.stored = (await countEvents(env.db)) - eventsBefore;
      result.seqGaps = await countGaps(env.db);
      result.batch = await batchSizes(env.db, new Date(before.at));
    }
  } catch (error) {
    result.failed = error instanceof Error ? error.message : String(error);
  } finally {
    await Promise.all(servers.map((s) => stop(s.child)));
  }
  if (env.profile) {
    // CPU.<date>.<time>.<pid>.<thread>.<n>.cpuprofile: thread 0 is the main thread (the others are tsx's loader).
    for (const f of readdirSync(profileDir).filter((f) => /\.\d+\.0\.\d+\.cpuprofile$/.test(f))) {
      result.profiles.push(summarizeProfile(path.join(profileDir, f)));
    }
  }
  rmSync(profileDir, { recursive: true, force: true });
  return result;
}
