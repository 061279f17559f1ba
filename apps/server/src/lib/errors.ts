import type { ErrorCode, ErrorDetail } from "@mentalverse/shared";

/** An expected failure with its HTTP status; anything else becomes a 500 with no internals shown. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly details?: ErrorDetail[],
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const badRequest = (message: string, details?: ErrorDetail[]) =>
  new AppError(400, "bad_request", message, details);
export const invalidField = (field: string, reason: string) =>
  new AppError(422, "unprocessable", reason, [{ field, reason }]);
export const unauthenticated = (message = "Sign in to continue") => new AppError(401, "unauthenticated", message);
export const forbidden = (message = "You do not have access to this") => new AppError(403, "forbidden", message);
export const notFound = (what = "Resource") => new AppError(404, "not_found", `${what} not found`);
export const conflict = (message: string, details?: ErrorDetail[]) => new AppError(409, "conflict", message, details);
export const tooManyRequests = (message: string) => new AppError(429, "rate_limited", message);
