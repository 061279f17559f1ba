import { ApiError } from "../../lib/api-error.js";

/**
 * The position in `messages` a failed franking check names ("messages.2", "messages[2]" or
 * "messages.2.plaintext"), so the dialog can say which message could not be verified.
 */
export function failedMessageIndex(error: unknown): number | null {
  if (!(error instanceof ApiError)) return null;
  for (const field of Object.keys(error.fieldErrors())) {
    const match = /^messages(?:\.|\[)(\d+)/.exec(field);
    if (match) return Number(match[1]);
  }
  return null;
}
