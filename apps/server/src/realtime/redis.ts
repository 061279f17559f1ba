import type { FastifyBaseLogger } from "fastify";
import { Redis } from "ioredis";

export interface RedisPair {
  pub: Redis;
  sub: Redis;
  close(): Promise<void>;
}

const CONNECT_TIMEOUT_MS = 10_000;

/**
 * The publish and subscribe connections the Socket.IO Redis adapter needs. Startup fails if Redis
 * cannot be reached: a server that silently stopped delivering to members on other processes
 * would be worse than one that refuses to start. Later outages are logged and reconnected.
 */
export async function connectRedis(url: string, log: FastifyBaseLogger): Promise<RedisPair> {
  const pub = new Redis(url, { lazyConnect: true, connectionName: "mentalverse-realtime-pub" });
  const sub = pub.duplicate({ connectionName: "mentalverse-realtime-sub" });
  const close = async () => {
    await Promise.allSettled([pub.quit(), sub.quit()]);
    pub.disconnect();
    sub.disconnect();
  };
  for (const client of [pub, sub]) {
    client.on("error", (error: Error) => log.error({ err: error }, "redis connection error"));
  }
  try {
    await withTimeout(Promise.all([pub.connect(), sub.connect()]), CONNECT_TIMEOUT_MS);
  } catch (error) {
    await close();
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Could not connect to Redis at ${url.replace(/\/\/[^@]*@/, "//***@")}: ${reason}`);
  }
  return { pub, sub, close };
}

async function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms / 1000} s`)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
