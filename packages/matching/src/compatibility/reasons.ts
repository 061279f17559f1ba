import {
  CHALLENGE_GROUPS,
  CHALLENGES,
  COMMUNICATION_STYLES,
  MEETING_FREQUENCIES,
  PERSONAL_VALUES,
  RECOVERY_STAGES,
  RELATIONSHIP_DURATIONS,
  SUPPORT_TYPES,
} from "@mentalverse/shared";
import { hasBit } from "./bits.js";
import { languageName } from "./language-names.js";
import type { Prepared, PreparedMentor } from "./prepare-profile.js";
import type { MenteeInput } from "./types.js";
import { C, CHALLENGE_GROUP_MASK } from "./vocabulary-tables.js";
import { listWords, lowerLabel, plural } from "./words.js";

/**
 * A judgement (similar styles, temperament, time zones) is shown only when its criterion scores at
 * least this; a fact the pair shares (a language, hours, values, challenges, goals, support) is
 * shown whatever its score, ranked by its contribution like the rest.
 */
const SHOWN_FROM = 0.6;
export const MAX_REASONS = 5;

// Labels in running text, lowered once.
const lowered = (options: readonly { label: string }[]) => options.map((o) => lowerLabel(o.label));
const CHALLENGE_TEXT = lowered(CHALLENGES);
const GROUP_TEXT = lowered(CHALLENGE_GROUPS);
const STYLE_TEXT = lowered(COMMUNICATION_STYLES);
const VALUE_TEXT = lowered(PERSONAL_VALUES);
const STAGE_TEXT = lowered(RECOVERY_STAGES);
const SUPPORT_TEXT = lowered(SUPPORT_TYPES);
const FREQUENCY_TEXT = lowered(MEETING_FREQUENCIES);
const DURATION_TEXT = lowered(RELATIONSHIP_DURATIONS);
const challengeLabel = (k: number) => CHALLENGE_TEXT[k]!;
const quote = (goal: string) => `"${goal.length > 60 ? `${goal.slice(0, 57).trimEnd()}...` : goal}"`;

