import type { Faker } from "@faker-js/faker";
import {
  type ApplyAsMentorRequest,
  type MentorApplicationStatus,
  type TransitionRequest,
  TransitionRequestSchema,
} from "@mentalverse/shared";
import { applyAsMentor } from "../../modules/mentor-applications/apply-as-mentor.js";
import { transitionApplication } from "../../modules/mentor-applications/transition-application.js";
import { DEMO_STAFF } from "../demo-logins.js";
import { DEMO_REQUEST } from "../demo-services.js";
import type { DemoContext } from "../demo-step.js";
import { passingScores } from "../generate/application.js";

const REASONS: Partial<Record<MentorApplicationStatus, string>> = {
  interview: "Application complete; invited to an interview",
  background_verification: "Good interview: clear about boundaries and what helped them",
  training: "Both references and the background check came back fine",
  active: "Completed peer mentor training",
  paused: "Asked for a break while moving house",
  rejected: "Not the right time; encouraged to apply again after more time stable",
};

/** What the supervisor records when moving an application to `to`, checked against the API contract. */
export function transition(rng: Faker, to: MentorApplicationStatus): TransitionRequest {
  const supervisor = DEMO_STAFF.find((s) => s.role === "supervisor");
  return TransitionRequestSchema.parse({
    to,
    reason: REASONS[to] ?? "Moved on by the supervisor",
    ...(to === "background_verification" ? { interviewScores: passingScores(rng) } : {}),
    ...(to === "training" ? { verification: { verifiedBy: supervisor?.realName, outcome: "passed" } } : {}),
  });
}

function supervisorActor(ctx: DemoContext) {
  const supervisor = ctx.community.staff.find((s) => s.roles.includes("supervisor"));
  if (!supervisor) throw new Error("The mentor applications step needs the staff step's supervisor");
  return { userId: supervisor.id, ...DEMO_REQUEST };
}

/** The supervisor moves an application on, through the transition service. */
export async function moveApplication(
  ctx: DemoContext,
  rng: Faker,
  applicationId: string,
  to: MentorApplicationStatus,
  at: Date,
): Promise<void> {
  const actor = supervisorActor(ctx);
  await ctx.services.at(at, (app) => transitionApplication(app, actor, applicationId, transition(rng, to)));
}

/**
 * Applies through the application service at `appliedAt`, then the supervisor moves the
 * application through `stages` with the transition service, evenly spaced up to `lastAt`: every
 * step audited and the applicant notified as the app does, the mentor role granted on activation.
 */
export async function walkPipeline(
  ctx: DemoContext,
  rng: Faker,
  applicantId: string,
  application: ApplyAsMentorRequest,
  appliedAt: Date,
  stages: MentorApplicationStatus[],
  lastAt: Date,
): Promise<string> {
  const applied = await ctx.services.at(appliedAt, (app) => applyAsMentor(app, applicantId, application, DEMO_REQUEST));
  const gap = (lastAt.getTime() - appliedAt.getTime()) / Math.max(1, stages.length);
  for (const [i, to] of stages.entries()) {
    const at = i === stages.length - 1 ? lastAt : new Date(appliedAt.getTime() + gap * (i + 1));
    await moveApplication(ctx, rng, applied.id, to, at);
  }
  return applied.id;
}
