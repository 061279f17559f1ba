import type { SocketModule } from "./server.js";

/** Socket handlers of each module, attached to every authenticated socket. Add a module's here. */
export const socketModules: SocketModule[] = [
  // messaging socket module here
  // calls socket module here
];