/** Texts by criterion slot (or null), built from the prepared numbers and the raw profiles. */
function candidates(mentee: MenteeInput, e: Prepared, t: PreparedMentor, sharedHours: number): (string | null)[] {
  const out: (string | null)[] = new Array(16).fill(null);
  const byPriority = [...e.challenges].sort((a, b) => Number(b === e.primary) - Number(a === e.primary));
  const lived = byPriority.filter((k) => hasBit(t.livedBits, k));
  const sameGroup = (groups: number) =>
    GROUP_TEXT.filter((_, g) => byPriority.some((k) => (CHALLENGE_GROUP_MASK[k]! & groups & (1 << g)) !== 0));
  if (lived.length > 0)
    out[C.similar_life_challenges] = `mentor lived through ${listWords(lived.slice(0, 2).map(challengeLabel))}`;
  else {
    const g = sameGroup(t.livedGroups)[0];
    if (g) out[C.similar_life_challenges] = `mentor has lived experience in ${g}`;
  }
  if (t.stage > e.stage && e.stage > 0) {
    out[C.comparable_recovery_stages] = `mentor is further along in recovery (${STAGE_TEXT[t.stage - 1]})`;
  } else if (t.stage === e.stage && e.stage > 0)
    out[C.comparable_recovery_stages] = "both are at a similar stage of recovery";
  const specs = byPriority.filter((k) => hasBit(t.specBits, k));
  if (specs.length > 0)
    out[C.relevant_life_experiences] = `mentor specialises in ${listWords(specs.slice(0, 2).map(challengeLabel))}`;
  const shared: string[] = [];
  for (const [id, word] of e.goalWords) if (t.goalWords.has(id)) shared.push(word);
  if (shared.length > 0) out[C.shared_growth_goals] = `both have goals about ${listWords(shared.slice(0, 3))}`;

  const styleOf = (k: number) => STYLE_TEXT[k]!;
  if (e.style >= 0 && e.style === t.style) out[C.communication_style] = `both like a ${styleOf(e.style)} style`;
  else if (e.style >= 0 && t.style >= 0) {
    out[C.communication_style] = `communication styles fit (${styleOf(e.style)}; ${styleOf(t.style)})`;
  }
  out[C.personality_traits] = "similar temperament on the personality questionnaire";
  if (e.tipi && t.tipi) {
    const both = (pred: (x: number) => boolean) => pred(e.tipi![0]!) && pred(t.tipi![0]!);
    out[C.interaction_preferences] = both((x) => x >= 4.5)
      ? "both are outgoing"
      : both((x) => x <= 3.5)
        ? "both are on the quieter side"
        : "similar social energy";
  }
  const values = VALUE_TEXT.filter((_, k) => ((e.values & t.values) >> k) & 1);
  if (values.length > 0) out[C.values_alignment] = `both value ${listWords(values.slice(0, 3))}`;

  if (e.offsetMinutes !== null && t.offsetMinutes !== null) {
    const hours = Math.round(Math.abs(e.offsetMinutes - t.offsetMinutes) / 60);
    out[C.time_zone_alignment] =
      e.offsetMinutes === t.offsetMinutes ? "same time zone" : `time zones ${plural(hours, "hour")} apart`;
  }
  if (sharedHours > 0) out[C.availability_matching] = `${plural(sharedHours, "hour")} of shared availability each week`;
  const spoken = e.languageCodes.filter((_, k) => t.languages.includes(e.languages[k]!));
  if (spoken.length > 0) out[C.language_preferences] = `both speak ${listWords(spoken.slice(0, 2).map(languageName))}`;
  if (e.tech > 0 && t.tech >= e.tech) out[C.technology_comfort] = "comfortable with the same kinds of technology";

  const offered = [...e.supportList].filter((k) => (t.support >> k) & 1).map((k) => SUPPORT_TEXT[k]!);
  if (offered.length > 0) out[C.support_type_preferences] = `mentor offers ${listWords(offered.slice(0, 2))}`;
  if (e.frequency > 0 && e.frequency === t.frequency) {
    out[C.intensity_level_matching] = `both want to meet ${FREQUENCY_TEXT[e.frequency - 1]}`;
  }
  const servedGoal = (mentee.goals ?? []).find((_, k) => {
    const stems = e.goalStemsPerGoal[k];
    return stems?.some((s) => s >= 0 && t.expertise.includes(s));
  });
  if (servedGoal) out[C.goal_compatibility] = `mentor's experience fits the goal ${quote(servedGoal)}`;
  if (e.duration > 0 && e.duration === t.duration) {
    out[C.relationship_duration_expectations] = `both expect ${DURATION_TEXT[e.duration - 1]} together`;
  }
  return out;
}

/** Reasons ranked by contribution to the total (criterion weight x score), best first; ties in seed order. */
export function reasonsFor(
  mentee: MenteeInput,
  e: Prepared,
  t: PreparedMentor,
  scores: Float64Array,
  criterionWeights: Float64Array,
  sharedHours: number,
): string[] {
  const texts = candidates(mentee, e, t, sharedHours);
  const facts = new Set([
    C.similar_life_challenges,
    C.relevant_life_experiences,
    C.shared_growth_goals,
    C.values_alignment,
    C.availability_matching,
    C.language_preferences,
    C.support_type_preferences,
    C.goal_compatibility,
  ]);
  return texts
    .map((text, k) => ({ text, k, value: criterionWeights[k]! * scores[k]! }))
    .filter(
      (r): r is { text: string; k: number; value: number } =>
        r.text !== null && (scores[r.k]! >= SHOWN_FROM || facts.has(r.k)),
    )
    .sort((a, b) => b.value - a.value || a.k - b.k)
    .slice(0, MAX_REASONS)
    .map((r) => r.text);
}
