import { type ChangeEvent, useCallback, useEffect, useRef, useState } from "react";
import type { z } from "zod";
import { ApiError } from "../../lib/api-error.js";

type Values = Record<string, unknown>;
type FieldErrors<V> = Partial<Record<keyof V & string, string>>;

/**
 * Form state checked by a shared zod contract before sending, with the server's field errors
 * mapped back onto the same fields. Errors go into each input's `error` prop, which Mantine links
 * with aria-describedby; after a failed submit focus moves to the first invalid field.
 */
export function useZodForm<V extends Values>(initial: V) {
  const [values, setValues] = useState<V>(initial);
  const [errors, setErrors] = useState<FieldErrors<V>>({});
  const [formError, setFormError] = useState<ApiError | null>(null);
  const [attempt, setAttempt] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const initialRef = useRef(initial);

  useEffect(() => {
    if (attempt === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempt]);

  const setValue = useCallback(<K extends keyof V & string>(key: K, value: V[K]) => {
    setValues((current) => ({ ...current, [key]: value }));
    setErrors((current) => (current[key] ? { ...current, [key]: undefined } : current));
  }, []);

  const text = (key: keyof V & string) => ({
    name: key,
    value: String(values[key] ?? ""),
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      setValue(key, event.currentTarget.value as V[typeof key]),
    error: errors[key],
  });

  /** Checks input against a contract; on failure shows the reasons and returns null. */
  const parse = <S extends z.ZodType>(schema: S, input: unknown = values): z.output<S> | null => {
    const result = schema.safeParse(input);
    if (result.success) {
      setFormError(null);
      return result.data;
    }
    const next: FieldErrors<V> = {};
    let general: string | undefined;
    for (const issue of result.error.issues) {
      const key = issue.path[0];
      if (typeof key === "string" && key in values) next[key as keyof V & string] ??= issue.message;
      else general ??= issue.message;
    }
    setErrors(next);
    setFormError(general ? new ApiError(0, "validation_failed", general) : null);
    setAttempt((n) => n + 1);
    return null;
  };

  /** Shows a failed request: field reasons beside their fields, anything else above the form. */
  const fail = (error: unknown) => {
    const apiError = error instanceof ApiError ? error : new ApiError(0, "internal", String(error));
    const next: FieldErrors<V> = {};
    let unmapped = false;
    for (const [field, reason] of Object.entries(apiError.fieldErrors())) {
      if (field in values) next[field as keyof V & string] = reason;
      else unmapped = true;
    }
    setErrors(next);
    const mapped = Object.keys(next).length > 0;
    setFormError(!mapped || unmapped ? apiError : null);
    setAttempt((n) => n + 1);
  };

  const reset = useCallback((next?: V) => {
    setValues(next ?? initialRef.current);
    setErrors({});
    setFormError(null);
  }, []);

  return { values, errors, formError, formRef, setValue, text, parse, fail, reset, setFormError };
}
