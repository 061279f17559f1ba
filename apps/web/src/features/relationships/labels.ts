import {
  CLOSE_REASON_LABELS,
  type CloseReason,
  RELATIONSHIP_PHASES,
  type RelationshipPhase,
  type RelationshipState,
} from "@mentalverse/shared";
import type { Tone } from "../../components/StatusBadge.js";

export const STATE_LABELS: Record<RelationshipState, string> = {
  active: "Active",
  paused: "Paused",
  graduated: "Graduated",
  closed: "Closed",
  rematched: "Closed, rematching",
};

export const STATE_TONES: Record<RelationshipState, Tone> = {
  active: "good",
  paused: "warn",
  graduated: "info",
  closed: "neutral",
  rematched: "neutral",
};

const phaseOf = (id: RelationshipPhase) => RELATIONSHIP_PHASES.find((p) => p.id === id);

/** "Phase 1: Introduction and Exploration". */
export function phaseName(id: RelationshipPhase): string {
  const phase = phaseOf(id);
  return phase ? `Phase ${phase.number}: ${phase.label}` : id;
}

/** "Introduction and Exploration" (no number), for buttons and sentences. */
export const phaseShortName = (id: RelationshipPhase) => phaseOf(id)?.label ?? id;

export const phaseSpan = (id: RelationshipPhase) => phaseOf(id)?.span.label ?? "";

export const phaseNumber = (id: RelationshipPhase) => phaseOf(id)?.number ?? 1;

export const closeReasonLabel = (reason: CloseReason) => CLOSE_REASON_LABELS[reason] ?? reason;

export const roleLabel = (role: "mentee" | "mentor") => (role === "mentee" ? "Mentee" : "Mentor");
