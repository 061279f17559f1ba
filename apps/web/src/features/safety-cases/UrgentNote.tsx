import { Alert, Text } from "@mantine/core";
import type { SafetyCaseDetail } from "@mentalverse/shared";

/** Peer support is not crisis care: a high-risk case goes to people who can act now, not to a queue. */
export function UrgentNote({ safetyCase }: { safetyCase: SafetyCaseDetail }) {
  if (safetyCase.risk !== "high" || safetyCase.status === "resolved") return null;
  return (
    <Alert color="red" title="High risk: act promptly" role="note">
      <Text size="sm">
        Members at this level are shown crisis lines in the app, which is not enough on its own: contact this member
        promptly. If you believe they are in immediate danger, follow the emergency procedure and contact emergency
        services where they live (country: {safetyCase.screening.country ?? "not given"}).
      </Text>
    </Alert>
  );
}
