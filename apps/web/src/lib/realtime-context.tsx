import { createContext, useContext } from "react";
import type { RealtimeSocket } from "./socket.js";

export interface RealtimeState {
  /** The member's live socket; null until connected for the first time after sign-in. */
  socket: RealtimeSocket | null;
  /**
   * Goes up each time the socket (re)authenticates. Features that keep live state (a
   * conversation, a call) resync when it changes, so nothing sent while away is missed.
   */
  generation: number;
}

export const RealtimeContext = createContext<RealtimeState>({ socket: null, generation: 0 });

/** The signed-in member's socket and its authentication generation (SignedInShell provides them). */
export function useRealtimeSocket(): RealtimeState {
  return useContext(RealtimeContext);
}
