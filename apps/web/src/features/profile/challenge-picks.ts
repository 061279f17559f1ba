import type { ChallengeId } from "@mentalverse/shared";

export type ChallengePick = { id: ChallengeId; primary: boolean };
export const MAX_CHALLENGES = 10;

/** Adds or removes a challenge, keeping exactly one primary while any are picked. */
export function toggleChallenge(picks: readonly ChallengePick[], id: ChallengeId): ChallengePick[] {
  if (picks.some((p) => p.id === id)) {
    const rest = picks.filter((p) => p.id !== id);
    if (rest.length > 0 && !rest.some((p) => p.primary)) return rest.map((p, i) => ({ ...p, primary: i === 0 }));
    return rest;
  }
  if (picks.length >= MAX_CHALLENGES) return [...picks];
  return [...picks, { id, primary: picks.length === 0 }];
}

export function markPrimary(picks: readonly ChallengePick[], id: ChallengeId): ChallengePick[] {
  return picks.map((p) => ({ ...p, primary: p.id === id }));
}
