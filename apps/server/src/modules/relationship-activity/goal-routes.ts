import {
  AddMilestoneRequestSchema,
  AddProgressUpdateRequestSchema,
  CreateGoalRequestSchema,
  GoalParamsSchema,
  MentoringGoalListResponseSchema,
  MentoringGoalSchema,
  MilestoneParamsSchema,
  RelationshipIdParamsSchema,
  UpdateGoalRequestSchema,
  UpdateMilestoneRequestSchema,
} from "@mentalverse/shared";
import { callerOf } from "../../http/access.js";
import type { RouteModule } from "../../http/types.js";
import { addMilestone } from "./add-milestone.js";
import { addProgressUpdate } from "./add-progress-update.js";
import { createGoal } from "./create-goal.js";
import { listGoalsOf } from "./list-goals.js";
import { actorOf, member } from "./route-helpers.js";
import { changeGoal } from "./update-goal.js";
import { markMilestone } from "./update-milestone.js";

const tags = ["relationship-goals"];

/** The pair's goals: both members read and write them; nobody else sees them. */
const goalRoutes: RouteModule = async (app, ctx) => {
  app.get(
    "/api/relationships/:id/goals",
    {
      config: member,
      schema: {
        tags,
        summary: "The goals of your relationship",
        params: RelationshipIdParamsSchema,
        response: { 200: MentoringGoalListResponseSchema },
      },
    },
    async (request) => listGoalsOf(ctx.db, callerOf(request).userId, request.params.id),
  );

  app.post(
    "/api/relationships/:id/goals",
    {
      config: member,
      schema: {
        tags,
        summary: "Set a goal together, with milestones to start",
        params: RelationshipIdParamsSchema,
        body: CreateGoalRequestSchema,
        response: { 201: MentoringGoalSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createGoal(ctx, actorOf(request), request.params.id, request.body)),
  );

  app.patch(
    "/api/relationships/:id/goals/:goalId",
    {
      config: member,
      schema: {
        tags,
        summary: "Edit a goal, or mark it achieved or set aside",
        params: GoalParamsSchema,
        body: UpdateGoalRequestSchema,
        response: { 200: MentoringGoalSchema },
      },
    },
    async (request) => changeGoal(ctx, actorOf(request), request.params.id, request.params.goalId, request.body),
  );

  app.post(
    "/api/relationships/:id/goals/:goalId/milestones",
    {
      config: member,
      schema: {
        tags,
        summary: "Add a milestone to a goal",
        params: GoalParamsSchema,
        body: AddMilestoneRequestSchema,
        response: { 201: MentoringGoalSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await addMilestone(ctx, actorOf(request), request.params.id, request.params.goalId, request.body.title)),
  );

  app.patch(
    "/api/relationships/:id/goals/:goalId/milestones/:milestoneId",
    {
      config: member,
      schema: {
        tags,
        summary: "Tick or untick a milestone",
        params: MilestoneParamsSchema,
        body: UpdateMilestoneRequestSchema,
        response: { 200: MentoringGoalSchema },
      },
    },
    async (request) => {
      const { id, goalId, milestoneId } = request.params;
      return markMilestone(ctx, actorOf(request), { relationshipId: id, goalId, milestoneId }, request.body.done);
    },
  );

  app.post(
    "/api/relationships/:id/goals/:goalId/updates",
    {
      config: member,
      schema: {
        tags,
        summary: "Note progress on a goal (0-100 %)",
        params: GoalParamsSchema,
        body: AddProgressUpdateRequestSchema,
        response: { 201: MentoringGoalSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await addProgressUpdate(ctx, actorOf(request), request.params.id, request.params.goalId, request.body)),
  );
};

export default goalRoutes;
