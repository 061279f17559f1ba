import {
  MarkReadRequestSchema,
  NotificationListQuerySchema,
  NotificationListResponseSchema,
  OkResponseSchema,
} from "@mentalverse/shared";
import { callerOf } from "../../http/access.js";
import type { RouteModule } from "../../http/types.js";
import { listNotifications } from "./list-notifications.js";
import { markAllNotificationsRead } from "./mark-all-read.js";
import { markNotificationsRead } from "./mark-read.js";

const tags = ["notifications"];

/** The signed-in member's own notifications; nobody reads or marks anyone else's. */
const notificationRoutes: RouteModule = (app, ctx) => {
  app.get(
    "/api/notifications",
    {
      config: { access: "signed-in" },
      schema: {
        tags,
        summary: "Your latest notifications, newest first, and how many are unread",
        querystring: NotificationListQuerySchema,
        response: { 200: NotificationListResponseSchema },
      },
    },
    async (request) => listNotifications(ctx, callerOf(request).userId, request.query),
  );

  app.post(
    "/api/notifications/read",
    {
      config: { access: "signed-in" },
      schema: {
        tags,
        summary: "Mark some of your notifications read",
        body: MarkReadRequestSchema,
        response: { 200: OkResponseSchema },
      },
    },
    async (request) => {
      await markNotificationsRead(ctx, callerOf(request).userId, request.body.ids);
      return { ok: true as const };
    },
  );

  app.post(
    "/api/notifications/read-all",
    {
      config: { access: "signed-in" },
      schema: { tags, summary: "Mark all your notifications read", response: { 200: OkResponseSchema } },
    },
    async (request) => {
      await markAllNotificationsRead(ctx, callerOf(request).userId);
      return { ok: true as const };
    },
  );
};

export default notificationRoutes;
