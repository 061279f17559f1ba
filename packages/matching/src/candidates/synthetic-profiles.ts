import {
  CHALLENGES,
  COMMUNICATION_STYLES,
  MEETING_FREQUENCIES,
  mentorTypeOfSpecialisation,
  PERSONAL_VALUES,
  RECOVERY_STAGES,
  RELATIONSHIP_DURATIONS,
  SPECIALISATION_IDS,
  SUPPORT_TYPES,
  TECHNOLOGY_COMFORT_LEVELS,
} from "@mentalverse/shared";
import type { MenteeInput, MentorInput, PersonProfile } from "../compatibility/types.js";

/**
 * Synthetic people for tests and timing runs only (never shown to users): a seeded generator with a
 * skew towards a few languages and zones, like a real community. Same seed, same people.
 */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LANGUAGES = ["en", "es", "fr", "de", "pt", "fil", "hi", "ar", "zh", "sw", "pl", "it"];
const ZONES = [
  "Europe/London",
  "America/New_York",
  "America/Chicago",
  "America/Los_Angeles",
  "Europe/Berlin",
  "Asia/Manila",
  "Asia/Kolkata",
  "Africa/Nairobi",
  "America/Sao_Paulo",
  "Australia/Sydney",
  "UTC",
];

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
/** Skewed: earlier entries are much more likely. */
const pickSkewed = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * r() * xs.length)]!;
const some = <T>(r: () => number, xs: readonly T[], min: number, max: number): T[] => {
  const n = min + Math.floor(r() * (max - min + 1));
  const out = new Set<T>();
  while (out.size < Math.min(n, xs.length)) out.add(pick(r, xs));
  return [...out];
};

/**
 * `narrow` draws from a few challenges, languages and zones only, so that small instances are
 * dense: most pairs pass the hard constraints and mentors compete for mentees.
 */
export interface SyntheticOptions {
  narrow?: boolean;
}

const NARROW_CHALLENGES = CHALLENGES.slice(0, 6);
const NARROW_SPECIALISATIONS = SPECIALISATION_IDS.slice(0, 6);

function person(r: () => number, id: string, narrow: boolean): PersonProfile {
  const challenges = some(r, narrow ? NARROW_CHALLENGES : CHALLENGES, 1, 3).map((c, k) => ({
    id: c.id,
    primary: k === 0,
  }));
  const codes = new Set<string>(r() < 0.7 ? ["en"] : []);
  const wanted = 1 + (r() < 0.4 ? 1 : 0);
  while (codes.size < wanted) codes.add(pickSkewed(r, narrow ? LANGUAGES.slice(0, 2) : LANGUAGES));
  const availability: { day: number; hour: number }[] = [];
  for (let block = 0; block < 2 + Math.floor(r() * 4); block++) {
    const day = narrow ? 1 + Math.floor(r() * 3) : Math.floor(r() * 7);
    const start = narrow ? 17 + Math.floor(r() * 3) : 7 + Math.floor(r() * 14);
    for (let h = start; h < Math.min(24, start + 2 + Math.floor(r() * 3)); h++) availability.push({ day, hour: h });
  }
  const trait = () => 1 + Math.round(r() * 12) / 2;
  return {
    id,
    challenges,
    recoveryStage: pick(r, RECOVERY_STAGES).id,
    goals: [
      pick(r, ["sleep better", "manage stress at work", "feel less alone", "rebuild confidence", "cope with grief"]),
    ],
    communicationStyle: pick(r, COMMUNICATION_STYLES).id,
    personality: {
      extraversion: trait(),
      agreeableness: trait(),
      conscientiousness: trait(),
      emotional_stability: trait(),
      openness: trait(),
    },
    topValues: some(r, PERSONAL_VALUES, 3, 5).map((v) => v.id),
    timeZone: pickSkewed(r, narrow ? ZONES.slice(0, 3) : ZONES),
    availability,
    languages: [...codes].map((code) => ({
      code,
      proficiency: pick(r, ["conversational", "fluent", "native"] as const),
    })),
    technologyComfort: pick(r, TECHNOLOGY_COMFORT_LEVELS).id,
    supportTypes: some(r, SUPPORT_TYPES, 1, 3).map((s) => s.id),
    intensity: pick(r, MEETING_FREQUENCIES).id,
    expectedDuration: pick(r, RELATIONSHIP_DURATIONS).id,
  };
}

export function syntheticMentee(r: () => number, id: string, options: SyntheticOptions = {}): MenteeInput {
  return { ...person(r, id, options.narrow ?? false), cleared: r() < 0.95 };
}

export function syntheticMentor(r: () => number, id: string, options: SyntheticOptions = {}): MentorInput {
  const narrow = options.narrow ?? false;
  const specialisations = some(r, narrow ? NARROW_SPECIALISATIONS : SPECIALISATION_IDS, narrow ? 2 : 3, narrow ? 4 : 8);
  const capacity = 1 + Math.floor(r() * 5);
  return {
    ...person(r, id, narrow),
    mentorTypes: [...new Set(specialisations.map(mentorTypeOfSpecialisation))].filter(() => r() < 0.97),
    specialisations,
    active: r() < 0.95,
    pausedNewMatches: r() < 0.05,
    capacity,
    activeMentees: Math.floor(r() * (capacity + 1)),
  };
}
