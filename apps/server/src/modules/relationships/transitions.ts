import {
  CLOSE_PERMISSIONS,
  CLOSE_REASONS,
  type CloseReason,
  type RelationshipState,
  TRANSITION_ACTIONS,
  TRANSITIONS,
  type TransitionAction,
  type TransitionActor,
} from "@mentalverse/shared";

export type Party = "mentee" | "mentor";

/** What the relationship holds that decides whether a transition is open, besides its state. */
export interface TransitionFacts {
  status: RelationshipState;
  phase: string;
  /** The mentee holds a rematch offer after a low-fit assessment (rematch from active or paused). */
  lowFitOffer: boolean;
}

export const LAST_PHASE = "mastery_and_independence";

/** Whether the table lets this actor do this action at all (close: for this reason). */
export function roleMay(action: TransitionAction, actor: TransitionActor, reason?: CloseReason): boolean {
  if (!TRANSITIONS[action].by.includes(actor)) return false;
  return action !== "close" || (reason !== undefined && CLOSE_PERMISSIONS[reason].includes(actor));
}

/**
 * Whether the relationship is where the action can start from: the TRANSITIONS table's states,
 * graduation confirmed in the last phase, a rematch from a live relationship only with a low-fit offer.
 */
export function stateMay(facts: TransitionFacts, action: TransitionAction): boolean {
  if (!TRANSITIONS[action].from.includes(facts.status)) return false;
  if (action === "graduate") return facts.phase === LAST_PHASE;
  if (action === "rematch" && facts.status !== "closed") return facts.lowFitOffer;
  return true;
}

/** "forbidden" (403) when the role may never do it, "conflict" (409) when not from here. */
export function checkTransition(
  facts: TransitionFacts,
  action: TransitionAction,
  actor: TransitionActor,
  reason?: CloseReason,
): "ok" | "forbidden" | "conflict" {
  if (!roleMay(action, actor, reason)) return "forbidden";
  return stateMay(facts, action) ? "ok" : "conflict";
}

export function mayTransition(
  facts: TransitionFacts,
  action: TransitionAction,
  actor: TransitionActor,
  reason?: CloseReason,
): boolean {
  return checkTransition(facts, action, actor, reason) === "ok";
}

/** The actions and close reasons open to this actor now: what the web offers as buttons. */
export function allowedFor(
  facts: TransitionFacts,
  actor: TransitionActor,
): { actions: TransitionAction[]; closeReasons: CloseReason[] } {
  const closeReasons = CLOSE_REASONS.filter((r) => mayTransition(facts, "close", actor, r));
  const actions = TRANSITION_ACTIONS.filter((a) =>
    a === "close" ? closeReasons.length > 0 : mayTransition(facts, a, actor),
  );
  return { actions, closeReasons };
}

/** The staff role a caller acts in for this transition: the first of theirs the table allows. */
export function staffActorFor(
  roles: readonly string[],
  action: TransitionAction,
  reason?: CloseReason,
): TransitionActor | null {
  const staff = (["admin", "safety", "supervisor"] as const).filter((r) => roles.includes(r));
  return staff.find((role) => roleMay(action, role, reason)) ?? null;
}
