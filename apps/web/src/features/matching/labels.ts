import {
  type ChallengeId,
  COMMUNICATION_STYLES,
  findChallenge,
  findNode,
  MEETING_FREQUENCIES,
  PERSONAL_VALUES,
  RECOVERY_STAGES,
  RELATIONSHIP_DURATIONS,
  RELATIONSHIP_PHASES,
  SUPPORT_TYPES,
  TECHNOLOGY_COMFORT_LEVELS,
} from "@mentalverse/shared";

/** Looks an id up in a small option list; an unknown id (a newer server) shows as itself rather than vanishing. */
function labelIn(options: readonly { id: string; label: string }[], id: string): string {
  return options.find((o) => o.id === id)?.label ?? id;
}

export const recoveryStageLabel = (id: string) => labelIn(RECOVERY_STAGES, id);
export const communicationStyleLabel = (id: string) => labelIn(COMMUNICATION_STYLES, id);
export const intensityLabel = (id: string) => labelIn(MEETING_FREQUENCIES, id);
export const durationLabel = (id: string) => labelIn(RELATIONSHIP_DURATIONS, id);
export const technologyLabel = (id: string) => labelIn(TECHNOLOGY_COMFORT_LEVELS, id);
export const supportTypeLabel = (id: string) => labelIn(SUPPORT_TYPES, id);
export const valueLabel = (id: string) => labelIn(PERSONAL_VALUES, id);
export const phaseLabel = (id: string) => labelIn(RELATIONSHIP_PHASES, id);

export const challengeLabel = (id: ChallengeId) => findChallenge(id)?.label ?? id;

/** Criterion and dimension ids of the seed's "Multi-Dimensional Matching" tree. */
export function criterionLabel(id: string): string {
  const found = findNode(id);
  return found ? found.node.label : id;
}

export const percent = (score: number) => `${Math.round(score * 100)}%`;
