import { cpus } from "node:os";
import { fmt as fixed } from "../child-process.js";
import type { PhaseResult } from "./load.js";
import { SCENARIO_LABELS, type ScenarioResult } from "./scenario.js";

/** Like fmt, but a missing number (no samples: NaN, null after JSON) prints as "-". */
const fmt = (x: number | null | undefined, digits = 2) =>
  x === null || x === undefined || Number.isNaN(x) ? "-" : fixed(x, digits);

const CORES = cpus().length;
/** Latencies: the histogram stops at 10 s, so its top bucket reads "over 10 s". */
const lat = (x: number | null | undefined) =>
  x !== null && x !== undefined && x >= 10_000 ? ">10 s" : `${fmt(x, 1)} ms`;

export const TARGET_RATE = 5000;
export const TARGET_P99_MS = 50;

/** One phase over every load process: counts add up; p50 is the sample-weighted mean, p99 and max the worst. */
export function mergePhase(phases: (PhaseResult | null)[]): PhaseResult | null {
  const present = phases.filter((p): p is PhaseResult => p !== null);
  if (present.length === 0) return null;
  if (present.length === 1) return present[0] as PhaseResult;
  const sum = (f: (p: PhaseResult) => number) => present.reduce((s, p) => s + f(p), 0);
  const merge = (key: "ack" | "delivery") => {
    const count = sum((p) => p[key].count);
    const weighted = (f: (p: PhaseResult) => number) => (count ? sum((p) => f(p) * p[key].count) / count : Number.NaN);
    return {
      count,
      p50: weighted((p) => p[key].p50),
      p90: Math.max(...present.map((p) => p[key].p90)),
      p99: Math.max(...present.map((p) => p[key].p99)),
      max: Math.max(...present.map((p) => p[key].max)),
      mean: weighted((p) => p[key].mean),
    };
  };
  const failures: Record<string, number> = {};
  for (const p of present) for (const [k, v] of Object.entries(p.failures)) failures[k] = (failures[k] ?? 0) + v;
  return {
    sent: sum((p) => p.sent),
    acked: sum((p) => p.acked),
    failed: sum((p) => p.failed),
    failures,
    deliveries: sum((p) => p.deliveries),
    expectedDeliveries: sum((p) => p.expectedDeliveries),
    seconds: Math.max(...present.map((p) => p.seconds)),
    ackedPerSecond: sum((p) => p.ackedPerSecond),
    ack: merge("ack"),
    delivery: merge("delivery"),
  };
}

const phaseLine = (label: string, p: PhaseResult | null, ref: PhaseResult | null) => {
  if (!p) return `  ${label}: not run`;
  const ratio = ref && ref.ackedPerSecond > 0 ? ` (${fmt(p.ackedPerSecond / ref.ackedPerSecond)}x the relay)` : "";
  const lost = p.expectedDeliveries - p.deliveries;
  const failures = Object.entries(p.failures)
    .map(([k, v]) => `${v} ${k}`)
    .join(", ");
  const unanswered = p.sent - p.acked - p.failed;
  return [
    `  ${label}: ${p.ackedPerSecond} acked msg/s${ratio}; ${p.acked}/${p.sent} acked in ${fmt(p.seconds)} s${p.failed ? `; FAILED ${failures}` : ""}${unanswered > 0 ? `; ${unanswered} STILL UNACKNOWLEDGED after waiting` : ""}`,
    `    delivery latency p50 ${lat(p.delivery.p50)}, p90 ${lat(p.delivery.p90)}, p99 ${lat(p.delivery.p99)}, max ${fmt(p.delivery.max, 1)} ms` +
      `${ref && ref.delivery.p99 > 0 ? ` (p99 ${fmt(p.delivery.p99 / ref.delivery.p99, 1)}x the relay)` : ""}; ` +
      `ack p50 ${lat(p.ack.p50)}, p99 ${lat(p.ack.p99)}; ${p.deliveries} deliveries${lost > 0 ? `, ${lost} MISSING` : ""}`,
  ].join("\n");
};

