import { rmSync, writeFileSync } from "node:fs";
import { cpus, freemem, loadavg, tmpdir, totalmem } from "node:os";
import path from "node:path";
import { childArg, fmt, mib } from "./child-process.js";
import { planShape } from "./realtime/plan.js";
import { markdownRow, scenarioLines, TARGET_P99_MS, TARGET_RATE } from "./realtime/report.js";
import { BENCH_SEND_LIMITS, runScenario, type ScenarioName, type ScenarioResult } from "./realtime/scenario.js";
import { benchDatabase, seedPopulation } from "./realtime/seed.js";

/**
 * `npm run bench:realtime [-- --clients=1000 --rate=5000 --ramp=5 --hold=20 --closed=15 --window=1
 *   --only=relay,one,two --load-processes=1 --profile]`
 *
 * Socket clients on loopback exchanging ciphertext-sized messages through conversation:send, against
 * (c) a raw Socket.IO relay with no storage, (a) one real server process on PostgreSQL and (b) two
 * real server processes sharing PostgreSQL and Redis (each conversation's members split across
 * them). The load generator runs in its own process; servers run as `node --import tsx main.ts`.
 * PostgreSQL: --pg (a fresh database is created and dropped); Redis: --redis.
 */
const arg = (name: string, fallback: string) => childArg(name) || fallback;
const has = (flag: string) => process.argv.includes(`--${flag}`);
const settings = {
  clients: Number(arg("clients", "1000")),
  rate: Number(arg("rate", String(TARGET_RATE))),
  ramp: Number(arg("ramp", "5")),
  hold: Number(arg("hold", "20")),
  closed: Number(arg("closed", "15")),
  window: Number(arg("window", "1")),
  loadProcesses: Number(arg("load-processes", "1")),
  groupShare: 0.2,
  groupSize: 10,
};
const pgUrl = arg("pg", "postgres://postgres@127.0.0.1:5432/postgres");
const redisUrl = arg("redis", "redis://127.0.0.1:6379");
const only = arg("only", "relay,one,two").split(",") as ScenarioName[];

const started = Date.now();
const cpu = cpus();
console.log(
  `Machine: ${cpu.length} cores (${cpu[0]?.model.trim()}), ${mib(totalmem())} MiB RAM (${mib(freemem())} MiB free), Node ${process.version}; load average at start ${loadavg()
    .map((l) => fmt(l))
    .join(" ")}`,
);
console.log(
  `Only ${cpu.length} cores: the servers, PostgreSQL, Redis and the load generator all share them, so every number here is a lower bound of what a server gets on its own machine.`,
);
const shape = planShape(settings.clients, settings.groupShare, settings.groupSize);
console.log(
  `Population: ${shape.pairs} pair conversations (${shape.paired} clients) and ${shape.groups} groups of ${settings.groupSize} (${shape.inGroups} clients); every client sends in turn into its conversation; messages are random bytes of ciphertext sizes (300-1,000 base64url characters, plus nonce, commitment, signature): the server never looks inside ciphertext.`,
);
console.log(
  `Load: open loop ramping from ${settings.rate / 10} to ${settings.rate} msg/s over ${settings.ramp} s, measured over ${settings.hold} s at ${settings.rate} msg/s; then closed loop for ${settings.closed} s with ${settings.window} message(s) in flight per client. Latency: send -> each other member's conversation:event (same process, one clock). ${settings.loadProcesses} load-generator process(es), WebSocket transport.`,
);

console.log(
  `Per-member send limits raised for the bench (MESSAGING_SEND_PER_SECOND=${BENCH_SEND_LIMITS.MESSAGING_SEND_PER_SECOND}, MESSAGING_SEND_BURST=${BENCH_SEND_LIMITS.MESSAGING_SEND_BURST}; defaults 20/s, burst 60) so no send is refused for rate: the store is what is measured.`,
);

const database = await benchDatabase(pgUrl);
const planFile = path.join(tmpdir(), `mv-bench-plan-${database.name}.json`);
const results: ScenarioResult[] = [];
try {
  const seedStart = Date.now();
  const plan = await seedPopulation(database.handle, settings);
  writeFileSync(planFile, JSON.stringify(plan));
  console.log(
    `Seeded database ${database.name} directly (members, sessions, devices, conversations, key epoch 1) in ${fmt((Date.now() - seedStart) / 1000, 1)} s.\n`,
  );
  for (const name of only) {
    const result = await runScenario(
      name,
      {
        planFile,
        databaseUrl: database.url,
        databaseName: database.name,
        redisUrl,
        db: database.handle.db,
        profile: has("profile"),
      },
      settings,
    );
    results.push(result);
    console.log(
      `${scenarioLines(
        result,
        results.find((r) => r.name === "relay"),
        settings.rate,
      )}\n`,
    );
  }
} finally {
  rmSync(planFile, { force: true });
  await database.drop();
}

const reference = results.find((r) => r.name === "relay");
console.log(
  `Markdown (docs/benchmarks.md), target >= ${TARGET_RATE} stored msg/s with p99 <= ${TARGET_P99_MS} ms:\n` +
    "| setup | open loop: acked msg/s (vs relay) | p50 / p99 delivery | closed loop: acked msg/s (vs relay) | p50 / p99 delivery | server peak RSS | CPU servers / PostgreSQL |\n" +
    "|---|---|---|---|---|---|---|",
);
for (const r of results) console.log(markdownRow(r, r === reference ? undefined : reference));
console.log(
  `\nWhole run ${fmt((Date.now() - started) / 1000, 0)} s; load average at the end ${loadavg()
    .map((l) => fmt(l))
    .join(" ")}.`,
);
process.exit(results.some((r) => r.failed) ? 1 : 0);
