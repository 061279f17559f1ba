/**
 * Relationships API (server: apps/server/src/modules/relationships/routes.ts). All under /api/relationships:
 *   GET  /                                   MyRelationshipsResponse (caller's, as mentee or mentor)
 *   GET  /supervised                         SupervisedRelationshipsResponse (supervisor, safety, admin)
 *   GET  /mentor-application-prefill         MentorApplicationPrefill (a mentee who graduated; else 404)
 *   GET  /:id                                RelationshipDetail (the pair only)
 *   POST /:id/pause {note?}  /:id/resume {}  /:id/close {reason, note?}  /:id/rematch {}   RelationshipDetail (the pair)
 *   POST /supervised/:id/pause|resume|close  (same bodies)  SupervisedRelationship (supervisor, safety, admin)
 *   PUT  /:id/checklist/:goalId {done}       RelationshipDetail
 *   POST /:id/phase/confirm {toPhase}        RelationshipDetail (advances when both confirmed)
 *   POST /:id/agreement {terms}              RelationshipDetail (new version, proposer signs)
 *   POST /:id/agreement/:version/sign {}     RelationshipDetail
 *   POST /:id/assessment {answers, comment?} RelationshipDetail (409 before week 4 or once answered)
 *   PUT  /:id/graduation-plan {plan, targetDate}  RelationshipDetail
 *   POST /:id/graduation/confirm {}          RelationshipDetail (graduates when both confirmed; phase 3 only)
 */
import { z } from "zod";
import { MentorTypeSchema, SpecialisationIdSchema } from "../vocabulary/mentor-types.js";
import { RelationshipPhaseSchema } from "../vocabulary/relationship-phases.js";

/** A relationship's lifecycle (issue 5). `rematched`: closed, and the mentee asked for a new mentor. */
export const RELATIONSHIP_STATES = ["active", "paused", "graduated", "closed", "rematched"] as const;
export const RelationshipStateSchema = z.enum(RELATIONSHIP_STATES);
export type RelationshipState = z.infer<typeof RelationshipStateSchema>;

export const CLOSE_REASONS = [
  "goals_met_early",
  "mentee_moved_on",
  "mentor_unavailable",
  "poor_fit",
  "safety",
  "inactivity",
  "blocked",
] as const;
export const CloseReasonSchema = z.enum(CLOSE_REASONS);
export type CloseReason = z.infer<typeof CloseReasonSchema>;

export const CLOSE_REASON_LABELS: Record<CloseReason, string> = {
  goals_met_early: "Goals met early",
  mentee_moved_on: "Mentee moved on",
  mentor_unavailable: "Mentor unavailable",
  poor_fit: "Not a good fit",
  safety: "Safety",
  inactivity: "Inactivity",
  blocked: "Ended after a block",
};

/** Who may trigger a transition: one of the pair, staff by role, or a scheduled job. */
export const TRANSITION_ACTORS = ["mentee", "mentor", "supervisor", "safety", "admin", "system"] as const;
export type TransitionActor = (typeof TRANSITION_ACTORS)[number];

export const TRANSITION_ACTIONS = ["pause", "resume", "close", "graduate", "rematch"] as const;
export const TransitionActionSchema = z.enum(TRANSITION_ACTIONS);
export type TransitionAction = z.infer<typeof TransitionActionSchema>;

/**
 * The one table of who may move a relationship where (mirrored in docs/relationships.md). `close`
 * is further limited by reason (CLOSE_PERMISSIONS). `graduate` happens when the second of the pair
 * confirms; `rematch` from an active or paused relationship only while the mentee holds a low-fit
 * rematch offer (it closes the relationship as poor_fit first).
 */
export const TRANSITIONS: Record<
  TransitionAction,
  { from: readonly RelationshipState[]; to: RelationshipState; by: readonly TransitionActor[] }
> = {
  pause: { from: ["active"], to: "paused", by: ["mentee", "mentor", "supervisor", "safety", "admin"] },
  resume: { from: ["paused"], to: "active", by: ["mentee", "mentor", "supervisor", "safety", "admin"] },
  close: {
    from: ["active", "paused"],
    to: "closed",
    by: ["mentee", "mentor", "supervisor", "safety", "admin", "system"],
  },
  graduate: { from: ["active"], to: "graduated", by: ["mentee", "mentor"] },
  rematch: { from: ["closed", "active", "paused"], to: "rematched", by: ["mentee"] },
};