/** The human-readable block of one scenario, with ratios against the relay's same phase. */
export function scenarioLines(r: ScenarioResult, reference: ScenarioResult | undefined, rate: number): string {
  const lines = [SCENARIO_LABELS[r.name]];
  if (r.failed) lines.push(`  FAILED: ${r.failed}`);
  if (r.load.length === 0) return lines.join("\n");
  const open = mergePhase(r.load.map((l) => l.open));
  const closed = mergePhase(r.load.map((l) => l.closed));
  const refOpen = reference && reference !== r ? mergePhase(reference.load.map((l) => l.open)) : null;
  const refClosed = reference && reference !== r ? mergePhase(reference.load.map((l) => l.closed)) : null;
  const clients = r.load.reduce((s, l) => s + l.clients, 0);
  lines.push(
    `  ${clients} clients connected and authenticated in ${fmt(Math.max(...r.load.map((l) => l.connectSeconds)))} s`,
  );
  lines.push(phaseLine(`open loop at ${rate} msg/s`, open, refOpen));
  lines.push(phaseLine("closed loop (max throughput)", closed, refClosed));
  const acked = r.load.reduce((s, l) => s + l.rampAcked + (l.open?.acked ?? 0) + (l.closed?.acked ?? 0), 0);
  if (r.stored !== null) {
    lines.push(
      `  stored: ${r.stored} new events in the database for ${acked} acked sends (ramp included)${r.stored < acked ? " <-- FEWER STORED THAN ACKED" : ""}; conversations with a seq gap or duplicate: ${r.seqGaps}` +
        (r.batch ? `; events per group-commit transaction: mean ${r.batch.mean}, max ${r.batch.max}` : ""),
    );
  }
  const c = r.cpu;
  lines.push(
    `  CPU over ${fmt(c.seconds, 0)} s: servers ${fmt(c.servers, 1)} s, PostgreSQL ${fmt(c.postgres, 1)} s, Redis ${fmt(c.redis, 1)} s, load generator ${fmt(
      r.load.reduce((s, l) => s + l.clientCpuSeconds, 0),
      1,
    )} s` +
      `; peak RSS of the server process${r.serverPeakRssMib.length > 1 ? "es" : ""}: ${r.serverPeakRssMib.map((m) => `${m} MiB`).join(", ")}`,
  );
  // Work done: stored events on the real server (some acks may still have been on their way), acks on the relay.
  const done = r.stored ?? acked;
  if (done > 0) {
    const us = (seconds: number) => Math.round((seconds * 1e6) / done);
    const client = r.load.reduce((s, l) => s + l.clientCpuSeconds, 0);
    const total = c.servers + c.postgres + c.redis + client;
    lines.push(
      `  CPU per message: servers ${us(c.servers)} us, PostgreSQL ${us(c.postgres)} us, Redis ${us(c.redis)} us, load generator ${us(client)} us; ` +
        `all together ${us(total)} us, i.e. at most ${Math.round((done / total) * CORES)} msg/s on ${CORES} cores with nothing else running`,
    );
  }
  if (r.load.some((l) => l.disconnects > 0))
    lines.push(`  sockets dropped during the run: ${r.load.reduce((s, l) => s + l.disconnects, 0)}`);
  if (open && r.name !== "relay") {
    const met = open.ackedPerSecond >= TARGET_RATE * 0.98 && open.delivery.p99 <= TARGET_P99_MS;
    lines.push(
      met
        ? `  target (>= ${TARGET_RATE} stored msg/s, p99 <= ${TARGET_P99_MS} ms): MET at ${rate} msg/s`
        : `  target (>= ${TARGET_RATE} stored msg/s, p99 <= ${TARGET_P99_MS} ms): MISSED: ${open.ackedPerSecond} msg/s (${fmt((open.ackedPerSecond / TARGET_RATE) * 100, 0)}%), p99 ${lat(open.delivery.p99)}`,
    );
  }
  for (const p of r.profiles) {
    lines.push(`  CPU profile of a server process (${fmt(p.seconds, 0)} s), self time by area:`);
    lines.push(`    ${p.areas.map((a) => `${a.area} ${fmt(a.share * 100, 1)}%`).join(", ")}`);
    lines.push("    top functions by self time:");
    for (const f of p.functions) lines.push(`      ${fmt(f.share * 100, 1)}%  ${f.name}`);
    lines.push("    the server's own functions by total time (callees included):");
    for (const f of p.inclusive) lines.push(`      ${fmt(f.share * 100, 1)}%  ${f.name}`);
  }
  return lines.join("\n");
}

/** A row for the table in docs/benchmarks.md. */
export function markdownRow(r: ScenarioResult, reference: ScenarioResult | undefined): string {
  const open = mergePhase(r.load.map((l) => l.open));
  const closed = mergePhase(r.load.map((l) => l.closed));
  const refOpen = reference ? mergePhase(reference.load.map((l) => l.open)) : null;
  const refClosed = reference ? mergePhase(reference.load.map((l) => l.closed)) : null;
  if (!open && !closed) return `| ${SCENARIO_LABELS[r.name]} | ${r.failed ?? "not run"} | | | | | |`;
  const ratio = (a: number | undefined, b: number | undefined) => (a !== undefined && b ? `${fmt(a / b)}x` : "-");
  const rate = (p: PhaseResult | null, ref: PhaseResult | null) =>
    p ? `${p.ackedPerSecond} (${ratio(p.ackedPerSecond, ref?.ackedPerSecond)})` : "not run";
  const latency = (p: PhaseResult | null) => (p ? `${lat(p.delivery.p50)} / ${lat(p.delivery.p99)}` : "-");
  return `| ${SCENARIO_LABELS[r.name]} | ${rate(open, refOpen)} | ${latency(open)} | ${rate(closed, refClosed)} | ${latency(closed)} | ${r.serverPeakRssMib.join(" + ")} MiB | ${fmt(r.cpu.servers, 0)} s / ${fmt(r.cpu.postgres, 0)} s |`;
}
