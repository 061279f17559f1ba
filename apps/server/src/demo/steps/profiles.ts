import type { Faker } from "@faker-js/faker";
import {
  DEFAULT_PROFILE_VISIBILITY,
  type SaveProfileRequest,
  SaveProfileRequestSchema,
  type MentorType as SharedMentorType,
  type SupportType,
} from "@mentalverse/shared";
import { MINUTE } from "../../lib/clock.js";
import { missingFields } from "../../modules/profiles/stored-profile.js";
import { insertDemoProfiles } from "../demo-repository.js";
import { type DemoMember, type DemoStep, demoMemberCount, type MentorType } from "../demo-step.js";
import { mentorChallenges, pickMenteeChallenges, pickSpecialisations } from "../generate/challenges.js";
import { pickPlace } from "../generate/places.js";
import { commonFields, pickTipi, pickVisibility } from "../generate/profile.js";
import { groupOf, pickGoals, pickMentorGoals, pickStory } from "../generate/words.js";
import { chunks } from "./member-rows.js";

/** The demo's kinds of mentor as the application contract names them. */
export const SHARED_MENTOR_TYPE: Record<MentorType, SharedMentorType> = {
  recovery: "recovery_mentor",
  wellness: "wellness_coach",
  life_experience: "life_experience_mentor",
};

const MENTOR_SUPPORT: Record<MentorType, SupportType[]> = {
  recovery: ["experience_sharing", "emotional_support", "practical_support"],
  wellness: ["practical_support", "emotional_support", "community_connection"],
  life_experience: ["experience_sharing", "community_connection", "emotional_support"],
};
const SUPPORT: SupportType[] = ["emotional_support", "experience_sharing", "practical_support", "community_connection"];

function menteeProfile(rng: Faker, place: ReturnType<typeof pickPlace>): SaveProfileRequest {
  const challenges = pickMenteeChallenges(rng);
  const primary = challenges[0]!.id;
  const low = ["anxiety", "depression", "trauma"].includes(groupOf(primary));
  return {
    challenges,
    recoveryStage: rng.helpers.weightedArrayElement([
      { value: "early", weight: 35 },
      { value: "ongoing", weight: 45 },
      { value: "sustained", weight: 15 },
      { value: "maintenance", weight: 5 },
    ] as const),
    goals: pickGoals(rng, primary),
    tipi: pickTipi(rng, low ? { emotional_stability: rng.number.float({ min: 1.5, max: 3.5 }) } : {}),
    ...commonFields(rng, place, rng.helpers.arrayElements(SUPPORT, { min: 1, max: 3 })),
  };
}

function mentorProfile(rng: Faker, place: ReturnType<typeof pickPlace>, type: MentorType, index: number) {
  const specialisations = pickSpecialisations(rng, SHARED_MENTOR_TYPE[type], index);
  const profile: SaveProfileRequest = {
    challenges: mentorChallenges(rng, specialisations),
    // Recovery mentors have two or more stable years by definition; others are anywhere past the start.
    recoveryStage:
      type === "recovery"
        ? rng.helpers.arrayElement(["sustained", "maintenance"] as const)
        : rng.helpers.arrayElement(["ongoing", "sustained", "maintenance"] as const),
    goals: pickMentorGoals(rng),
    tipi: pickTipi(rng, {
      agreeableness: rng.number.float({ min: 5, max: 6.5 }),
      emotional_stability: rng.number.float({ min: 4, max: 6 }),
    }),
    ...commonFields(rng, place, rng.helpers.arrayElements(MENTOR_SUPPORT[type], { min: 2, max: 3 })),
  };
  return { profile, specialisations };
}

/**
 * A complete matching profile for every mentee and mentor, saved shortly after onboarding; about
 * two in five also wrote a short story. Each is checked against the API's own request contract and
 * stored as the profile service stores it (visibility over the defaults, completeness computed by
 * the same rule), in bulk, so the demo starts quickly.
 */
export const profilesStep: DemoStep = {
  name: "profiles",
  count: demoMemberCount,
  async run(ctx, rng, progress) {
    const perType = new Map<MentorType, number>();
    const members: { member: DemoMember; type: MentorType | null }[] = [
      ...ctx.community.mentees.map((member) => ({ member, type: null })),
      ...ctx.community.mentors.map((member) => ({ member, type: member.mentorType })),
    ];
    const rows: Parameters<typeof insertDemoProfiles>[1] = [];
    for (const { member, type } of members) {
      const facts = ctx.community.facts.get(member.id);
      if (!facts) throw new Error("The profiles step needs the onboarding step first");
      const place = pickPlace(rng);
      const index = type ? (perType.get(type) ?? 0) : 0;
      if (type) perType.set(type, index + 1);
      const built = type
        ? mentorProfile(rng, place, type, index)
        : { profile: menteeProfile(rng, place), specialisations: [] };
      const primary = built.profile.challenges?.find((c) => c.primary)?.id ?? null;
      const input: SaveProfileRequest = { ...built.profile, visibility: pickVisibility(rng) };
      if (primary && rng.datatype.boolean({ probability: type ? 0.6 : 0.4 })) input.story = pickStory(rng, primary);
      const at = new Date(facts.onboardedAt.getTime() + rng.number.int({ min: 5, max: 40 }) * MINUTE);
      // Checked against the API's own contract, so the demo can only hold profiles a member could save.
      const { visibility, ...fields } = SaveProfileRequestSchema.parse(input);
      const complete = missingFields(fields).length === 0;
      if (!complete) throw new Error(`Demo profile for ${member.email} is incomplete`);
      rows.push({
        userId: member.id,
        fields,
        visibility: { ...DEFAULT_PROFILE_VISIBILITY, ...visibility },
        complete,
        at,
      });
      Object.assign(facts, {
        country: place.country,
        primaryChallenge: primary,
        specialisations: built.specialisations,
      });
    }
    for (const batch of chunks(rows, 100)) {
      await insertDemoProfiles(ctx.db, batch);
      progress(batch.length);
    }
  },
};
