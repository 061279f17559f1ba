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

/** Which criteria are facts the pair shares (shown whatever their score), by slot. */
const FACT = new Uint8Array(16);
for (const k of [
  C.similar_life_challenges,
  C.relevant_life_experiences,
  C.shared_growth_goals,
  C.values_alignment,
  C.availability_matching,
  C.language_preferences,
  C.support_type_preferences,
  C.goal_compatibility,
])
  FACT[k] = 1;

/** The mentee's challenges with the primary first, the rest in the order listed. */
function byPriority(e: Prepared): number[] {
  const out: number[] = [];
  for (let k = 0; k < e.challenges.length; k++) if (e.challenges[k] === e.primary) out.push(e.primary);
  for (let k = 0; k < e.challenges.length; k++) if (e.challenges[k] !== e.primary) out.push(e.challenges[k]!);
  return out;
}

/** Up to `max` labels of the challenges whose bit is set in `words`, in priority order. */
function challengesIn(order: readonly number[], words: Uint32Array, max: number): string[] {
  const out: string[] = [];
  for (let q = 0; q < order.length && out.length < max; q++)
    if (hasBit(words, order[q]!)) out.push(challengeLabel(order[q]!));
  return out;
}

/** The first group (in seed order) that both `groups` and one of the mentee's challenges are in. */
function firstSharedGroup(order: readonly number[], groups: number): string | undefined {
  let shared = 0;
  for (let q = 0; q < order.length; q++) shared |= CHALLENGE_GROUP_MASK[order[q]!]! & groups;
  return shared === 0 ? undefined : GROUP_TEXT[31 - Math.clz32(shared & -shared)];
}

function goalServed(mentee: MenteeInput, e: Prepared, t: PreparedMentor): string | undefined {
  const goals = mentee.goals ?? [];
  for (let g = 0; g < goals.length; g++) {
    const stems = e.goalStemsPerGoal[g];
    if (stems === undefined) continue;
    for (let q = 0; q < stems.length; q++) if (stems[q]! >= 0 && t.expertise.includes(stems[q]!)) return goals[g];
  }
  return undefined;
}

/**
 * Whether criterion slot k has a text, without building it: exactly when reasonText(k) is not
 * null. Reasons rank the slots first and build only the texts they show (at most MAX_REASONS of
 * up to 16), since this runs for every proposal of a batch.
 */
function hasReason(k: number, mentee: MenteeInput, e: Prepared, t: PreparedMentor, sharedHours: number): boolean {
  switch (k) {
    case C.similar_life_challenges:
      return reasonText(k, mentee, e, t, sharedHours) !== null;
    case C.comparable_recovery_stages:
      return e.stage > 0 && t.stage >= e.stage;
    case C.relevant_life_experiences:
      for (let q = 0; q < e.challenges.length; q++) if (hasBit(t.specBits, e.challenges[q]!)) return true;
      return false;
    case C.shared_growth_goals:
      for (let q = 0; q < e.goalWordIds.length; q++) if (t.goalWords.has(e.goalWordIds[q]!)) return true;
      return false;
    case C.communication_style:
      return e.style >= 0 && t.style >= 0;
    case C.personality_traits:
      return true;
    case C.interaction_preferences:
      return e.tipi !== null && t.tipi !== null;
    case C.values_alignment:
      for (let v = 0; v < VALUE_TEXT.length; v++) if (((e.values & t.values) >> v) & 1) return true;
      return false;
    case C.time_zone_alignment:
      return e.offsetMinutes !== null && t.offsetMinutes !== null;
    case C.availability_matching:
      return sharedHours > 0;
    case C.language_preferences:
      for (let q = 0; q < e.languageCodes.length; q++) if (t.languages.includes(e.languages[q]!)) return true;
      return false;
    case C.technology_comfort:
      return e.tech > 0 && t.tech >= e.tech;
    case C.support_type_preferences:
      for (let q = 0; q < e.supportList.length; q++) if ((t.support >> e.supportList[q]!) & 1) return true;
      return false;
    case C.intensity_level_matching:
      return e.frequency > 0 && e.frequency === t.frequency;
    case C.goal_compatibility:
      return !!goalServed(mentee, e, t);
    case C.relationship_duration_expectations:
      return e.duration > 0 && e.duration === t.duration;
    default:
      return false;
  }
}

