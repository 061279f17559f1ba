import type { FastifyRequest } from "fastify";
import { callerOf } from "../../http/access.js";
import { requestMetaOf } from "../../http/request-meta.js";
import type { Actor } from "./actor.js";

/** Any signed-in member may call; membership of the relationship is checked by each action (404 otherwise). */
export const member = { access: "signed-in" } as const;

export const actorOf = (request: FastifyRequest): Actor => {
  const { ip, requestId } = requestMetaOf(request);
  return { userId: callerOf(request).userId, ip, requestId };
};
