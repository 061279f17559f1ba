import type { ChallengeId, LanguageProficiency } from "@mentalverse/shared";

/**
 * The mix of the synthetic population in bench/synthetic-population.ts: who speaks what, where they
 * live, what they come with. Weights are relative. They are plausible for an English-first
 * international peer-support service, not measured: the point is a benchmark whose candidate lists
 * look like a real community's (a large English core, long tails of languages and zones, most
 * mentees arriving with anxiety or depression).
 */
export type Weighted<T> = readonly (readonly [T, number])[];

/** A language community: its weight among members, its time zones, and how often it also speaks English. */
export interface LanguageCommunity {
  readonly code: string;
  readonly weight: number;
  readonly zones: Weighted<string>;
  readonly englishShare: number;
}

export const LANGUAGE_COMMUNITIES: readonly LanguageCommunity[] = [
  {
    code: "en",
    weight: 58,
    englishShare: 1,
    zones: [
      ["America/New_York", 18],
      ["America/Chicago", 10],
      ["America/Denver", 4],
      ["America/Los_Angeles", 10],
      ["America/Toronto", 5],
      ["Europe/London", 14],
      ["Europe/Dublin", 2],
      ["Australia/Sydney", 5],
      ["Australia/Perth", 1],
      ["Pacific/Auckland", 2],
      ["Africa/Lagos", 4],
      ["Africa/Johannesburg", 3],
      ["Asia/Kolkata", 4],
      ["Asia/Singapore", 2],
    ],
  },
  {
    code: "es",
    weight: 12,
    englishShare: 0.45,
    zones: [
      ["America/Mexico_City", 8],
      ["Europe/Madrid", 6],
      ["America/Bogota", 4],
      ["America/Argentina/Buenos_Aires", 3],
      ["America/Lima", 2],
      ["America/Los_Angeles", 3],
      ["America/New_York", 2],
    ],
  },
  {
    code: "pt",
    weight: 5,
    englishShare: 0.35,
    zones: [
      ["America/Sao_Paulo", 8],
      ["Europe/Lisbon", 2],
    ],
  },
  { code: "hi", weight: 5, englishShare: 0.8, zones: [["Asia/Kolkata", 1]] },
  {
    code: "ar",
    weight: 4,
    englishShare: 0.5,
    zones: [
      ["Africa/Cairo", 4],
      ["Asia/Riyadh", 3],
      ["Asia/Dubai", 2],
      ["Africa/Casablanca", 1],
    ],
  },
  {
    code: "fr",
    weight: 4,
    englishShare: 0.5,
    zones: [
      ["Europe/Paris", 6],
      ["America/Toronto", 2],
      ["Africa/Abidjan", 1],
      ["Europe/Brussels", 1],
    ],
  },
  { code: "fil", weight: 3, englishShare: 0.85, zones: [["Asia/Manila", 1]] },
  {
    code: "de",
    weight: 3,
    englishShare: 0.7,
    zones: [
      ["Europe/Berlin", 6],
      ["Europe/Vienna", 1],
      ["Europe/Zurich", 1],
    ],
  },
  {
    code: "zh",
    weight: 2,
    englishShare: 0.4,
    zones: [
      ["Asia/Shanghai", 3],
      ["Asia/Taipei", 1],
    ],
  },
  { code: "sw", weight: 1, englishShare: 0.7, zones: [["Africa/Nairobi", 1]] },
  { code: "ru", weight: 1, englishShare: 0.3, zones: [["Europe/Moscow", 1]] },
  { code: "ja", weight: 1, englishShare: 0.3, zones: [["Asia/Tokyo", 1]] },
  { code: "vi", weight: 1, englishShare: 0.4, zones: [["Asia/Ho_Chi_Minh", 1]] },
];

/** How well someone speaks English as a second language. */
export const SECOND_LANGUAGE_LEVELS: Weighted<LanguageProficiency> = [
  ["basic", 2],
  ["conversational", 4],
  ["fluent", 3],
];

/** Primary needs of mentees: anxiety and depression dominate; every other challenge keeps a tail weight. */
export const PRIMARY_CHALLENGE_WEIGHTS: Partial<Record<ChallengeId, number>> = {
  anxiety_management: 22,
  depression_recovery: 19,
  stress_management: 8,
  social_anxiety_management: 5,
  grief_and_loss: 5,
  ptsd_recovery: 3,
  substance_use_disorders: 3,
  relationship_trauma: 3,
  childhood_trauma: 2,
  emotional_regulation: 2,
  divorce_and_separation: 2,
  career_transitions: 2,
  sleep_hygiene: 2,
  bipolar_disorder_support: 2,
  confidence_building: 2,
  health_challenges: 2,
};
export const TAIL_CHALLENGE_WEIGHT = 0.5;

export const GOALS: readonly string[] = [
  "Manage anxiety at work",
  "Feel less anxious in social situations",
  "Get through the day without panic attacks",
  "Build a steady daily routine",
  "Sleep better on work nights",
  "Get back to exercising twice a week",
  "Reconnect with old friends",
  "Talk to my family about how I feel",
  "Stay sober through the holidays",
  "Understand my triggers",
  "Find a support group near me",
  "Return to work after sick leave",
  "Cope with the loss of my father",
  "Rebuild confidence after my divorce",
  "Learn grounding techniques",
  "Cut down on drinking",
  "Speak up in meetings",
  "Keep a mood journal",
  "Set boundaries with my partner",
  "Go back to college",
  "Make one new friend this year",
  "Manage stress during exams",
  "Feel at home in a new city",
  "Be kinder to myself",
];
