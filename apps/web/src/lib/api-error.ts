import { type ErrorDetail, ErrorResponseSchema } from "@mentalverse/shared";

/** A failed API call, in the server's one error shape, or a network failure (status 0). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: ErrorDetail[];
  readonly requestId: string | undefined;

  constructor(status: number, code: string, message: string, details: ErrorDetail[] = [], requestId?: string) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
    this.details = details;
    this.requestId = requestId;
  }

  /** Field name (without the "body."/"query." prefix the validator adds) -> first reason. */
  fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const detail of this.details) {
      if (!detail.field) continue;
      const field = fieldName(detail.field);
      out[field] ??= detail.reason;
    }
    return out;
  }
}

/** "body.email" -> "email"; "body.profile.name" -> "profile.name". */
export function fieldName(field: string): string {
  return field.replace(/^(body|query|params|querystring)\./, "");
}

/** Builds an ApiError from any response body; a body not in the error shape keeps the status. */
export function apiErrorFrom(status: number, body: unknown): ApiError {
  const parsed = ErrorResponseSchema.safeParse(body);
  if (parsed.success) {
    const { code, message, details, requestId } = parsed.data.error;
    return new ApiError(status, code, message, details ?? [], requestId);
  }
  return new ApiError(status, status >= 500 ? "internal" : "bad_request", `The server answered ${status} unexpectedly`);
}

export const networkError = () =>
  new ApiError(0, "network", "Could not reach MentalVerse. Check your connection and try again.");

export function isApiError(error: unknown, code?: string): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}

/** A sentence for people, for any thrown value. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error) return error.message;
  return "Something went wrong.";
}
