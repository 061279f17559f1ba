import {
  CHALLENGE_GROUPS,
  type ChallengeId,
  COMMUNICATION_STYLES,
  findChallenge,
  type LanguageProficiency,
  MEETING_FREQUENCIES,
  type MentorType,
  PERSONAL_VALUES,
  RECOVERY_STAGES,
  RELATIONSHIP_DURATIONS,
  type SpecialisationId,
  SUPPORT_TYPES,
  TECHNOLOGY_COMFORT_LEVELS,
} from "@mentalverse/shared";
import type { MenteeInput, MentorInput, PersonProfile } from "../compatibility/types.js";

/**
 * Seeded synthetic people for `matching:evaluate`. Shares are skewed on purpose (English speakers
 * and a few challenge groups dominate; mentors are more often English speakers than mentees), so the
 * fairness report has the kind of imbalance a real community shows.
 */
const REGIONS = [
  { language: "en", mentees: 0.45, mentors: 0.6, zones: ["America/New_York", "America/Chicago", "Europe/London"] },
  { language: "es", mentees: 0.2, mentors: 0.15, zones: ["Europe/Madrid", "America/Mexico_City", "America/Bogota"] },
  { language: "pt", mentees: 0.1, mentors: 0.08, zones: ["America/Sao_Paulo", "Europe/Lisbon"] },
  { language: "fr", mentees: 0.1, mentors: 0.08, zones: ["Europe/Paris", "America/Toronto"] },
  { language: "hi", mentees: 0.1, mentors: 0.06, zones: ["Asia/Kolkata"] },
  { language: "ja", mentees: 0.05, mentors: 0.03, zones: ["Asia/Tokyo"] },
] as const;

const GOALS = [
  "build a steady daily routine",
  "sleep better",
  "return to work",
  "reconnect with friends",
  "manage anxiety at work",
  "stay sober",
  "cope with grief",
  "build confidence",
  "set healthy boundaries",
  "find a support community",
];

type Random = () => number;
const pick = <T>(random: Random, xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
const weighted = <T>(random: Random, xs: readonly T[], weight: (x: T) => number): T => {
  let r = random() * xs.reduce((s, x) => s + weight(x), 0);
  for (const x of xs) {
    r -= weight(x);
    if (r < 0) return x;
  }
  return xs[xs.length - 1]!;
};
const sample = <T>(random: Random, xs: readonly T[], k: number): T[] => {
  const pool = [...xs];
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, k);
};
// Zipf-like popularity of challenge groups: a few needs are common, most are rare.
const groupWeight = (index: number) => 1 / (1 + index);

function availability(random: Random): { day: number; hour: number }[] {
  const slots: { day: number; hour: number }[] = [];
  for (const day of sample(random, [0, 1, 2, 3, 4, 5, 6], 2 + Math.floor(random() * 4))) {
    const start = day === 0 || day === 6 ? 9 + Math.floor(random() * 6) : 17 + Math.floor(random() * 4);
    for (let h = 0; h < 2 + Math.floor(random() * 2); h++) slots.push({ day, hour: start + h });
  }
  return slots;
}

function person(random: Random, id: string, side: "mentees" | "mentors", challenges: ChallengeId[]): PersonProfile {
  const region = weighted(random, REGIONS, (r) => r[side]);
  const languages: { code: string; proficiency: LanguageProficiency }[] = [
    { code: region.language, proficiency: "native" },
  ];
  if (region.language !== "en" && random() < (side === "mentors" ? 0.7 : 0.4)) {
    languages.push({ code: "en", proficiency: random() < 0.5 ? "conversational" : "fluent" });
  }
  const trait = () => 1 + Math.round(random() * 12) / 2;
  return {
    id,
    challenges: challenges.map((c, i) => ({ id: c, primary: i === 0 })),
    recoveryStage: pick(random, RECOVERY_STAGES).id,
    goals: sample(random, GOALS, 1 + Math.floor(random() * 3)),
    communicationStyle: pick(random, COMMUNICATION_STYLES).id,
    personality: {
      extraversion: trait(),
      agreeableness: trait(),
      conscientiousness: trait(),
      emotional_stability: trait(),
      openness: trait(),
    },
    topValues: sample(random, PERSONAL_VALUES, 3).map((v) => v.id),
    timeZone: pick(random, region.zones),
    availability: availability(random),
    languages,
    technologyComfort: pick(random, TECHNOLOGY_COMFORT_LEVELS).id,
    supportTypes: sample(random, SUPPORT_TYPES, 1 + Math.floor(random() * 3)).map((s) => s.id),
    intensity: pick(random, MEETING_FREQUENCIES).id,
    expectedDuration: pick(random, RELATIONSHIP_DURATIONS).id,
  };
}

export function syntheticMentee(random: Random, id: string): MenteeInput {
  const group = weighted(random, CHALLENGE_GROUPS, (g) => groupWeight(CHALLENGE_GROUPS.indexOf(g)));
  const primary = pick(random, group.challengeIds);
  const others = sample(
    random,
    CHALLENGE_GROUPS.flatMap((g) => g.challengeIds),
    2,
  ).filter((c) => c !== primary);
  return { ...person(random, id, "mentees", [primary, ...others.slice(0, Math.floor(random() * 2))]), cleared: true };
}

/** A mentor specialises in one or two whole challenge groups and has lived through one to three of their challenges. */
export function syntheticMentor(random: Random, id: string): MentorInput {
  const groups = new Set(
    [0, 1]
      .slice(0, 1 + Math.floor(random() * 2))
      .map(() => weighted(random, CHALLENGE_GROUPS, (g) => groupWeight(CHALLENGE_GROUPS.indexOf(g)))),
  );
  const covered = [...groups].flatMap((g) => g.challengeIds);
  const lived = sample(random, covered, 1 + Math.floor(random() * 3));
  const specialisations = new Set<SpecialisationId>();
  const mentorTypes = new Set<MentorType>();
  for (const c of covered) {
    const challenge = findChallenge(c)!;
    for (const s of challenge.specialisationIds) specialisations.add(s);
    for (const t of challenge.mentorTypes) mentorTypes.add(t);
  }
  return {
    ...person(random, id, "mentors", lived),
    mentorTypes: [...mentorTypes],
    specialisations: [...specialisations],
    active: true,
    pausedNewMatches: false,
    capacity: weighted(random, [1, 2, 3, 4], (c) => 5 - c),
    activeMentees: 0,
  };
}

/** The groups the fairness report compares (gender and age are not collected). */
export function groupsOf(mentee: MenteeInput): Record<string, string> {
  const primary = mentee.challenges.find((c) => c.primary)!.id;
  return { primary_challenge_group: findChallenge(primary)!.parentId, first_language: mentee.languages[0]!.code };
}
