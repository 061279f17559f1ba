import type { RouteModule } from "../http/types.js";
import accountRoutes from "./account/routes.js";
import adminRoutes from "./admin/routes.js";
import attachmentRoutes from "./attachments/routes.js";
import authRoutes from "./auth/routes.js";
import callRoutes from "./calls/routes.js";
import groupRoutes from "./groups/routes.js";
import healthRoutes from "./health/routes.js";
import matchingRoutes from "./matching/routes.js";
import measuresRoutes from "./measures/routes.js";
import mentorApplicationRoutes from "./mentor-applications/routes.js";
import messageSafetyRoutes from "./message-safety/routes.js";
import messagingRoutes from "./messaging/routes.js";
import notificationRoutes from "./notifications/routes.js";
import onboardingRoutes from "./onboarding/routes.js";
import profileRoutes from "./profiles/routes.js";
import relationshipActivityRoutes from "./relationship-activity/routes.js";
import relationshipRoutes from "./relationships/routes.js";
import safetyRoutes from "./safety/routes.js";
import screeningRoutes from "./screening/routes.js";
import setupRoutes from "./setup/routes.js";

/** Every module's routes, registered in this order under /api. Add a module here to expose it. */
export const routeModules: RouteModule[] = [
  healthRoutes,
  setupRoutes,
  authRoutes,
  accountRoutes,
  adminRoutes,
  notificationRoutes,
  screeningRoutes,
  measuresRoutes,
  safetyRoutes,
  onboardingRoutes,
  profileRoutes,
  mentorApplicationRoutes,
  matchingRoutes,
  // relationships module routes here
  relationshipRoutes,
  // relationship-activity module routes here
  relationshipActivityRoutes,
  // messaging module routes: devices, recovery, conversations, keys, events (issue 6)
  messagingRoutes,
  // groups, message-safety and attachments module routes here
  groupRoutes,
  attachmentRoutes,
  messageSafetyRoutes,
  // calls: ICE servers (time-limited TURN credentials) and a pair's call history
  callRoutes,
];
