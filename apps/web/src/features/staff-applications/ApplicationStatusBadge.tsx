import type { MentorApplicationStatus } from "@mentalverse/shared";
import { StatusBadge } from "../../components/StatusBadge.js";
import { STATUS_LABELS, STATUS_TONES } from "./labels.js";

export function ApplicationStatusBadge({ status }: { status: MentorApplicationStatus }) {
  return <StatusBadge tone={STATUS_TONES[status]}>{STATUS_LABELS[status]}</StatusBadge>;
}
