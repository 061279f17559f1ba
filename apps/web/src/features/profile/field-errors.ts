import type { z } from "zod";
import { ApiError, fieldName } from "../../lib/api-error.js";

/** Field path ("goals.0", "references.1.contact") -> first reason given for it. */
export type FieldErrors = Record<string, string>;

export function errorsFromIssues(issues: readonly z.core.$ZodIssue[]): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of issues) {
    const path = issue.path.map(String).join(".");
    out[path] ??= issue.message;
  }
  return out;
}

export function errorsFromApi(error: unknown): FieldErrors {
  if (!(error instanceof ApiError)) return {};
  const out: FieldErrors = {};
  for (const detail of error.details) {
    if (detail.field) out[fieldName(detail.field)] ??= detail.reason;
  }
  return out;
}

/** The first reason for a field or anything inside it, e.g. "languages" finds "languages.0.code". */
export function errorUnder(errors: FieldErrors, prefix: string): string | undefined {
  if (errors[prefix]) return errors[prefix];
  const key = Object.keys(errors).find((k) => k.startsWith(`${prefix}.`));
  return key ? errors[key] : undefined;
}

/** The reason for an item of a list: "goals.2" or, failing that, the list's own reason. */
export function errorAt(errors: FieldErrors, prefix: string, index: number): string | undefined {
  return errorUnder(errors, `${prefix}.${index}`);
}
