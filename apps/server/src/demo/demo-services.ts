import pino from "pino";
import { loadConfig } from "../config/config.js";
import type { AppContext } from "../context.js";
import type { DatabaseHandle, Tx } from "../db/database.js";
import { ManualClock } from "../lib/clock.js";
import { createAuditLog } from "../modules/audit/audit-log.js";
import { createNotifier } from "../modules/notifications/notifier.js";

/**
 * The modules' own services, run inside the demo's one transaction with a clock the demo moves to
 * each moment it recreates, so demo members' onboarding, screenings, scores and applications are
 * made, audited and notified exactly as the app does it, only dated in the past.
 */
export interface DemoServices {
  /** Runs `fn` with the services' clock standing at `when`. */
  at<T>(when: Date, fn: (app: AppContext) => Promise<T>): Promise<T>;
  /** After how many days the app asks for a screening again. */
  rescreeningDays: number;
}

/** What a demo action records as its request: nobody's browser, so no address. */
export const DEMO_REQUEST = { ip: null, requestId: "demo-seed", userAgent: null } as const;

/** Nobody is connected while the community is seeded. */
const silentHub = { emitToUser: () => {}, emitToUsers: () => {}, disconnectUser: () => {} };

export function createDemoServices(trx: Tx): DemoServices {
  const clock = new ManualClock();
  const database: DatabaseHandle = {
    kind: "postgres",
    db: trx,
    raw: { query: () => Promise.reject(new Error("The demo seed does not use raw SQL")) },
    gate: null,
    // Already inside the seed's transaction: a service's own transaction joins it.
    transaction: (fn) => fn(trx),
    close: async () => {},
    describe: () => "the demo seed's transaction",
  };
  const refuse = () => Promise.reject(new Error("The demo seed sends no mail"));
  const app: AppContext = {
    config: loadConfig({ NODE_ENV: "development", LOG_LEVEL: "silent" }),
    database,
    db: trx,
    log: pino({ level: "silent" }),
    clock,
    audit: createAuditLog(trx, clock),
    mailer: { send: refuse },
    notifier: createNotifier({ db: trx, clock, realtime: silentHub }),
    realtime: silentHub,
    // A job a service queues (match recommendations) would run before the seed commits, on a
    // half-built community, so the seed queues none; matching starts from the finished community.
    jobs: { send: async () => null },
  };
  return {
    rescreeningDays: app.config.RESCREENING_INTERVAL_DAYS,
    async at(when, fn) {
      clock.set(when);
      return fn(app);
    },
  };
}
