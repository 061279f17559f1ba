import {
  CloseRelationshipRequestSchema,
  ConfirmPhaseAdvanceRequestSchema,
  MentorApplicationPrefillSchema,
  MyRelationshipsResponseSchema,
  PauseRelationshipRequestSchema,
  ProposeAgreementRequestSchema,
  RelationshipDetailSchema,
  ResumeRelationshipRequestSchema,
  SaveGraduationPlanRequestSchema,
  SubmitAssessmentRequestSchema,
  SupervisedRelationshipSchema,
  SupervisedRelationshipsResponseSchema,
  TickGoalRequestSchema,
} from "@mentalverse/shared";
import { z } from "zod";
import { callerOf } from "../../http/access.js";
import type { RouteModule } from "../../http/types.js";
import { actorOf } from "./actor.js";
import { confirmGraduation } from "./confirm-graduation.js";
import { confirmPhaseAdvance } from "./confirm-phase-advance.js";
import { getMentorApplicationPrefill } from "./get-mentor-application-prefill.js";
import { getRelationship } from "./get-relationship.js";
import { listRelationships } from "./list-relationships.js";
import { getSupervised, listSupervised } from "./list-supervised.js";
import { proposeAgreement } from "./propose-agreement.js";
import { requestRematch } from "./request-rematch.js";
import { saveGraduationPlan } from "./save-graduation-plan.js";
import { signAgreement } from "./sign-agreement.js";
import { submitAssessment } from "./submit-assessment.js";
import { tickGoal } from "./tick-goal.js";
import { transitionAsParty, transitionAsStaff } from "./transition-relationship.js";

const tags = ["relationships"];
const member = { access: "signed-in" } as const;
const staff = { access: { roles: ["supervisor", "safety", "admin"] } } as const;
const IdParams = z.strictObject({ id: z.uuid("Not an id") });
const GoalParams = z.strictObject({ id: z.uuid("Not an id"), goalId: z.string().min(1).max(80) });
const VersionParams = z.strictObject({ id: z.uuid("Not an id"), version: z.coerce.number().int().min(1) });
const EmptyBody = z.strictObject({});
const detail = { 200: RelationshipDetailSchema };

/** Relationships: the pair's lifecycle, phases, agreement, four-week check and graduation; the supervisor view. */
const relationshipRoutes: RouteModule = async (app, ctx) => {
  app.get(
    "/api/relationships",
    {
      config: member,
      schema: { tags, summary: "Your relationships", response: { 200: MyRelationshipsResponseSchema } },
    },
    async (request) => listRelationships(ctx.db, callerOf(request).userId, ctx.clock.now()),
  );

  app.get(
    "/api/relationships/supervised",
    {
      config: staff,
      schema: {
        tags,
        summary: "Relationships of the mentors you supervise (no notes, no survey answers)",
        response: { 200: SupervisedRelationshipsResponseSchema },
      },
    },
    async (request) => listSupervised(ctx.db, actorOf(request)),
  );

  for (const action of ["pause", "resume", "close"] as const) {
    const body =
      action === "close"
        ? CloseRelationshipRequestSchema
        : action === "pause"
          ? PauseRelationshipRequestSchema
          : ResumeRelationshipRequestSchema;
    app.post(
      `/api/relationships/supervised/:id/${action}`,
      {
        config: staff,
        schema: {
          tags,
          summary: `Staff ${action} a relationship they oversee`,
          params: IdParams,
          body,
          response: { 200: SupervisedRelationshipSchema },
        },
      },
      async (request) => {
        const actor = actorOf(request);
        const reason = "reason" in request.body ? request.body.reason : undefined;
        await transitionAsStaff(ctx, actor, request.params.id, action, { reason });
        return getSupervised(ctx.db, actor, request.params.id);
      },
    );
    app.post(
      `/api/relationships/:id/${action}`,
      {
        config: member,
        schema: { tags, summary: `${action} your relationship`, params: IdParams, body, response: detail },
      },
      async (request) => {
        const reason = "reason" in request.body ? request.body.reason : undefined;
        return transitionAsParty(ctx, actorOf(request), request.params.id, action, { reason });
      },
    );
  }

  app.get(
    "/api/relationships/mentor-application-prefill",
    {
      config: member,
      schema: {
        tags,
        summary: "After graduating: a mentor application form prefilled from your profile",
        response: { 200: MentorApplicationPrefillSchema },
      },
    },
    async (request) => getMentorApplicationPrefill(ctx.db, callerOf(request).userId),
  );

  app.get(
    "/api/relationships/:id",
    { config: member, schema: { tags, summary: "Your relationship", params: IdParams, response: detail } },
    async (request) => getRelationship(ctx.db, callerOf(request).userId, request.params.id, ctx.clock.now()),
  );

  app.post(
    "/api/relationships/:id/rematch",
    {
      config: member,
      schema: { tags, summary: "Mentee: ask for a new mentor", params: IdParams, body: EmptyBody, response: detail },
    },
    async (request) => requestRematch(ctx, actorOf(request), request.params.id),
  );

  app.put(
    "/api/relationships/:id/checklist/:goalId",
    {
      config: member,
      schema: {
        tags,
        summary: "Tick or untick a phase goal",
        params: GoalParams,
        body: TickGoalRequestSchema,
        response: detail,
      },
    },
    async (request) => tickGoal(ctx, actorOf(request), request.params.id, request.params.goalId, request.body.done),
  );

  app.post(
    "/api/relationships/:id/phase/confirm",
    {
      config: member,
      schema: {
        tags,
        summary: "Confirm moving on to the next phase (it changes when both confirmed)",
        params: IdParams,
        body: ConfirmPhaseAdvanceRequestSchema,
        response: detail,
      },
    },
    async (request) => confirmPhaseAdvance(ctx, actorOf(request), request.params.id, request.body.toPhase),
  );

  app.post(
    "/api/relationships/:id/agreement",
    {
      config: member,
      schema: {
        tags,
        summary: "Propose the agreement or a change to it (you sign it by proposing)",
        params: IdParams,
        body: ProposeAgreementRequestSchema,
        response: detail,
      },
    },
    async (request) => proposeAgreement(ctx, actorOf(request), request.params.id, request.body.terms),
  );

  app.post(
    "/api/relationships/:id/agreement/:version/sign",
    {
      config: member,
      schema: {
        tags,
        summary: "Sign a proposed agreement version",
        params: VersionParams,
        body: EmptyBody,
        response: detail,
      },
    },
    async (request) => signAgreement(ctx, actorOf(request), request.params.id, request.params.version),
  );

  app.post(
    "/api/relationships/:id/assessment",
    {
      config: member,
      schema: {
        tags,
        summary: "Answer the four-week fit check",
        params: IdParams,
        body: SubmitAssessmentRequestSchema,
        response: detail,
      },
    },
    async (request) => submitAssessment(ctx, actorOf(request), request.params.id, request.body),
  );

  app.put(
    "/api/relationships/:id/graduation-plan",
    {
      config: member,
      schema: {
        tags,
        summary: "Write the graduation plan and target date",
        params: IdParams,
        body: SaveGraduationPlanRequestSchema,
        response: detail,
      },
    },
    async (request) => saveGraduationPlan(ctx, actorOf(request), request.params.id, request.body),
  );

  app.post(
    "/api/relationships/:id/graduation/confirm",
    {
      config: member,
      schema: {
        tags,
        summary: "Confirm graduation (graduates when both confirmed)",
        params: IdParams,
        body: EmptyBody,
        response: detail,
      },
    },
    async (request) => confirmGraduation(ctx, actorOf(request), request.params.id),
  );
};

export default relationshipRoutes;
