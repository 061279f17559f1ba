import type { RouteModule } from "../../http/types.js";
import checkInRoutes from "./check-in-routes.js";
import goalRoutes from "./goal-routes.js";
import sessionRoutes from "./session-routes.js";

/** What a pair does together, under /api/relationships/:id/: goals, sessions, check-ins. */
const relationshipActivityRoutes: RouteModule = async (app, ctx) => {
  await goalRoutes(app, ctx);
  await sessionRoutes(app, ctx);
  await checkInRoutes(app, ctx);
};

export default relationshipActivityRoutes;
