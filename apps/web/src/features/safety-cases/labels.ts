import type { RiskLevel, SafetyCaseStatus } from "@mentalverse/shared";
import type { Tone } from "../../components/StatusBadge.js";

export const RISK_LABELS: Record<RiskLevel, string> = {
  high: "High risk",
  moderate: "Moderate risk",
  low: "Low risk",
  none: "No risk indicated",
};

export const RISK_TONES: Record<RiskLevel, Tone> = { high: "bad", moderate: "warn", low: "info", none: "neutral" };

export const CASE_STATUSES = ["open", "assigned", "resolved"] as const satisfies readonly SafetyCaseStatus[];

export const CASE_STATUS_LABELS: Record<SafetyCaseStatus, string> = {
  open: "Open",
  assigned: "Assigned",
  resolved: "Resolved",
};

export const CASE_STATUS_TONES: Record<SafetyCaseStatus, Tone> = { open: "bad", assigned: "info", resolved: "good" };
