/** Socket.IO room names, in a module of their own so socket modules can import them without a cycle. */
export const userRoom = (userId: string) => `user:${userId}`;
export const sessionRoom = (sessionId: string) => `session:${sessionId}`;
