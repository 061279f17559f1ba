import {
  ApplyAsMentorRequestSchema,
  MentorApplicationDetailSchema,
  MentorApplicationQueueQuerySchema,
  MentorApplicationQueueSchema,
  MentorPreferencesRequestSchema,
  MyMentorApplicationResponseSchema,
  OwnMentorApplicationSchema,
  TransitionRequestSchema,
} from "@mentalverse/shared";
import { z } from "zod";
import { callerOf } from "../../http/access.js";
import { requestMetaOf } from "../../http/request-meta.js";
import type { RouteModule } from "../../http/types.js";
import { staffActorOf } from "../admin/staff-actor.js";
import { applyAsMentor } from "./apply-as-mentor.js";
import { getApplication } from "./get-application.js";
import { getMyApplication } from "./get-my-application.js";
import { listApplications } from "./list-applications.js";
import { transitionApplication } from "./transition-application.js";
import { updatePreferences } from "./update-preferences.js";

const tags = ["mentor-applications"];
const staff = { roles: ["supervisor", "admin"] } as const;
const ParamsSchema = z.strictObject({ id: z.uuid("Not an application id") });

/** Applying to mentor, and the supervisors' pipeline from application to active mentor. */
const mentorApplicationRoutes: RouteModule = (app, ctx) => {
  app.post(
    "/api/mentor-applications",
    {
      config: { access: "signed-in" },
      schema: {
        tags,
        summary: "Apply to become a peer mentor",
        body: ApplyAsMentorRequestSchema,
        response: { 201: OwnMentorApplicationSchema },
      },
    },
    async (request, reply) => {
      const application = await applyAsMentor(ctx, callerOf(request).userId, request.body, requestMetaOf(request));
      return reply.status(201).send(application);
    },
  );

  app.get(
    "/api/mentor-applications/mine",
    {
      config: { access: "signed-in" },
      schema: { tags, summary: "Your newest application", response: { 200: MyMentorApplicationResponseSchema } },
    },
    async (request) => getMyApplication(ctx.db, callerOf(request).userId),
  );

  app.patch(
    "/api/mentor-applications/mine/preferences",
    {
      config: { access: "signed-in" },
      schema: {
        tags,
        summary: "Set your mentee capacity and pause new matches (active mentors)",
        body: MentorPreferencesRequestSchema,
        response: { 200: OwnMentorApplicationSchema },
      },
    },
    async (request) => updatePreferences(ctx, callerOf(request).userId, request.body),
  );

  app.get(
    "/api/mentor-applications",
    {
      config: { access: staff },
      schema: {
        tags,
        summary: "The application queue, optionally by status",
        querystring: MentorApplicationQueueQuerySchema,
        response: { 200: MentorApplicationQueueSchema },
      },
    },
    async (request) => listApplications(ctx.db, request.query),
  );

  app.get(
    "/api/mentor-applications/:id",
    {
      config: { access: staff },
      schema: {
        tags,
        summary: "One application with its history (audited)",
        params: ParamsSchema,
        response: { 200: MentorApplicationDetailSchema },
      },
    },
    async (request) => getApplication(ctx, staffActorOf(request), request.params.id),
  );

  app.post(
    "/api/mentor-applications/:id/transition",
    {
      config: { access: staff },
      schema: {
        tags,
        summary: "Move an application along the pipeline, with a reason (audited)",
        params: ParamsSchema,
        body: TransitionRequestSchema,
        response: { 200: MentorApplicationDetailSchema },
      },
    },
    async (request) => transitionApplication(ctx, staffActorOf(request), request.params.id, request.body),
  );
};

export default mentorApplicationRoutes;
