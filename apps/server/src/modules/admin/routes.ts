import {
  AdminUserDetailSchema,
  AdminUserListQuerySchema,
  AdminUserListResponseSchema,
  AuditListQuerySchema,
  AuditListResponseSchema,
  OutboxListResponseSchema,
  PageQuerySchema,
  SetRolesRequestSchema,
} from "@mentalverse/shared";
import { z } from "zod";
import type { RouteModule } from "../../http/types.js";
import { getUser } from "./get-user.js";
import { listAuditEvents } from "./list-audit-events.js";
import { listOutbox } from "./list-outbox.js";
import { listUsers } from "./list-users.js";
import { setRoles } from "./set-roles.js";
import { staffActorOf } from "./staff-actor.js";

const access = { roles: ["admin"] } as const;
const tags = ["admin"];
const UserParamsSchema = z.strictObject({ id: z.uuid("Not a member id") });

/** Administration: accounts, roles, the audit log and the mail outbox. Administrators only. */
const adminRoutes: RouteModule = (app, ctx) => {
  app.get(
    "/api/admin/users",
    {
      config: { access },
      schema: {
        tags,
        summary: "Search accounts by email or display name",
        querystring: AdminUserListQuerySchema,
        response: { 200: AdminUserListResponseSchema },
      },
    },
    async (request) => listUsers(ctx, request.query),
  );

  app.get(
    "/api/admin/users/:id",
    {
      config: { access },
      schema: {
        tags,
        summary: "One account, including private fields (audited)",
        params: UserParamsSchema,
        response: { 200: AdminUserDetailSchema },
      },
    },
    async (request) => getUser(ctx, staffActorOf(request), request.params.id),
  );

  app.put(
    "/api/admin/users/:id/roles",
    {
      config: { access },
      schema: {
        tags,
        summary: "Replace an account's roles, with a reason (audited; the member is notified)",
        params: UserParamsSchema,
        body: SetRolesRequestSchema,
        response: { 200: AdminUserDetailSchema },
      },
    },
    async (request) => setRoles(ctx, staffActorOf(request), { userId: request.params.id, ...request.body }),
  );

  app.get(
    "/api/admin/audit",
    {
      config: { access },
      schema: {
        tags,
        summary: "Audit events, newest first",
        querystring: AuditListQuerySchema,
        response: { 200: AuditListResponseSchema },
      },
    },
    async (request) => listAuditEvents(ctx, request.query),
  );

  app.get(
    "/api/admin/outbox",
    {
      config: { access },
      schema: {
        tags,
        summary: "Mail the platform sent or kept (audited)",
        querystring: PageQuerySchema,
        response: { 200: OutboxListResponseSchema },
      },
    },
    async (request) => listOutbox(ctx, staffActorOf(request), request.query),
  );
};

export default adminRoutes;
