import { Alert, Text } from "@mantine/core";
import { ApiError, describeError } from "../lib/api-error.js";

const TITLES: Record<string, string> = {
  network: "Can't reach MentalVerse",
  rate_limited: "Too many attempts",
  account_locked: "Sign-in paused for this account",
  forbidden: "Not allowed",
  not_found: "Not found",
  csrf_failed: "Please reload the page",
  validation_failed: "Check the form",
  internal: "Something went wrong on our side",
};

/** An error for people: what happened, and a reference staff can look up if it was our fault. */
export function ErrorAlert({ error, title }: { error: unknown; title?: string }) {
  if (!error) return null;
  const code = error instanceof ApiError ? error.code : "internal";
  const requestId = error instanceof ApiError ? error.requestId : undefined;
  return (
    <Alert color="red" role="alert" title={title ?? TITLES[code] ?? "That didn't work"}>
      <Text size="sm">{describeError(error)}</Text>
      {requestId && code === "internal" ? (
        <Text size="xs" c="dimmed" mt={4}>
          Reference: {requestId}
        </Text>
      ) : null}
    </Alert>
  );
}
