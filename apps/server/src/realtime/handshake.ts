import type { IncomingMessage } from "node:http";
import type { Config } from "../config/config.js";
import { SESSION_COOKIE } from "../modules/auth/session-cookie.js";

/**
 * The session token a socket presents: an explicit `token` (non-browser clients), else the session
 * cookie sent with the handshake. Anything else in the payload is ignored; it comes from the client.
 */
export function presentedToken(payload: unknown, cookieHeader: string | undefined): string | undefined {
  if (payload && typeof payload === "object" && "token" in payload) {
    const { token } = payload as { token: unknown };
    if (typeof token === "string" && token.length > 0) return token;
  }
  return cookieHeader ? cookieValue(cookieHeader, SESSION_COOKIE) : undefined;
}

/** One cookie from a Cookie header (@fastify/cookie's parser only works once the plugin has loaded). */
function cookieValue(header: string, name: string): string | undefined {
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq === -1 || part.slice(0, eq).trim() !== name) continue;
    const raw = part
      .slice(eq + 1)
      .trim()
      .replace(/^"(.*)"$/, "$1");
    try {
      return decodeURIComponent(raw) || undefined;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/**
 * Refuses handshakes a browser makes on behalf of another site (cross-site WebSocket hijacking).
 * The browser always sends Origin; it must be this server's public origin or the host the request
 * was addressed to (the Vite dev proxy forwards Host unchanged). Clients without Origin are not
 * browsers and still have to present a session.
 */
export function originAllowed(request: IncomingMessage, config: Config): boolean {
  const origin = request.headers.origin;
  if (!origin) return true;
  let host: string;
  try {
    const url = new URL(origin);
    if (url.origin === new URL(config.publicUrl).origin) return true;
    host = url.host;
  } catch {
    return false;
  }
  const forwarded = config.TRUST_PROXY ? request.headers["x-forwarded-host"] : undefined;
  const requestHost =
    (Array.isArray(forwarded) ? forwarded[0] : forwarded?.split(",")[0]?.trim()) ?? request.headers.host;
  return host === requestHost;
}
