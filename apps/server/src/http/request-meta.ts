import type { FastifyRequest } from "fastify";

/** Where a request came from: what sessions and audit events record about it. */
export interface RequestMeta {
  ip: string | null;
  requestId: string;
  userAgent: string | null;
}

export function requestMetaOf(request: FastifyRequest): RequestMeta {
  const agent = request.headers["user-agent"];
  return {
    ip: request.ip || null,
    requestId: request.id,
    userAgent: typeof agent === "string" && agent.length > 0 ? agent.slice(0, 300) : null,
  };
}
