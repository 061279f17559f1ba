import { z } from "zod";

/** The one shape of every failed API response. */
export const ErrorDetailSchema = z.object({
  field: z.string().optional(),
  reason: z.string(),
});
export const ErrorResponseSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.array(ErrorDetailSchema).optional(),
    requestId: z.string().optional(),
  }),
});
export type ErrorResponse = z.infer<typeof ErrorResponseSchema>;
export type ErrorDetail = z.infer<typeof ErrorDetailSchema>;

export const ERROR_CODES = [
  "bad_request",
  "validation_failed",
  "invalid_json",
  "unauthenticated",
  "invalid_credentials",
  "forbidden",
  "csrf_failed",
  "not_found",
  "conflict",
  "payload_too_large",
  "unsupported_media_type",
  "rate_limited",
  "account_locked",
  "unprocessable",
  "internal",
  "unavailable",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Header and cookie of the double-submit CSRF token. */
export const CSRF_HEADER = "x-csrf-token";
export const CSRF_COOKIE = "mv_csrf";
