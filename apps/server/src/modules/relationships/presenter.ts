import {
  type AgreementTerms,
  CloseReasonSchema,
  phaseHeading,
  RELATIONSHIP_PHASES,
  type RelationshipDetail,
  RelationshipPhaseSchema,
  RelationshipStateSchema,
} from "@mentalverse/shared";
import { DAY } from "../../lib/clock.js";
import type { AgreementRow } from "./agreements-repository.js";
import type { AssessmentRow } from "./assessments-repository.js";
import type { TickRow } from "./checklist-repository.js";
import { fitOf } from "./fit.js";
import { nextStepOf } from "./next-step.js";
import { factsOf } from "./party.js";
import { ASSESSMENT_OPENS_AFTER_DAYS, goalsOf, nextPhase, phaseOf, phaseSuggestion } from "./phases.js";
import type { RelationshipEventRow, RelationshipRecord } from "./relationships-repository.js";
import { allowedFor, type Party } from "./transitions.js";

export interface DetailParts {
  rel: RelationshipRecord;
  party: Party;
  events: RelationshipEventRow[];
  ticks: TickRow[];
  agreements: AgreementRow[];
  assessments: AssessmentRow[];
  now: Date;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

function presentVersion(row: AgreementRow) {
  return {
    version: row.version,
    terms: row.terms as AgreementTerms,
    proposedBy: row.proposed_by,
    proposedAt: row.proposed_at.toISOString(),
    menteeSignedAt: iso(row.mentee_signed_at),
    mentorSignedAt: iso(row.mentor_signed_at),
  };
}

export function agreementOf(versions: AgreementRow[]) {
  const signed = versions.filter((v) => v.mentee_signed_at && v.mentor_signed_at);
  const current = signed.at(-1) ?? null;
  const latest = versions.at(-1) ?? null;
  const pending = latest && latest !== current && (!current || latest.version > current.version) ? latest : null;
  return { current: current && presentVersion(current), pending: pending && presentVersion(pending) };
}

export function assessmentOf(rel: RelationshipRecord, party: Party | null, rows: AssessmentRow[], now: Date) {
  const opensAt = new Date(rel.started_at.getTime() + ASSESSMENT_OPENS_AFTER_DAYS * DAY);
  const complete = rows.length === 2;
  const open = rel.assessment_opened_at !== null || now >= opensAt;
  return {
    status: complete ? ("complete" as const) : open ? ("open" as const) : ("not_open" as const),
    opensAt: opensAt.toISOString(),
    openedAt: iso(rel.assessment_opened_at),
    youAnswered: rows.some((r) => r.respondent === party),
    peerAnswered: rows.some((r) => party !== null && r.respondent !== party),
    result: complete ? fitOf(rows.map((r) => ({ score: r.score, answers: r.answers }))) : null,
  };
}

export function presentDetail(parts: DetailParts): RelationshipDetail {
  const { rel, party, now } = parts;
  const phase = phaseOf(rel.phase);
  const phaseStartedAt = rel.phase_started_at ?? rel.started_at;
  const ticked = new Map(parts.ticks.map((t) => [t.goal_id, t]));
  const checklists = RELATIONSHIP_PHASES.map((p) => {
    const goals = goalsOf(p.id).map((g) => {
      const tick = ticked.get(g.id);
      return { ...g, done: !!tick, tickedBy: tick?.ticked_by ?? null, tickedAt: iso(tick?.ticked_at ?? null) };
    });
    return {
      phase: p.id,
      heading: phaseHeading(p),
      goals,
      done: goals.filter((g) => g.done).length,
      total: goals.length,
    };
  });
  const currentDone = checklists.find((c) => c.phase === phase)?.done ?? 0;
  const live = rel.status === "active";
  const suggestion = live ? phaseSuggestion(phase, rel.started_at, now, currentDone) : null;
  const agreement = agreementOf(parts.agreements);
  const assessment = assessmentOf(rel, party, parts.assessments, now);
  const allowed = allowedFor(factsOf(rel), party);
  // Only the blocker sees that a block ended it: the blocked member learning of it could put the
  // blocker at risk, so to them it reads as an ending without a reason.
  const blocker = parts.events.find((e) => e.reason === "blocked")?.actor;
  const shown = (reason: string | null) => (reason === "blocked" && blocker !== party ? null : reason);
  const detail: Omit<RelationshipDetail, "nextStep"> = {
    id: rel.id,
    yourRole: party,
    mentee: { id: rel.mentee_id, displayName: rel.mentee_name },
    mentor: { id: rel.mentor_id, displayName: rel.mentor_name },
    status: RelationshipStateSchema.parse(rel.status),
    closeReason: shown(rel.close_reason) ? CloseReasonSchema.parse(rel.close_reason) : null,
    startedAt: rel.started_at.toISOString(),
    endedAt: iso(rel.ended_at),
    phase: {
      current: phase,
      phaseStartedAt: phaseStartedAt.toISOString(),
      next: nextPhase(phase),
      suggestion,
      menteeConfirmedAt: iso(rel.advance_mentee_at),
      mentorConfirmedAt: iso(rel.advance_mentor_at),
    },
    checklists,
    agreement,
    assessment,
    graduation: {
      plan: rel.graduation_plan,
      targetDate: rel.graduation_target,
      menteeConfirmedAt: iso(rel.graduation_mentee_at),
      mentorConfirmedAt: iso(rel.graduation_mentor_at),
      graduatedAt: rel.status === "graduated" ? iso(rel.ended_at) : null,
    },
    rematchOffer:
      party === "mentee" && rel.rematch_offer && rel.rematch_offered_at
        ? {
            reason: rel.rematch_offer === "low_fit" ? "low_fit" : "closed",
            offeredAt: rel.rematch_offered_at.toISOString(),
          }
        : null,
    allowedActions: allowed.actions,
    closeReasons: allowed.closeReasons,
    events: parts.events.map((e) => ({
      at: e.at.toISOString(),
      action: e.action,
      actor: e.actor as RelationshipDetail["events"][number]["actor"],
      fromStatus: e.from_status ? RelationshipStateSchema.parse(e.from_status) : null,
      toStatus: e.to_status ? RelationshipStateSchema.parse(e.to_status) : null,
      fromPhase: e.from_phase ? RelationshipPhaseSchema.parse(e.from_phase) : null,
      toPhase: e.to_phase ? RelationshipPhaseSchema.parse(e.to_phase) : null,
      reason: shown(e.reason),
    })),
  };
  return { ...detail, nextStep: nextStepOf(detail) };
}
