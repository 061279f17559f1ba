import type { FastifyRequest } from "fastify";
import type { AppContext } from "../context.js";
import { forbidden, unauthenticated } from "../lib/errors.js";
import { resolveSession } from "../modules/auth/resolve-session.js";
import { SESSION_COOKIE } from "../modules/auth/session-cookie.js";
import type { Access, App, Caller } from "./types.js";

/** The routes registered so far with their declared access; the route-walking test reads this. */
export interface RegisteredRoute {
  method: string;
  url: string;
  access: Access;
  /** Whether the route validates a request body (the bad-input test sends it garbage). */
  hasBody: boolean;
}

/**
 * Deny by default: a route without `config.access` refuses to register, and every request is
 * checked against its route's declaration before its input is even validated.
 */
export function installAccessControl(app: App, ctx: AppContext, registry: RegisteredRoute[]): void {
  app.decorateRequest("caller", null);

  app.addHook("onRoute", (route) => {
    if (route.url.startsWith("/api/docs")) {
      route.config = { ...route.config, access: "public" };
    }
    const access = route.config?.access;
    if (!access) {
      throw new Error(`Route ${String(route.method)} ${route.url} declares no access; add config.access`);
    }
    for (const method of [route.method].flat()) {
      if (method !== "HEAD") registry.push({ method, url: route.url, access, hasBody: Boolean(route.schema?.body) });
    }
  });

  app.addHook("onRequest", async (request) => {
    const session = await resolveSession(ctx, request.cookies[SESSION_COOKIE]);
    if (session) {
      request.caller = { userId: session.userId, sessionId: session.sessionId, roles: session.roles };
    }
  });

  app.addHook("preValidation", async (request) => {
    const access = request.routeOptions.config.access;
    // Unknown URLs (404s) have no route config; they carry no data and stay answerable.
    if (access === undefined && !request.routeOptions.url) return;
    authorise(request, access);
  });
}

function authorise(request: FastifyRequest, access: Access | undefined): void {
  if (access === "public") return;
  if (!request.caller) throw unauthenticated();
  if (access === "signed-in") return;
  if (!access?.roles.some((role) => request.caller?.roles.includes(role))) {
    throw forbidden();
  }
}

/** The caller of a route declared for signed-in members; the access hook already refused anonymous calls. */
export function callerOf(request: FastifyRequest): Caller {
  if (!request.caller) throw unauthenticated();
  return request.caller;
}
