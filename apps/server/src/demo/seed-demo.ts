import { base, en, Faker } from "@faker-js/faker";
import type { DatabaseHandle } from "../db/database.js";
import type { Clock } from "../lib/clock.js";
import { hashPassword } from "../lib/passwords.js";
import { insertAuditEvent } from "../modules/audit/audit-repository.js";
import { DEMO_PASSWORD } from "./demo-logins.js";
import { countUsers } from "./demo-repository.js";
import { createDemoServices } from "./demo-services.js";
import type { DemoCommunity, DemoStep } from "./demo-step.js";
import { demoSteps } from "./steps/index.js";

/** The demo's fixed seed: the same community, names and dates relative to today, on every run. */
export const DEMO_SEED = 2026;

export interface DemoTarget {
  database: DatabaseHandle;
  clock: Clock;
}

export interface DemoProgress {
  step: string;
  done: number;
  total: number;
}

export interface SeedDemoOptions {
  /** 1 is the full community (about 200 mentees, 60 mentors); tests use a small fraction. */
  scale?: number;
  seed?: number;
  steps?: DemoStep[];
  onProgress?: (progress: DemoProgress) => void;
}

/** A stable number from the seed and a step's name (FNV-1a), so each step has its own sequence. */
function stepSeed(seed: number, name: string): number {
  let hash = 0x811c9dc5 ^ seed;
  for (const char of name) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export function totalDemoUnits(steps: DemoStep[], scale: number): number {
  return steps.reduce((sum, step) => sum + step.count(scale), 0);
}

/** Generates the demo community in one transaction: all of it or, if anything fails, none. */
export async function seedDemoCommunity(target: DemoTarget, options: SeedDemoOptions = {}): Promise<DemoCommunity> {
  const scale = options.scale ?? 1;
  const seed = options.seed ?? DEMO_SEED;
  const steps = options.steps ?? demoSteps;
  if (!(scale > 0 && scale <= 10)) throw new RangeError(`Demo scale must be in (0, 10], got ${scale}`);
  const total = totalDemoUnits(steps, scale);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const now = target.clock.now();
  return target.database.transaction(async (trx) => {
    const community: DemoCommunity = { staff: [], mentors: [], mentees: [], takenNames: new Set(), facts: new Map() };
    const ctx = { db: trx, now, scale, passwordHash, community, services: createDemoServices(trx) };
    let done = 0;
    for (const step of steps) {
      const rng = new Faker({ locale: [en, base] });
      rng.seed(stepSeed(seed, step.name));
      await step.run(ctx, rng, (units = 1) => {
        done += units;
        options.onProgress?.({ step: step.name, done, total });
      });
    }
    await insertAuditEvent(
      trx,
      {
        action: "demo.seeded",
        actorId: null,
        details: {
          seed,
          scale,
          staff: community.staff.length,
          mentors: community.mentors.length,
          mentees: community.mentees.length,
        },
      },
      now,
    );
    return community;
  });
}

export class DemoRefusedError extends Error {}

export type DemoOutcome = { seeded: true; community: DemoCommunity } | { seeded: false; demoMembers: number };

/**
 * Seeds an empty database; leaves an already seeded demo alone; refuses a database that holds
 * real accounts, so the demo can never mix invented people into a real community.
 */
export async function ensureDemoCommunity(target: DemoTarget, options: SeedDemoOptions = {}): Promise<DemoOutcome> {
  const counts = await countUsers(target.database.db);
  if (counts.real > 0) {
    throw new DemoRefusedError(
      `This database holds ${counts.real} real account${counts.real === 1 ? "" : "s"}; the demo only runs on an empty database or its own. ` +
        "Unset DATA_DIR and DATABASE_URL to use ./data-demo, or point them at an empty database.",
    );
  }
  if (counts.demo > 0) return { seeded: false, demoMembers: counts.demo };
  return { seeded: true, community: await seedDemoCommunity(target, options) };
}