/** The text of criterion slot k (or null), from the prepared numbers and the raw profiles. */
function reasonText(
  k: number,
  mentee: MenteeInput,
  e: Prepared,
  t: PreparedMentor,
  sharedHours: number,
): string | null {
  switch (k) {
    case C.similar_life_challenges: {
      const order = byPriority(e);
      const lived = challengesIn(order, t.livedBits, 2);
      if (lived.length > 0) return `mentor lived through ${listWords(lived)}`;
      const g = firstSharedGroup(order, t.livedGroups);
      return g ? `mentor has lived experience in ${g}` : null;
    }
    case C.comparable_recovery_stages:
      if (t.stage > e.stage && e.stage > 0) return `mentor is further along in recovery (${STAGE_TEXT[t.stage - 1]})`;
      return t.stage === e.stage && e.stage > 0 ? "both are at a similar stage of recovery" : null;
    case C.relevant_life_experiences: {
      const specs = challengesIn(byPriority(e), t.specBits, 2);
      return specs.length > 0 ? `mentor specialises in ${listWords(specs)}` : null;
    }
    case C.shared_growth_goals: {
      const shared: string[] = [];
      for (let q = 0; q < e.goalWordIds.length && shared.length < 3; q++) {
        if (t.goalWords.has(e.goalWordIds[q]!)) shared.push(e.goalWordTexts[q]!);
      }
      return shared.length > 0 ? `both have goals about ${listWords(shared)}` : null;
    }
    case C.communication_style:
      if (e.style >= 0 && e.style === t.style) return `both like a ${STYLE_TEXT[e.style]!} style`;
      return e.style >= 0 && t.style >= 0
        ? `communication styles fit (${STYLE_TEXT[e.style]!}; ${STYLE_TEXT[t.style]!})`
        : null;
    case C.personality_traits:
      return "similar temperament on the personality questionnaire";
    case C.interaction_preferences: {
      if (!e.tipi || !t.tipi) return null;
      const a = e.tipi[0]!;
      const b = t.tipi[0]!;
      return a >= 4.5 && b >= 4.5
        ? "both are outgoing"
        : a <= 3.5 && b <= 3.5
          ? "both are on the quieter side"
          : "similar social energy";
    }
    case C.values_alignment: {
      const values: string[] = [];
      for (let v = 0; v < VALUE_TEXT.length && values.length < 3; v++)
        if (((e.values & t.values) >> v) & 1) values.push(VALUE_TEXT[v]!);
      return values.length > 0 ? `both value ${listWords(values)}` : null;
    }
    case C.time_zone_alignment: {
      if (e.offsetMinutes === null || t.offsetMinutes === null) return null;
      const hours = Math.round(Math.abs(e.offsetMinutes - t.offsetMinutes) / 60);
      return e.offsetMinutes === t.offsetMinutes ? "same time zone" : `time zones ${plural(hours, "hour")} apart`;
    }
    case C.availability_matching:
      return sharedHours > 0 ? `${plural(sharedHours, "hour")} of shared availability each week` : null;
    case C.language_preferences: {
      const spoken: string[] = [];
      for (let q = 0; q < e.languageCodes.length && spoken.length < 2; q++) {
        if (t.languages.includes(e.languages[q]!)) spoken.push(languageName(e.languageCodes[q]!));
      }
      return spoken.length > 0 ? `both speak ${listWords(spoken)}` : null;
    }
    case C.technology_comfort:
      return e.tech > 0 && t.tech >= e.tech ? "comfortable with the same kinds of technology" : null;
    case C.support_type_preferences: {
      const offered: string[] = [];
      for (let q = 0; q < e.supportList.length && offered.length < 2; q++) {
        if ((t.support >> e.supportList[q]!) & 1) offered.push(SUPPORT_TEXT[e.supportList[q]!]!);
      }
      return offered.length > 0 ? `mentor offers ${listWords(offered)}` : null;
    }
    case C.intensity_level_matching:
      return e.frequency > 0 && e.frequency === t.frequency
        ? `both want to meet ${FREQUENCY_TEXT[e.frequency - 1]}`
        : null;
    case C.goal_compatibility: {
      const servedGoal = goalServed(mentee, e, t);
      return servedGoal ? `mentor's experience fits the goal ${quote(servedGoal)}` : null;
    }
    case C.relationship_duration_expectations:
      return e.duration > 0 && e.duration === t.duration
        ? `both expect ${DURATION_TEXT[e.duration - 1]} together`
        : null;
    default:
      return null;
  }
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
  // Insertion sort of the shown slots by (value desc, slot asc): at most 16, no closures.
  const slots: number[] = [];
  const values: number[] = [];
  for (let k = 0; k < scores.length; k++) {
    if (!(scores[k]! >= SHOWN_FROM || FACT[k] === 1) || !hasReason(k, mentee, e, t, sharedHours)) continue;
    const value = criterionWeights[k]! * scores[k]!;
    let at = slots.length;
    while (at > 0 && values[at - 1]! < value) {
      slots[at] = slots[at - 1]!;
      values[at] = values[at - 1]!;
      at--;
    }
    slots[at] = k;
    values[at] = value;
  }
  const out: string[] = [];
  for (let r = 0; r < slots.length && r < MAX_REASONS; r++) out.push(reasonText(slots[r]!, mentee, e, t, sharedHours)!);
  return out;
}
