import {
  type ChallengeId,
  challengeOfSpecialisation,
  type MentorApplicationPrefill,
  type MentorType,
  mentorTypeOfSpecialisation,
  SPECIALISATION_IDS,
} from "@mentalverse/shared";
import type { Db } from "../../db/database.js";
import { notFound } from "../../lib/errors.js";
import { findLatestGraduation, findProfileFields } from "./prefill-repository.js";

/**
 * After graduating, a mentee may offer what they learned: the mentor application form starts from
 * their matching profile (challenges become specialisations, their story the lived experience).
 * They still review, complete and submit it through the mentor application module.
 */
export async function getMentorApplicationPrefill(db: Db, userId: string): Promise<MentorApplicationPrefill> {
  const graduation = await findLatestGraduation(db, userId);
  if (!graduation?.ended_at) throw notFound("Graduation");
  const fields = (await findProfileFields(db, userId)) ?? {};
  const challenges = Array.isArray(fields.challenges)
    ? (fields.challenges as { id: ChallengeId }[]).map((c) => c.id)
    : [];
  const specialisations = SPECIALISATION_IDS.filter((s) => challenges.includes(challengeOfSpecialisation(s))).slice(
    0,
    20,
  );
  const mentorTypes = [...new Set<MentorType>(specialisations.map(mentorTypeOfSpecialisation))];
  return {
    relationshipId: graduation.id,
    graduatedAt: graduation.ended_at.toISOString(),
    prefill: {
      mentorTypes,
      specialisations,
      livedExperience: typeof fields.story === "string" ? fields.story : "",
      boundaries: "",
      capacity: 1,
    },
  };
}
