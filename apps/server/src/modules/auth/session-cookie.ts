import type { Me } from "@mentalverse/shared";
import type { FastifyReply } from "fastify";
import type { Config } from "../../config/config.js";

export const SESSION_COOKIE = "mv_session";

/** httpOnly so scripts never see it; SameSite=Lax plus the CSRF header guard cross-site writes. */
export function setSessionCookie(reply: FastifyReply, config: Config, token: string, expiresAt: Date): void {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: config.publicUrl.startsWith("https://"),
    path: "/",
    expires: expiresAt,
  });
}

export function clearSessionCookie(reply: FastifyReply, config: Config): void {
  reply.clearCookie(SESSION_COOKIE, {
    httpOnly: true,
    sameSite: "lax",
    secure: config.publicUrl.startsWith("https://"),
    path: "/",
  });
}

/** Answers a request that just signed someone in: the cookie, and the member as the session endpoint shows them. */
export function replySignedIn(
  reply: FastifyReply,
  config: Config,
  result: { me: Me; session: { token: string; expiresAt: Date } },
  status: 200 | 201,
) {
  setSessionCookie(reply, config, result.session.token, result.session.expiresAt);
  return reply.status(status).send({ user: result.me });
}
