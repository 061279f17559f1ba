import type { FastifyBaseLogger } from "fastify";
import type { Config } from "./config/config.js";
import type { DatabaseHandle, Db } from "./db/database.js";
import type { Clock } from "./lib/clock.js";

/** What an audit event records; ids only, never free text a member typed. */
export interface AuditEntry {
  action: string;
  actorId: string | null;
  subjectId?: string | null;
  ip?: string | null;
  requestId?: string | null;
  details?: Record<string, unknown>;
}

export interface AuditLog {
  record(entry: AuditEntry, executor?: Db): Promise<void>;
}

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/** Sends mail by SMTP when configured; otherwise keeps it in the outbox that admins read. */
export interface Mailer {
  send(message: MailMessage, executor?: Db): Promise<void>;
}

export interface NotificationInput {
  kind: string;
  title: string;
  body: string;
  link?: string | null;
}

/** Stores a notification and pushes it to the member's open browsers, on any server process. */
export interface Notifier {
  notify(userId: string, input: NotificationInput): Promise<void>;
}

/** Pushes events to sockets in a member's room; with Redis, across every server process. */
export interface RealtimeHub {
  emitToUser(userId: string, event: string, payload: unknown): void;
  /** One event to several members' rooms (each socket receives it once). */
  emitToUsers(userIds: string[], event: string, payload: unknown): void;
  /** Disconnects every socket of a member (sign-out, deletion). */
  disconnectUser(userId: string): void;
}

export interface JobSendOptions {
  startAfterSeconds?: number;
  singletonKey?: string;
}

export interface JobQueue {
  send(name: string, payload: object, options?: JobSendOptions): Promise<string | null>;
}

/** The dependencies every module receives; no container, no globals. */
export interface AppContext {
  config: Config;
  database: DatabaseHandle;
  db: Db;
  log: FastifyBaseLogger;
  clock: Clock;
  audit: AuditLog;
  mailer: Mailer;
  notifier: Notifier;
  realtime: RealtimeHub;
  jobs: JobQueue;
}
