import type { ErrorCode, ErrorDetail, ErrorResponse } from "@mentalverse/shared";
import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { AppError } from "../lib/errors.js";
import type { App } from "./types.js";

function send(
  reply: FastifyReply,
  request: FastifyRequest,
  status: number,
  code: ErrorCode,
  message: string,
  details?: ErrorDetail[],
) {
  const body: ErrorResponse = { error: { code, message, requestId: request.id, ...(details ? { details } : {}) } };
  return reply.status(status).type("application/json").send(body);
}

const FASTIFY_CODES: Record<string, { code: ErrorCode; message: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { code: "invalid_json", message: "The request body is not valid JSON" },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: "invalid_json", message: "The request body is empty but JSON was declared" },
  FST_ERR_CTP_BODY_TOO_LARGE: { code: "payload_too_large", message: "The request body is too large" },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { code: "unsupported_media_type", message: "Send the body as application/json" },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    code: "bad_request",
    message: "The Content-Length header does not match the body",
  },
};

/** One error shape for every failure; a 500 says only that something broke and which request it was. */
export function installErrorHandling(app: App): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      return send(reply, request, error.status, error.code, error.message, error.details);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const where = error.validationContext ?? "body";
      const details = error.validation.map((v) => {
        const path = v.instancePath.replace(/^\//, "").replaceAll("/", ".");
        const keys = (v.params as { keys?: string[] }).keys;
        if (v.keyword === "unrecognized_keys" && keys) {
          return { field: [where, path, keys.join(", ")].filter(Boolean).join("."), reason: "Unknown field" };
        }
        return { field: [where, path].filter(Boolean).join("."), reason: v.message ?? "Invalid value" };
      });
      return send(reply, request, 400, "validation_failed", "Some fields are missing or invalid", details);
    }
    const known = error.code ? FASTIFY_CODES[error.code] : undefined;
    if (known) {
      return send(reply, request, error.statusCode ?? 400, known.code, known.message);
    }
    if (error.statusCode === 429) {
      return send(reply, request, 429, "rate_limited", "Too many attempts; wait a moment and try again");
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return send(reply, request, error.statusCode, "bad_request", error.message);
    }
    request.log.error({ err: error }, "unhandled error");
    return send(reply, request, 500, "internal", "Something went wrong on our side; it has been logged");
  });

  app.setNotFoundHandler((request, reply) =>
    send(reply, request, 404, "not_found", `No route ${request.method} ${request.url.split("?")[0]}`),
  );
}
