import {
  InterviewScoresSchema,
  type MentorApplicationDetail,
  MentorApplicationStatusSchema,
  type MentorApplicationSummary,
  MentorReferenceSchema,
  MentorTypeSchema,
  type OwnMentorApplication,
  SpecialisationIdSchema,
  VerificationSchema,
} from "@mentalverse/shared";
import type {
  ApplicationEventRow,
  ApplicationRow,
  ApplicationWithApplicant,
} from "./mentor-applications-repository.js";

const status = (value: string | null) => (value === null ? null : MentorApplicationStatusSchema.parse(value));

export function presentOwnApplication(row: ApplicationRow): OwnMentorApplication {
  return {
    id: row.id,
    status: MentorApplicationStatusSchema.parse(row.status),
    mentorTypes: MentorTypeSchema.array().parse(row.mentor_types),
    specialisations: SpecialisationIdSchema.array().parse(row.specialisations),
    livedExperience: row.lived_experience,
    stableSince: row.stable_since.toISOString().slice(0, 10),
    capacity: row.capacity,
    pauseNewMatches: row.pause_new_matches,
    boundaries: row.boundaries,
    references: MentorReferenceSchema.array().parse(row.mentor_references),
    createdAt: row.created_at.toISOString(),
    statusChangedAt: row.status_changed_at.toISOString(),
  };
}

export function presentApplicationSummary(row: ApplicationWithApplicant): MentorApplicationSummary {
  return {
    id: row.id,
    applicantId: row.user_id,
    applicantName: row.applicant_name,
    status: MentorApplicationStatusSchema.parse(row.status),
    mentorTypes: MentorTypeSchema.array().parse(row.mentor_types),
    createdAt: row.created_at.toISOString(),
    statusChangedAt: row.status_changed_at.toISOString(),
  };
}

export function presentApplicationDetail(
  row: ApplicationWithApplicant,
  events: ApplicationEventRow[],
): MentorApplicationDetail {
  return {
    ...presentOwnApplication(row),
    applicantId: row.user_id,
    applicantName: row.applicant_name,
    history: events.map((e) => ({
      at: e.at.toISOString(),
      from: status(e.from_status),
      to: MentorApplicationStatusSchema.parse(e.to_status),
      actorName: e.actor_name,
      reason: e.reason,
      interviewScores: e.interview_scores ? InterviewScoresSchema.parse(e.interview_scores) : null,
      verification: e.verification ? VerificationSchema.parse(e.verification) : null,
    })),
  };
}
