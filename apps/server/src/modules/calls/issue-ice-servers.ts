import { createHmac } from "node:crypto";
import type { IceServersResponse } from "@mentalverse/shared";
import type { Config } from "../../config/config.js";

const list = (value: string) =>
  value
    .split(",")
    .map((url) => url.trim())
    .filter(Boolean);

/**
 * coturn's use-auth-secret scheme (the "TURN REST API"): the username carries its own expiry and the
 * password is an HMAC of it under the secret coturn shares, so coturn checks it with no database.
 */
export function turnCredential(secret: string, userId: string, expiresAt: Date) {
  const username = `${Math.floor(expiresAt.getTime() / 1000)}:${userId}`;
  const credential = createHmac("sha1", secret).update(username).digest("base64");
  return { username, credential };
}

/** STUN servers as configured, and TURN servers with a fresh credential for this member when TURN is set up. */
export function issueIceServers(
  config: Pick<Config, "STUN_URLS" | "TURN_URLS" | "TURN_SECRET" | "TURN_CREDENTIAL_TTL_SECONDS">,
  userId: string,
  now: Date,
): IceServersResponse {
  const ttlSeconds = config.TURN_CREDENTIAL_TTL_SECONDS;
  const iceServers: IceServersResponse["iceServers"] = [];
  const stun = list(config.STUN_URLS);
  if (stun.length > 0) iceServers.push({ urls: stun });
  const turn = list(config.TURN_URLS);
  if (config.TURN_SECRET && turn.length > 0) {
    const expiresAt = new Date(now.getTime() + ttlSeconds * 1000);
    iceServers.push({ urls: turn, ...turnCredential(config.TURN_SECRET, userId, expiresAt) });
  }
  return { iceServers, ttlSeconds };
}
