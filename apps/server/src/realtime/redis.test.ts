import pino from "pino";
import { describe, expect, it } from "vitest";
import { connectRedis } from "./redis.js";

describe("connectRedis", () => {
  it("fails fast and clearly, without the password, when Redis cannot be reached", async () => {
    const attempt = connectRedis("redis://user:secret@127.0.0.1:1", pino({ level: "silent" }));
    await expect(attempt).rejects.toThrow(/^Could not connect to Redis at redis:\/\/\*\*\*@127\.0\.0\.1:1/);
    await expect(attempt).rejects.not.toThrow(/secret/);
  });
});
