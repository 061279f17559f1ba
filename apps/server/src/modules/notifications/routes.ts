import {
  MarkReadRequestSchema,
  NotificationListQuerySchema,
  NotificationListResponseSchema,
  NotificationPreferencesSchema,
  OkResponseSchema,
  UpdateNotificationPreferencesSchema,
} from "@mentalverse/shared";
import { callerOf } from "../../http/access.js";
import type { RouteModule } from "../../http/types.js";
import { getNotificationPreferences } from "./get-preferences.js";
import { listNotifications } from "./list-notifications.js";
import { markAllNotificationsRead } from "./mark-all-read.js";
import { markNotificationsRead } from "./mark-read.js";
import { updateNotificationPreferences } from "./update-preferences.js";

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

  app.get(
    "/api/notifications/preferences",
    {
      config: { access: "signed-in" },
      schema: {
        tags,
        summary: "How each category of notification reaches you, and your quiet hours",
        response: { 200: NotificationPreferencesSchema },
      },
    },
    async (request) => getNotificationPreferences(ctx, callerOf(request).userId),
  );

  app.put(
    "/api/notifications/preferences",
    {
      config: { access: "signed-in" },
      schema: {
        tags,
        summary: "Choose in-app and email per category (safety always shows in the app) and quiet hours for email",
        body: UpdateNotificationPreferencesSchema,
        response: { 200: NotificationPreferencesSchema },
      },
    },
    async (request) => updateNotificationPreferences(ctx, callerOf(request).userId, request.body),
  );
};

export default notificationRoutes;
