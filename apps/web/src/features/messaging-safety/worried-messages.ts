import type { DecryptedMessage } from "../messaging/types.js";

/** How many of the latest messages go with an "I'm worried" alert. */
export const WORRIED_MESSAGES = 10;

/**
 * The latest messages the safety team could trust (verified on this device, not deleted), oldest
 * first, at most WORRIED_MESSAGES. Anything else would fail the server's franking check.
 */
export function latestShareable(recent: readonly DecryptedMessage[]): DecryptedMessage[] {
  return recent
    .filter((m) => m.revealed && m.verified && !m.deleted)
    .sort((a, b) => a.seq - b.seq)
    .slice(-WORRIED_MESSAGES);
}
