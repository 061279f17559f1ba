import path from "node:path";
import { SOCKET_AUTH_TIMEOUT_MS } from "@mentalverse/shared";
import { z } from "zod";

const booleanFlag = z.enum(["true", "false", "1", "0"]).transform((v) => v === "true" || v === "1");

const ConfigSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default("127.0.0.1"),
  PUBLIC_URL: z.url().optional(),
  DATA_DIR: z.string().min(1).default("./data"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// URL")
    .optional(),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, "must be a redis:// or rediss:// URL")
    .optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "must be an smtp:// or smtps:// URL")
    .optional(),
  MAIL_FROM: z.string().min(3).default("MentalVerse <no-reply@mentalverse.local>"),
  SESSION_TTL_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 90)
    .default(24 * 14),
  ACCOUNT_DELETION_GRACE_DAYS: z.coerce.number().int().min(0).max(365).default(14),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  LOGIN_LOCKOUT_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(15),
  BODY_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(50 * 1024 * 1024)
    .default(1024 * 1024),
  TRUST_PROXY: booleanFlag.default(false),
  JOBS: booleanFlag.default(true),
  /** How long a new real-time socket may take to authenticate before it is dropped. */
  SOCKET_AUTH_TIMEOUT_MS: z.coerce.number().int().min(50).max(60_000).default(SOCKET_AUTH_TIMEOUT_MS),
  /** A JSON file of crisis lines by country; unset uses the built-in list (modules/screening/crisis-resources.ts). */
  CRISIS_RESOURCES_FILE: z.string().min(1).optional(),
  /** Days after a completed safety screening before a member is asked to answer it again. */
  RESCREENING_INTERVAL_DAYS: z.coerce.number().int().min(1).max(730).default(90),
  /** Hours a mentee and a mentor have to accept an approved match before it passes to the next option. */
  MATCH_OFFER_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(72),
  /** Days a pair may go without meeting or writing before both are reminded (again each such period). */
  RELATIONSHIP_INACTIVITY_DAYS: z.coerce.number().int().min(1).max(365).default(14),
  /** Largest encrypted attachment a member may upload, in bytes (ciphertext). */
  MESSAGING_ATTACHMENT_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(1024 * 1024 * 1024)
    .default(10 * 1024 * 1024),
  /** Where encrypted attachments are kept; unset: DATA_DIR/attachments. */
  MESSAGING_ATTACHMENTS_DIR: z.string().min(1).optional(),
  /** Events (messages, edits, reactions, deletes) a member may send per second, on average, per server process. */
  MESSAGING_SEND_PER_SECOND: z.coerce.number().min(0.1).max(10_000).default(20),
  /** How many a member may send at once before that average applies (a full bucket). */
  MESSAGING_SEND_BURST: z.coerce.number().int().min(1).max(100_000).default(60),
  /** Sends waiting to be stored in one process beyond which new ones are refused with 503 (the client retries). */
  MESSAGING_WRITE_QUEUE_MAX: z.coerce.number().int().min(1).max(1_000_000).default(10_000),
  /** Comma-separated STUN URLs handed to browsers for calls; empty for none (loopback and LAN calls still work). */
  STUN_URLS: z.string().default(""),
  /** Comma-separated TURN URLs (coturn); used only with TURN_SECRET. */
  TURN_URLS: z.string().default(""),
  /** coturn's static-auth-secret (use-auth-secret): the API signs time-limited TURN credentials with it. */
  TURN_SECRET: z.string().min(16).optional(),
  /** Seconds a TURN credential stays valid. */
  TURN_CREDENTIAL_TTL_SECONDS: z.coerce.number().int().min(60).max(86_400).default(3600),
});

export type Config = z.infer<typeof ConfigSchema> & { dataDir: string; publicUrl: string };

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  }
}

/** Reads and validates configuration; empty strings count as unset so `FOO=` keeps the default. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = ConfigSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => {
        const key = i.path.join(".");
        return `${key}: ${i.message} (got ${JSON.stringify(cleaned[key] ?? null)})`;
      }),
    );
  }
  const c = { ...parsed.data, ...overrides };
  const publicUrl = (c.PUBLIC_URL ?? `http://${c.HOST === "0.0.0.0" ? "localhost" : c.HOST}:${c.PORT}`).replace(
    /\/$/,
    "",
  );
  return { ...c, dataDir: path.resolve(c.DATA_DIR), publicUrl };
}
