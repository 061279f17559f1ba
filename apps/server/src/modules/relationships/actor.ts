import type { FastifyRequest } from "fastify";
import { callerOf } from "../../http/access.js";
import { requestMetaOf } from "../../http/request-meta.js";

/** Who asked, with their roles and where from: what transitions check and audit events record. */
export interface RequestActor {
  userId: string;
  roles: readonly string[];
  ip: string | null;
  requestId: string | null;
}

export function actorOf(request: FastifyRequest): RequestActor {
  const caller = callerOf(request);
  const meta = requestMetaOf(request);
  return { userId: caller.userId, roles: caller.roles, ip: meta.ip, requestId: meta.requestId };
}
