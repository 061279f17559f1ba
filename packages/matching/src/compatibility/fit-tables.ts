/**
 * The small judgement tables behind the criteria (see README.md, "Compatibility"). Each returns a
 * score in [0, 1].
 */
export const NEUTRAL = 0.5;

/** Shared UTC hours a week that leave room to pick a meeting time, by meeting frequency rank (0 = unknown). */
export const HOURS_WANTED = [3, 2, 3, 4] as const;

// Communication styles in COMMUNICATION_STYLES order: gentle, direct, reflective, practical, encouraging, light_hearted.
// Styles that sit well together score 0.75, a gentle/direct pairing 0.15, other mixes 0.4.
export const STYLE_FIT = [
  [1, 0.15, 0.75, 0.4, 0.75, 0.4],
  [0.15, 1, 0.4, 0.75, 0.4, 0.4],
  [0.75, 0.4, 1, 0.4, 0.75, 0.4],
  [0.4, 0.75, 0.4, 1, 0.75, 0.4],
  [0.75, 0.4, 0.75, 0.75, 1, 0.75],
  [0.4, 0.4, 0.4, 0.4, 0.75, 1],
] as const;

/** Mentor's recovery stage rank minus the mentee's: a step or two ahead is best, behind is poor. */
export function stageFit(delta: number): number {
  if (delta >= 3) return 0.75;
  if (delta === 2) return 0.9;
  if (delta === 1) return 1;
  if (delta === 0) return 0.6;
  return delta === -1 ? 0.3 : 0.1;
}

/** Mentor's technology comfort rank minus the mentee's: a more confident mentor can help, a less confident one struggles. */
export function techFit(delta: number): number {
  return delta >= 0 ? 1 - 0.1 * delta : Math.max(0, 1 - 0.45 * -delta);
}

/** Equal 1, one step apart 0.5, further 0. */
export function stepFit(a: number, b: number): number {
  const d = Math.abs(a - b);
  return d === 0 ? 1 : d === 1 ? 0.5 : 0;
}