export const CLOSE_PERMISSIONS: Record<CloseReason, readonly TransitionActor[]> = {
  goals_met_early: ["mentee", "mentor", "supervisor", "admin"],
  mentee_moved_on: ["mentee", "supervisor", "admin"],
  mentor_unavailable: ["mentor", "supervisor", "admin"],
  poor_fit: ["mentee", "mentor", "supervisor", "admin"],
  safety: ["safety", "admin"],
  inactivity: ["supervisor", "admin", "system"],
  // Never a button: only blocking the other of the pair closes for this reason, through the system
  // (relationships/close-for-block.ts), which records the blocker's role as the actor.
  blocked: ["system"],
};

const Note = z.string().trim().min(1).max(1000);

export const PauseRelationshipRequestSchema = z.strictObject({ note: Note.optional() });
export const ResumeRelationshipRequestSchema = z.strictObject({});
export const CloseRelationshipRequestSchema = z.strictObject({ reason: CloseReasonSchema, note: Note.optional() });

/** Checklist: tick (done true) or untick a goal of the current or an earlier phase. */
export const TickGoalRequestSchema = z.strictObject({ done: z.boolean() });
export const ChecklistGoalSchema = z.object({
  id: z.string(),
  label: z.string(),
  /** The seed's group heading, e.g. "Mutual Introduction". */
  group: z.string(),
  done: z.boolean(),
  tickedBy: z.enum(["mentee", "mentor"]).nullable(),
  tickedAt: z.string().nullable(),
});
export const PhaseChecklistSchema = z.object({
  phase: RelationshipPhaseSchema,
  heading: z.string(),
  goals: z.array(ChecklistGoalSchema),
  done: z.number(),
  total: z.number(),
});

/** Both confirm moving to the next phase; the phase changes when the second confirms. */
export const ConfirmPhaseAdvanceRequestSchema = z.strictObject({ toPhase: RelationshipPhaseSchema });
export const PhaseProgressSchema = z.object({
  current: RelationshipPhaseSchema,
  phaseStartedAt: z.string(),
  next: RelationshipPhaseSchema.nullable(),
  /** The app's suggestion to move on (or, in the last phase, to plan graduation), with why. */
  suggestion: z.object({ reasons: z.array(z.enum(["time", "checklist"])), text: z.string() }).nullable(),
  menteeConfirmedAt: z.string().nullable(),
  mentorConfirmedAt: z.string().nullable(),
});

/** The phase 1 agreement; every change is a new version both sign. */
export const AgreementTermsSchema = z.strictObject({
  meetingFrequency: z.string().trim().min(2, "Say how often you will meet").max(200),
  communicationMethods: z
    .array(z.string().trim().min(2).max(80))
    .min(1, "Pick at least one way to keep in touch")
    .max(8),
  boundaries: z.string().trim().min(10, "Write at least 10 characters").max(2000),
  goals: z.string().trim().min(10, "Write at least 10 characters").max(2000),
  expectedDuration: z.string().trim().min(2, "Say how long you expect to work together").max(200),
});
export type AgreementTerms = z.infer<typeof AgreementTermsSchema>;
export const ProposeAgreementRequestSchema = z.strictObject({ terms: AgreementTermsSchema });
export const AgreementVersionSchema = z.object({
  version: z.number(),
  terms: AgreementTermsSchema,
  proposedBy: z.enum(["mentee", "mentor"]),
  proposedAt: z.string(),
  menteeSignedAt: z.string().nullable(),
  mentorSignedAt: z.string().nullable(),
});
export const AgreementSchema = z.object({
  /** The latest version both signed. */
  current: AgreementVersionSchema.nullable(),
  /** A newer version waiting for a signature (the proposer signs when proposing). */
  pending: AgreementVersionSchema.nullable(),
});
export type Agreement = z.infer<typeof AgreementSchema>;

/** Week-4 fit survey: each item 1 (not at all) .. 5 (very much). */
export const FIT_SURVEY_ITEMS = [
  { id: "comfort", text: "I feel comfortable talking with my match." },
  { id: "understanding", text: "My match understands what matters to me." },
  { id: "communication", text: "The way we keep in touch works for me." },
  { id: "practicalities", text: "How often and when we meet works for me." },
  { id: "hope", text: "I believe this relationship can help the mentee reach their goals." },
] as const;
export const FitItemIdSchema = z.enum(["comfort", "understanding", "communication", "practicalities", "hope"]);
export type FitItemId = z.infer<typeof FitItemIdSchema>;
const Rating = z.int("Choose 1 to 5").min(1, "Choose 1 to 5").max(5, "Choose 1 to 5");
export const SubmitAssessmentRequestSchema = z.strictObject({
  answers: z.strictObject({
    comfort: Rating,
    understanding: Rating,
    communication: Rating,
    practicalities: Rating,
    hope: Rating,
  }),
  comment: z.string().trim().max(1000).optional(),
});
/** A side whose mean answer is below this counts as low fit. */
export const LOW_FIT_THRESHOLD = 3;
export type SubmitAssessmentRequest = z.infer<typeof SubmitAssessmentRequestSchema>;
export const AssessmentSchema = z.object({
  status: z.enum(["not_open", "open", "complete"]),
  opensAt: z.string(),
  openedAt: z.string().nullable(),
  youAnswered: z.boolean(),
  peerAnswered: z.boolean(),
  /** Shown once both answered; individual answers stay with the person who gave them. */
  result: z.object({ fitScore: z.number(), lowFit: z.boolean(), suggestions: z.array(z.string()) }).nullable(),
});

