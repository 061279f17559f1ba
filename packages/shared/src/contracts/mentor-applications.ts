import { z } from "zod";
import { MentorTypeSchema, mentorTypeOfSpecialisation, SpecialisationIdSchema } from "../vocabulary/mentor-types.js";

export const MENTOR_APPLICATION_STATUSES = [
  "applied",
  "interview",
  "background_verification",
  "training",
  "active",
  "paused",
  "suspended",
  "retired",
  "rejected",
] as const;
export const MentorApplicationStatusSchema = z.enum(MENTOR_APPLICATION_STATUSES);
export type MentorApplicationStatus = z.infer<typeof MentorApplicationStatusSchema>;

/** Recovery mentors need two years of stable recovery or management (seed: "Mentor Qualifications"). */
export const RECOVERY_MENTOR_MIN_STABLE_MONTHS = 24;

const PhoneOrEmailSchema = z
  .string()
  .trim()
  .min(3)
  .max(254)
  .refine((v) => z.email().safeParse(v).success || /^\+?[0-9 ()-]{6,20}$/.test(v), {
    message: "Give an email address or a phone number",
  });

export const MentorReferenceSchema = z.strictObject({
  name: z.string().trim().min(2).max(120),
  contact: PhoneOrEmailSchema,
  relationship: z.string().trim().min(2).max(200),
});

export const ApplyAsMentorRequestSchema = z
  .strictObject({
    mentorTypes: z.array(MentorTypeSchema).min(1).max(3),
    specialisations: z.array(SpecialisationIdSchema).min(1).max(20),
    livedExperience: z.string().trim().min(50, "Write at least 50 characters").max(4000),
    stableSinceMonths: z.int().min(0).max(1200).optional(),
    stableSince: z.iso.date("Use a date such as 2022-03-01").optional(),
    capacity: z.int().min(1).max(5),
    boundaries: z.string().trim().min(20, "Write at least 20 characters").max(2000),
    references: z.array(MentorReferenceSchema).length(2, "Give two references"),
  })
  .superRefine((v, ctx) => {
    if (new Set(v.mentorTypes).size !== v.mentorTypes.length) {
      ctx.addIssue({ code: "custom", path: ["mentorTypes"], message: "Pick each mentor type once" });
    }
    if (new Set(v.specialisations).size !== v.specialisations.length) {
      ctx.addIssue({ code: "custom", path: ["specialisations"], message: "Pick each specialisation once" });
    }
    v.specialisations.forEach((s, i) => {
      if (!v.mentorTypes.includes(mentorTypeOfSpecialisation(s))) {
        ctx.addIssue({
          code: "custom",
          path: ["specialisations", i],
          message: "This specialisation belongs to a mentor type you did not choose",
        });
      }
    });
    if ((v.stableSinceMonths === undefined) === (v.stableSince === undefined)) {
      ctx.addIssue({
        code: "custom",
        path: ["stableSinceMonths"],
        message: "Give either how many months you have been stable or the date since when",
      });
    }
  });
export type ApplyAsMentorRequest = z.infer<typeof ApplyAsMentorRequestSchema>;

export const MentorPreferencesRequestSchema = z
  .strictObject({ capacity: z.int().min(1).max(5).optional(), pauseNewMatches: z.boolean().optional() })
  .refine((v) => v.capacity !== undefined || v.pauseNewMatches !== undefined, { message: "Nothing to update" });

export const INTERVIEW_RUBRIC = [
  "livedExperienceReflection",
  "boundaryAwareness",
  "communication",
  "commitment",
  "safetyAwareness",
] as const;
const RubricScore = z.int().min(1).max(5);
export const InterviewScoresSchema = z.strictObject({
  livedExperienceReflection: RubricScore,
  boundaryAwareness: RubricScore,
  communication: RubricScore,
  commitment: RubricScore,
  safetyAwareness: RubricScore,
});
export type InterviewScores = z.infer<typeof InterviewScoresSchema>;

export const VerificationSchema = z.strictObject({
  verifiedBy: z.string().trim().min(2).max(120),
  outcome: z.enum(["passed", "failed"]),
});
export type Verification = z.infer<typeof VerificationSchema>;

export const TransitionRequestSchema = z.strictObject({
  to: MentorApplicationStatusSchema,
  reason: z.string().trim().min(3, "Say why, in a few words").max(1000),
  interviewScores: InterviewScoresSchema.optional(),
  verification: VerificationSchema.optional(),
});
export type TransitionRequest = z.infer<typeof TransitionRequestSchema>;

export const MentorApplicationEventSchema = z.object({
  at: z.string(),
  from: MentorApplicationStatusSchema.nullable(),
  to: MentorApplicationStatusSchema,
  actorName: z.string().nullable(),
  reason: z.string().nullable(),
  interviewScores: InterviewScoresSchema.nullable(),
  verification: VerificationSchema.nullable(),
});

/** The applicant's own view; staff notes and who reviewed stay with staff. */
export const OwnMentorApplicationSchema = z.object({
  id: z.string(),
  status: MentorApplicationStatusSchema,
  mentorTypes: z.array(MentorTypeSchema),
  specialisations: z.array(SpecialisationIdSchema),
  livedExperience: z.string(),
  stableSince: z.string(),
  capacity: z.number(),
  pauseNewMatches: z.boolean(),
  boundaries: z.string(),
  references: z.array(MentorReferenceSchema),
  createdAt: z.string(),
  statusChangedAt: z.string(),
});
export type OwnMentorApplication = z.infer<typeof OwnMentorApplicationSchema>;
export const MyMentorApplicationResponseSchema = z.object({ application: OwnMentorApplicationSchema.nullable() });

export const MentorApplicationSummarySchema = z.object({
  id: z.string(),
  applicantId: z.string(),
  applicantName: z.string(),
  status: MentorApplicationStatusSchema,
  mentorTypes: z.array(MentorTypeSchema),
  createdAt: z.string(),
  statusChangedAt: z.string(),
});
export type MentorApplicationSummary = z.infer<typeof MentorApplicationSummarySchema>;
export const MentorApplicationQueueQuerySchema = z.strictObject({
  status: MentorApplicationStatusSchema.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export const MentorApplicationQueueSchema = z.object({
  applications: z.array(MentorApplicationSummarySchema),
  total: z.number(),
});

export const MentorApplicationDetailSchema = OwnMentorApplicationSchema.extend({
  applicantId: z.string(),
  applicantName: z.string(),
  history: z.array(MentorApplicationEventSchema),
});
export type MentorApplicationDetail = z.infer<typeof MentorApplicationDetailSchema>;
