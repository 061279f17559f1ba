import { callsSocketModule } from "../modules/calls/socket.js";
import { messagingSocketModule } from "../modules/messaging/socket.js";
import type { SocketModule } from "./server.js";

/** Socket handlers of each module, attached to every authenticated socket. Add a module's here. */
export const socketModules: SocketModule[] = [
  messagingSocketModule,
  // calls socket module here
  callsSocketModule,
];
