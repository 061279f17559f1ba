import type { Faker } from "@faker-js/faker";
import {
  type ApplyAsMentorRequest,
  ApplyAsMentorRequestSchema,
  type InterviewScores,
  type MentorType,
  RECOVERY_MENTOR_MIN_STABLE_MONTHS,
  type SpecialisationId,
} from "@mentalverse/shared";
import { groupOf } from "./words.js";

/** Recovery mentors' experience, by what their main specialisation is about (see words.ts groups). */
const RECOVERY_LIVED: Record<string, string> = {
  depression:
    "I lived with depression for most of my twenties and spent a year in and out of services before things turned. Peer support was what finally made recovery feel possible.",
  anxiety:
    "Panic attacks kept me at home for almost two years. Slowly, with therapy and a peer group, I got my life back, and I want others to know it can happen.",
  substance:
    "I have been in recovery from alcohol dependence for several years. I know the early months from the inside and how much it helps to talk to someone who has been there.",
  trauma:
    "After a traumatic event at work I had flashbacks and nightmares for a long time. Therapy and a peer group helped me rebuild, and I want to pass that on.",
  loss: "When my brother died I stopped functioning for a while. Grief groups and one patient friend got me through, and now I would like to be that friend for someone.",
};

const LIVED: Record<MentorType, string[]> = {
  recovery_mentor: Object.values(RECOVERY_LIVED),
  wellness_coach: [
    "Burnout taught me the hard way how much sleep, movement and small routines matter. I have kept them going for years and like helping others find their own.",
    "I manage a long-term health condition alongside anxiety. Building habits that stick, one small step at a time, is what I am good at sharing.",
  ],
  life_experience_mentor: [
    "I moved countries on my own at twenty-five, lost my job in the first year and had to start again. I know how lonely big changes can be.",
    "I came out to my family in my thirties and it took years to rebuild those relationships. I want others to know they are not alone in it.",
    "I grew up with very little money and later got through serious debt. I can talk about the shame and the practical steps out of it.",
  ],
};

const BOUNDARIES = [
  "I am available on the evenings in my profile and reply to messages within two days. I do not give medical advice and will point to crisis lines when needed.",
  "One session a week at most; no contact outside the platform. I will tell my supervisor if I am worried about someone's safety.",
  "I keep what mentees share private, I do not lend money or meet in person, and I take a break when I need to look after myself.",
];

const RELATIONSHIPS = [
  "Former line manager",
  "Peer support group facilitator",
  "Volunteer coordinator at the food bank",
  "Friend of ten years",
  "Colleague at the community centre",
];

/** Interview rubric scores of someone who got through: threes to fives. */
export function passingScores(rng: Faker): InterviewScores {
  const s = () => rng.number.int({ min: 3, max: 5 });
  return {
    livedExperienceReflection: s(),
    boundaryAwareness: s(),
    communication: s(),
    commitment: s(),
    safetyAwareness: s(),
  };
}

/** An application a member could submit, checked against the API contract; everyone in it is invented. */
export function applicationFor(
  rng: Faker,
  types: MentorType[],
  specialisations: SpecialisationId[],
): ApplyAsMentorRequest & { stableSinceMonths: number } {
  const primaryGroup = specialisations[0] ? groupOf(specialisations[0]) : "";
  const reference = (relationship: string) => {
    const first = rng.person.firstName();
    const last = rng.person.lastName();
    return {
      name: `${first} ${last}`,
      contact: `${`${first}.${last}`.toLowerCase().replace(/[^a-z.]/g, "")}@example.org`,
      relationship,
    };
  };
  const [one, two] = rng.helpers.arrayElements(RELATIONSHIPS, 2);
  const recovery = types.includes("recovery_mentor");
  const stableSinceMonths = rng.number.int({ min: recovery ? RECOVERY_MENTOR_MIN_STABLE_MONTHS + 2 : 6, max: 120 });
  const parsed = ApplyAsMentorRequestSchema.parse({
    mentorTypes: types,
    specialisations,
    livedExperience:
      (types[0] === "recovery_mentor" ? RECOVERY_LIVED[primaryGroup] : undefined) ??
      rng.helpers.arrayElement(LIVED[types[0] ?? "wellness_coach"]),
    stableSinceMonths,
    capacity: rng.helpers.weightedArrayElement([
      { value: 1, weight: 1 },
      { value: 2, weight: 4 },
      { value: 3, weight: 4 },
      { value: 4, weight: 2 },
      { value: 5, weight: 1 },
    ]),
    boundaries: rng.helpers.arrayElement(BOUNDARIES),
    references: [reference(one ?? RELATIONSHIPS[0]!), reference(two ?? RELATIONSHIPS[1]!)],
  });
  // Recovery mentors need two stable years; the demo's have between two and ten.
  return { ...parsed, stableSinceMonths };
}
