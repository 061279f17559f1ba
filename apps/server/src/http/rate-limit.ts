import rateLimit from "@fastify/rate-limit";
import { Redis } from "ioredis";
import type { Config } from "../config/config.js";
import type { App } from "./types.js";

/**
 * Per-address limits, opted into per route with `config.rateLimit`. With REDIS_URL the counts live
 * in Redis so every server process shares them; without, each process counts alone. If Redis is
 * unreachable requests are let through (skipOnError): the per-account sign-in lockout still holds,
 * and members are not locked out of the platform by an infrastructure fault.
 */
export async function installRateLimiting(app: App, config: Config): Promise<void> {
  if (!config.REDIS_URL) {
    await app.register(rateLimit, { global: false });
    return;
  }
  const redis = new Redis(config.REDIS_URL, { connectTimeout: 500, maxRetriesPerRequest: 1 });
  redis.on("error", (error) => app.log.warn({ err: error }, "rate-limit Redis unavailable; limits are paused"));
  app.addHook("onClose", async () => {
    await redis.quit().catch(() => redis.disconnect());
  });
  await app.register(rateLimit, { global: false, redis, nameSpace: "mv:rate-limit:", skipOnError: true });
}
