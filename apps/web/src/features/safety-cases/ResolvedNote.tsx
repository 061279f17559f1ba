import { Stack, Text } from "@mantine/core";
import type { SafetyCaseDetail } from "@mentalverse/shared";
import { formatDateTime } from "../../lib/format.js";
import { holdText } from "./CaseOverview.js";

export function ResolvedNote({ safetyCase }: { safetyCase: SafetyCaseDetail }) {
  return (
    <Stack gap="xs" role="status">
      <Text fw={600}>Resolved {formatDateTime(safetyCase.resolvedAt)}.</Text>
      <Text style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
        Note: {safetyCase.resolutionNote ?? "No note recorded."}
      </Text>
      <Text>Peer matching: {holdText(safetyCase.matchingHold)}.</Text>
    </Stack>
  );
}
