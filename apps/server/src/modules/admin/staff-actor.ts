import type { FastifyRequest } from "fastify";
import { callerOf } from "../../http/access.js";
import { type RequestMeta, requestMetaOf } from "../../http/request-meta.js";

/** Who did a staff action, and from where: what every staff audit event records. */
export interface StaffActor extends RequestMeta {
  userId: string;
}

export function staffActorOf(request: FastifyRequest): StaffActor {
  return { userId: callerOf(request).userId, ...requestMetaOf(request) };
}
