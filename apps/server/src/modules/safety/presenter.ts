import type { SafetyCaseDetail, SafetyCaseSummary } from "@mentalverse/shared";
import type { ScreeningRow } from "../screening/screening-repository.js";
import type { MatchingHoldRow, SafetyCaseListRow } from "./safety-repository.js";

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

export function presentSafetyCase(row: SafetyCaseListRow): SafetyCaseSummary {
  return {
    id: row.id,
    memberId: row.user_id,
    memberName: row.member_name,
    risk: row.risk,
    status: row.status,
    assigneeId: row.assignee_id,
    assigneeName: row.assignee_name,
    openedAt: row.opened_at.toISOString(),
    assignedAt: iso(row.assigned_at),
    resolvedAt: iso(row.resolved_at),
  };
}

/** The safety team's view: the screening's answers, level and reasons, the note, and the hold. */
export function presentSafetyCaseDetail(
  row: SafetyCaseListRow,
  screening: ScreeningRow,
  hold: MatchingHoldRow | undefined,
): SafetyCaseDetail {
  return {
    ...presentSafetyCase(row),
    resolvedById: row.resolved_by,
    resolutionNote: row.resolution_note,
    screening: {
      id: screening.id,
      answers: screening.answers,
      risk: screening.risk ?? row.risk,
      reasons: screening.reasons,
      country: screening.country,
      completedAt: iso(screening.completed_at),
    },
    matchingHold: { active: hold !== undefined, since: iso(hold?.created_at ?? null) },
  };
}
