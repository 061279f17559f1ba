import {
  AssignSafetyCaseRequestSchema,
  ClearMatchingHoldRequestSchema,
  ResolveSafetyCaseRequestSchema,
  SafetyCaseDetailSchema,
  SafetyCaseListQuerySchema,
  SafetyCaseListResponseSchema,
} from "@mentalverse/shared";
import { z } from "zod";
import type { RouteModule } from "../../http/types.js";
import { staffActorOf } from "../admin/staff-actor.js";
import { assignSafetyCase } from "./assign-safety-case.js";
import { clearMatchingHoldLater } from "./clear-matching-hold-later.js";
import { getSafetyCase } from "./get-safety-case.js";
import { listSafetyCases } from "./list-safety-cases.js";
import { resolveSafetyCase } from "./resolve-safety-case.js";

// Administrators included: only the safety team reads screenings.
const access = { roles: ["safety"] } as const;
const tags = ["safety"];
const CaseParamsSchema = z.strictObject({ id: z.uuid("Not a case id") });

/** The safety queue of screening cases: list, open (audited), assign, resolve with a note. */
const safetyRoutes: RouteModule = (app, ctx) => {
  app.get(
    "/api/safety/cases",
    {
      config: { access },
      schema: {
        tags,
        summary: "Safety cases, highest risk then oldest first",
        querystring: SafetyCaseListQuerySchema,
        response: { 200: SafetyCaseListResponseSchema },
      },
    },
    async (request) => listSafetyCases(ctx, request.query),
  );

  app.get(
    "/api/safety/cases/:id",
    {
      config: { access },
      schema: {
        tags,
        summary: "One case with the member's screening answers (audited)",
        params: CaseParamsSchema,
        response: { 200: SafetyCaseDetailSchema },
      },
    },
    async (request) => getSafetyCase(ctx, staffActorOf(request), request.params.id),
  );

  app.post(
    "/api/safety/cases/:id/assign",
    {
      config: { access },
      schema: {
        tags,
        summary: "Assign a case to a safety-team member (yourself by default)",
        params: CaseParamsSchema,
        body: AssignSafetyCaseRequestSchema,
        response: { 200: SafetyCaseDetailSchema },
      },
    },
    async (request) => assignSafetyCase(ctx, staffActorOf(request), request.params.id, request.body.assigneeId),
  );

  app.post(
    "/api/safety/cases/:id/resolve",
    {
      config: { access },
      schema: {
        tags,
        summary: "Resolve a case with a note, optionally clearing the matching hold (audited)",
        params: CaseParamsSchema,
        body: ResolveSafetyCaseRequestSchema,
        response: { 200: SafetyCaseDetailSchema },
      },
    },
    async (request) => resolveSafetyCase(ctx, staffActorOf(request), { caseId: request.params.id, ...request.body }),
  );

  app.post(
    "/api/safety/cases/:id/clear-hold",
    {
      config: { access },
      schema: {
        tags,
        summary: "Clear a matching hold left in place when the case was resolved (audited)",
        params: CaseParamsSchema,
        body: ClearMatchingHoldRequestSchema,
        response: { 200: SafetyCaseDetailSchema },
      },
    },
    async (request) => clearMatchingHoldLater(ctx, staffActorOf(request), request.params.id, request.body.note),
  );
};

export default safetyRoutes;
