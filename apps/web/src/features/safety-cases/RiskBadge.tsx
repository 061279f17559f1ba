import type { RiskLevel, SafetyCaseStatus } from "@mentalverse/shared";
import { StatusBadge } from "../../components/StatusBadge.js";
import { CASE_STATUS_LABELS, CASE_STATUS_TONES, RISK_LABELS, RISK_TONES } from "./labels.js";

/** Risk in words; the colour only repeats it. */
export function RiskBadge({ risk }: { risk: RiskLevel }) {
  return <StatusBadge tone={RISK_TONES[risk]}>{RISK_LABELS[risk]}</StatusBadge>;
}

export function CaseStatusBadge({ status }: { status: SafetyCaseStatus }) {
  return <StatusBadge tone={CASE_STATUS_TONES[status]}>{CASE_STATUS_LABELS[status]}</StatusBadge>;
}
