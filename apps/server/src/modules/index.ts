import type { RouteModule } from "../http/types.js";
import accountRoutes from "./account/routes.js";
import adminRoutes from "./admin/routes.js";
import authRoutes from "./auth/routes.js";
import healthRoutes from "./health/routes.js";
import notificationRoutes from "./notifications/routes.js";
import setupRoutes from "./setup/routes.js";

/** Every module's routes, registered in this order under /api. Add a module here to expose it. */
export const routeModules: RouteModule[] = [
  healthRoutes,
  setupRoutes,
  authRoutes,
  accountRoutes,
  adminRoutes,
  notificationRoutes,
];
