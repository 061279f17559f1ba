import type { RouteModule } from "../../http/types.js";
import conversationRoutes from "./conversation-routes.js";
import deviceRoutes from "./device-routes.js";
import eventRoutes from "./event-routes.js";
import keyRoutes from "./key-routes.js";

/**
 * End-to-end encrypted messaging: devices and recovery keys under /api/messaging, conversations,
 * their keys and their event logs under /api/conversations (groups, attachments and safety reports
 * live in their own modules). The socket side is socket.ts.
 */
const messagingRoutes: RouteModule = async (app, ctx) => {
  await deviceRoutes(app, ctx);
  await conversationRoutes(app, ctx);
  await keyRoutes(app, ctx);
  await eventRoutes(app, ctx);
};

export default messagingRoutes;
