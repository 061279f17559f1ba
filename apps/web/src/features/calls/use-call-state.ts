import { useSyncExternalStore } from "react";
import { callEngine } from "./call-engine.js";
import type { CallState } from "./call-state.js";

/** The member's current call, re-rendering on every change. */
export function useCallState(): CallState {
  return useSyncExternalStore(callEngine.subscribe, callEngine.getSnapshot);
}
