import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { Role } from "@mentalverse/shared";
import type { FastifyBaseLogger, FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";

/**
 * Who may call a route. Every route must declare one; there is no default.
 * - "public": anyone, signed in or not.
 * - "signed-in": any signed-in member.
 * - roles: a signed-in member holding at least one of these roles.
 */
export type Access = "public" | "signed-in" | { roles: readonly Role[] };

/** The signed-in caller, resolved from the session cookie before validation runs. */
export interface Caller {
  userId: string;
  sessionId: string;
  roles: Role[];
}

declare module "fastify" {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    caller: Caller | null;
  }
}

export type App = FastifyInstance<Server, IncomingMessage, ServerResponse, FastifyBaseLogger, ZodTypeProvider>;

/** A module's routes: a plugin that receives the shared context. */
export type RouteModule = (app: App, ctx: import("../context.js").AppContext) => Promise<void> | void;