export const SaveGraduationPlanRequestSchema = z.strictObject({
  plan: z.string().trim().min(10, "Write at least 10 characters").max(4000),
  targetDate: z.iso.date("Use a date such as 2027-06-30"),
});
export const GraduationSchema = z.object({
  plan: z.string().nullable(),
  targetDate: z.string().nullable(),
  menteeConfirmedAt: z.string().nullable(),
  mentorConfirmedAt: z.string().nullable(),
  graduatedAt: z.string().nullable(),
});

export const RelationshipEventSchema = z.object({
  at: z.string(),
  action: z.string(),
  actor: z.enum(TRANSITION_ACTORS),
  fromStatus: RelationshipStateSchema.nullable(),
  toStatus: RelationshipStateSchema.nullable(),
  fromPhase: RelationshipPhaseSchema.nullable(),
  toPhase: RelationshipPhaseSchema.nullable(),
  reason: z.string().nullable(),
});

export const NextStepSchema = z.object({
  kind: z.enum([
    "sign_agreement",
    "propose_agreement",
    "answer_assessment",
    "confirm_phase",
    "plan_graduation",
    "confirm_graduation",
    "consider_rematch",
    "resume",
    "apply_as_mentor",
    "keep_going",
    "none",
  ]),
  text: z.string(),
});

const PartySchema = z.object({ id: z.string(), displayName: z.string() });

export const RelationshipDetailSchema = z.object({
  id: z.string(),
  yourRole: z.enum(["mentee", "mentor"]),
  mentee: PartySchema,
  mentor: PartySchema,
  status: RelationshipStateSchema,
  closeReason: CloseReasonSchema.nullable(),
  startedAt: z.string(),
  endedAt: z.string().nullable(),
  phase: PhaseProgressSchema,
  checklists: z.array(PhaseChecklistSchema),
  agreement: AgreementSchema,
  assessment: AssessmentSchema,
  graduation: GraduationSchema,
  /** Only the mentee sees it: after a close, or after a low-fit assessment. */
  rematchOffer: z.object({ reason: z.enum(["closed", "low_fit"]), offeredAt: z.string() }).nullable(),
  /** What the caller may do now, with the close reasons open to them. */
  allowedActions: z.array(TransitionActionSchema),
  closeReasons: z.array(CloseReasonSchema),
  nextStep: NextStepSchema,
  events: z.array(RelationshipEventSchema),
});
export type RelationshipDetail = z.infer<typeof RelationshipDetailSchema>;

export const RelationshipListItemSchema = z.object({
  id: z.string(),
  yourRole: z.enum(["mentee", "mentor"]),
  peerName: z.string(),
  status: RelationshipStateSchema,
  phase: RelationshipPhaseSchema,
  startedAt: z.string(),
  nextStep: NextStepSchema,
});
export type RelationshipListItem = z.infer<typeof RelationshipListItemSchema>;
export const MyRelationshipsResponseSchema = z.object({ relationships: z.array(RelationshipListItemSchema) });

/** Supervisor view: never private notes, answers or comments; fit only as the pair's score. */
export const SupervisedRelationshipSchema = z.object({
  id: z.string(),
  mentor: PartySchema,
  mentee: PartySchema,
  status: RelationshipStateSchema,
  closeReason: CloseReasonSchema.nullable(),
  phase: RelationshipPhaseSchema,
  startedAt: z.string(),
  lastContactAt: z.string(),
  fitScore: z.number().nullable(),
  lowFit: z.boolean().nullable(),
});
export type SupervisedRelationship = z.infer<typeof SupervisedRelationshipSchema>;
export const SupervisedRelationshipsResponseSchema = z.object({
  relationships: z.array(SupervisedRelationshipSchema),
});

/** After graduation: what the mentor application form starts from (the member still edits and submits it). */
export const MentorApplicationPrefillSchema = z.object({
  relationshipId: z.string(),
  graduatedAt: z.string(),
  prefill: z.object({
    mentorTypes: z.array(MentorTypeSchema),
    specialisations: z.array(SpecialisationIdSchema),
    livedExperience: z.string(),
    boundaries: z.string(),
    capacity: z.number(),
  }),
});
export type MentorApplicationPrefill = z.infer<typeof MentorApplicationPrefillSchema>;
