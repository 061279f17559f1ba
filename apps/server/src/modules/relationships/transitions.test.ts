import {
  CLOSE_REASONS,
  type CloseReason,
  RELATIONSHIP_STATES,
  type RelationshipState,
  TRANSITION_ACTIONS,
  TRANSITION_ACTORS,
  type TransitionAction,
} from "@mentalverse/shared";
import { describe, expect, it } from "vitest";
import { checkTransition, LAST_PHASE, type TransitionFacts } from "./transitions.js";

/** The docs/relationships.md table, written out by hand so the code's table is checked against it. */
const WHO: Record<string, string[]> = {
  pause: ["mentee", "mentor", "supervisor", "safety", "admin"],
  resume: ["mentee", "mentor", "supervisor", "safety", "admin"],
  "close:goals_met_early": ["mentee", "mentor", "supervisor", "admin"],
  "close:mentee_moved_on": ["mentee", "supervisor", "admin"],
  "close:mentor_unavailable": ["mentor", "supervisor", "admin"],
  "close:poor_fit": ["mentee", "mentor", "supervisor", "admin"],
  "close:safety": ["safety", "admin"],
  "close:inactivity": ["supervisor", "admin", "system"],
  // Only through a block (close-for-block.ts), which records the blocker's role as the actor.
  "close:blocked": ["system"],
  graduate: ["mentee", "mentor"],
  rematch: ["mentee"],
};
const FROM: Record<TransitionAction, RelationshipState[]> = {
  pause: ["active"],
  resume: ["paused"],
  close: ["active", "paused"],
  graduate: ["active"],
  rematch: ["closed", "active", "paused"],
};

const facts = (status: RelationshipState, extra: Partial<TransitionFacts> = {}): TransitionFacts => ({
  status,
  phase: LAST_PHASE,
  lowFitOffer: true,
  ...extra,
});

describe("the transition table", () => {
  const cases = TRANSITION_ACTIONS.flatMap((action) =>
    (action === "close" ? CLOSE_REASONS : [undefined]).flatMap((reason) =>
      TRANSITION_ACTORS.flatMap((actor) => RELATIONSHIP_STATES.map((status) => ({ action, reason, actor, status }))),
    ),
  );

  it.each(cases)("$action $reason by $actor from $status", ({ action, reason, actor, status }) => {
    const key = reason ? `${action}:${reason}` : action;
    const expected = !WHO[key]?.includes(actor) ? "forbidden" : FROM[action].includes(status) ? "ok" : "conflict";
    expect(checkTransition(facts(status), action, actor, reason as CloseReason | undefined)).toBe(expected);
  });

  it("closes only with a reason", () => {
    expect(checkTransition(facts("active"), "close", "admin")).toBe("forbidden");
  });

  it("graduates only in the last phase", () => {
    expect(checkTransition(facts("active", { phase: "development_and_growth" }), "graduate", "mentee")).toBe(
      "conflict",
    );
  });

  it("rematches a live relationship only with a low-fit offer, a closed one always", () => {
    expect(checkTransition(facts("active", { lowFitOffer: false }), "rematch", "mentee")).toBe("conflict");
    expect(checkTransition(facts("paused", { lowFitOffer: false }), "rematch", "mentee")).toBe("conflict");
    expect(checkTransition(facts("closed", { lowFitOffer: false }), "rematch", "mentee")).toBe("ok");
  });
});
