/**
 * What blocking the other of a live relationship does, as the blocker reads it before confirming.
 * It follows the server (relationships/close-for-block.ts): the relationship closes at once, the
 * conversation turns read-only, the blocked member hears only that it ended, the mentor's
 * supervisor (or the supervisors) is told, and a mentee is offered a new mentor.
 */
export function blockConsequences(yourRole: "mentee" | "mentor", peer: string): string[] {
  return [
    `${peer} will not be matched with you again.`,
    `Your relationship ends now and ${peer} can no longer message you. You can still read what was said.`,
    `${peer} will be told only that the relationship has ended, not that you blocked them.`,
    yourRole === "mentor"
      ? "Your supervisor is told, so they can check in."
      : "A supervisor from the mentoring team is told, so they can check in. You can then ask for a new mentor.",
  ];
}

/** For the page once the block is in place (only the blocker ever sees it). */
export const blockedSummary = (peer: string) =>
  `${peer} will not be matched with you again and cannot message you. Unblocking lets matching suggest you to each other again; it does not reopen this relationship.`;
