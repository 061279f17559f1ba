import {
  AssignSafetyCaseRequestSchema,
  SafetyReportDetailSchema,
  SafetyReportListResponseSchema,
  SafetyReportStatusSchema,
} from "@mentalverse/shared";
import { z } from "zod";
import type { RouteModule } from "../../http/types.js";
import { staffActorOf } from "../admin/staff-actor.js";
import { assignReport } from "./assign-report.js";
import { getReport } from "./get-report.js";
import { listReports } from "./list-reports.js";
import { resolveReport } from "./resolve-report.js";

// Administrators included: only the safety team reads what members revealed.
const access = { roles: ["safety"] } as const;
const tags = ["safety"];
const ReportParams = z.strictObject({ id: z.uuid("Not a report id") });
const ListQuery = z.strictObject({ status: SafetyReportStatusSchema.optional() });
const ResolveBody = z.strictObject({
  note: z.string().trim().min(3, "Write a short note on what was done").max(4000),
});
const detail = { 200: SafetyReportDetailSchema };

/** The safety team's queue of message reports and alerts: list, open (audited), assign, resolve. */
export const registerReportQueueRoutes: RouteModule = (app, ctx) => {
  app.get(
    "/api/safety/reports",
    {
      config: { access },
      schema: {
        tags,
        summary: "Reports and alerts, newest first",
        querystring: ListQuery,
        response: { 200: SafetyReportListResponseSchema },
      },
    },
    async (request) => listReports(ctx, request.query.status),
  );

  app.get(
    "/api/safety/reports/:id",
    {
      config: { access },
      schema: {
        tags,
        summary: "One report with its verified messages (audited)",
        params: ReportParams,
        response: detail,
      },
    },
    async (request) => getReport(ctx, staffActorOf(request), request.params.id),
  );

  app.post(
    "/api/safety/reports/:id/assign",
    {
      config: { access },
      schema: {
        tags,
        summary: "Assign a report to a safety-team member (yourself by default)",
        params: ReportParams,
        body: AssignSafetyCaseRequestSchema,
        response: detail,
      },
    },
    async (request) => assignReport(ctx, staffActorOf(request), request.params.id, request.body.assigneeId),
  );

  app.post(
    "/api/safety/reports/:id/resolve",
    {
      config: { access },
      schema: {
        tags,
        summary: "Resolve a report with a note",
        params: ReportParams,
        body: ResolveBody,
        response: detail,
      },
    },
    async (request) => resolveReport(ctx, staffActorOf(request), request.params.id, request.body.note),
  );
};
