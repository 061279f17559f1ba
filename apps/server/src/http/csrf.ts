import { CSRF_COOKIE, CSRF_HEADER } from "@mentalverse/shared";
import { AppError } from "../lib/errors.js";
import { newSecretToken, safeEqual } from "../lib/tokens.js";
import type { App } from "./types.js";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Double-submit CSRF guard: every response makes sure the browser holds a random token in a
 * readable cookie; every state-changing request must echo it in a header, which a page on another
 * origin cannot read or set. Guards sign-in and sign-up too (login CSRF).
 */
export function installCsrfProtection(app: App, secure: boolean): void {
  app.addHook("onRequest", async (request, reply) => {
    let token = request.cookies[CSRF_COOKIE];
    if (!token || token.length < 20 || token.length > 100) {
      token = newSecretToken(24);
      reply.setCookie(CSRF_COOKIE, token, { httpOnly: false, sameSite: "strict", secure, path: "/" });
      request.cookies[CSRF_COOKIE] = token;
    }
    if (SAFE_METHODS.has(request.method) || !request.url.startsWith("/api/")) return;
    const sent = request.headers[CSRF_HEADER];
    if (typeof sent !== "string" || !safeEqual(sent, token)) {
      throw new AppError(403, "csrf_failed", `Missing or wrong ${CSRF_HEADER} header; reload the page and try again`);
    }
  });
}
