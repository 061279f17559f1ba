import type { RouteModule } from "../http/types.js";
import healthRoutes from "./health/routes.js";

/** Every module's routes, registered in this order under /api. Add a module here to expose it. */
export const routeModules: RouteModule[] = [healthRoutes];
