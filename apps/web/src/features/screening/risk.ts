import type { RiskLevel } from "@mentalverse/shared";
import type { Tone } from "../../components/StatusBadge.js";

export const RISK_LABELS: Record<RiskLevel, string> = {
  none: "No risk found",
  low: "Low",
  moderate: "Moderate",
  high: "High",
};

export const RISK_TONES: Record<RiskLevel, Tone> = { none: "good", low: "info", moderate: "warn", high: "bad" };
