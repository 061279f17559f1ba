import { randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";
import type { FastifyServerOptions } from "fastify";
import type { Config } from "../config/config.js";

/** Pino options: JSON logs with secrets and personal fields redacted; pretty in development. */
export function createLoggerOptions(config: Config): FastifyServerOptions["logger"] {
  return {
    level: config.LOG_LEVEL,
    redact: {
      paths: [
        "req.headers.cookie",
        "req.headers.authorization",
        'req.headers["x-csrf-token"]',
        'res.headers["set-cookie"]',
        "*.password",
        "*.currentPassword",
        "*.newPassword",
        "*.token",
      ],
      censor: "[redacted]",
    },
    ...(config.NODE_ENV === "development" && process.stdout.isTTY
      ? { transport: { target: "pino-pretty", options: { translateTime: "HH:MM:ss", ignore: "pid,hostname" } } }
      : {}),
  };
}

const SAFE_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** Keeps a well-formed x-request-id from a proxy so logs join across hops; otherwise makes one. */
export function requestIdFrom(req: IncomingMessage): string {
  const incoming = req.headers["x-request-id"];
  return typeof incoming === "string" && SAFE_ID.test(incoming) ? incoming : randomUUID();
}
