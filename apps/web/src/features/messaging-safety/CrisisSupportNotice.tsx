import { Anchor, Button, Group, Paper, Stack, Text, Title, VisuallyHidden } from "@mantine/core";
import { type CrisisResources, detectCrisisLanguage } from "@mentalverse/shared";
import { useEffect, useId, useMemo, useState } from "react";
import { Link } from "react-router";
import { CrisisBox } from "../../components/CrisisBox.js";
import { CrisisResourcesPanel } from "../screening/CrisisResourcesPanel.js";
import { useCrisisResources } from "../screening/queries.js";
import { CrisisAlertButton } from "./CrisisAlertButton.js";

/**
 * Shown beside the message box when what the member is typing reads like crisis language. The
 * check runs on this device only (detectCrisisLanguage); nothing is sent unless the member taps
 * the alert. Once shown it stays for this conversation until the member hides it, so sending or
 * clearing the message does not snatch the help away mid-read.
 */
export function CrisisSupportNotice({ text, conversationId }: { text: string; conversationId?: string }) {
  const matched = useMemo(() => detectCrisisLanguage(text).matched, [text]);
  // Fetched as soon as the conversation opens, whatever is typed: a request made only when the check
  // matched would tell the server that it had.
  const resources = useCrisisResources();
  const scope = conversationId ?? "";
  const [stickyFor, setStickyFor] = useState<string | null>(null);
  const headingId = useId();

  useEffect(() => {
    if (matched) setStickyFor(scope);
  }, [matched, scope]);

  if (!matched && stickyFor !== scope) return null;
  return (
    <Paper
      component="section"
      aria-labelledby={headingId}
      p="md"
      radius="md"
      withBorder
      style={{ borderColor: "var(--mantine-color-indigo-7)", background: "var(--mantine-color-indigo-0)" }}
    >
      <Stack gap="sm">
        {/* Announced once when it appears, so a member typing with a screen reader hears that help is here. */}
        <VisuallyHidden role="status">Support is shown below the message box.</VisuallyHidden>
        <Title order={2} size="h4" id={headingId}>
          It sounds like you might be going through something really hard
        </Title>
        <Text>You don't have to carry it alone. These lines are free, and someone will listen:</Text>
        <CountryCrisisLines resources={resources.data} />
        <Text>
          You can also ask our safety team to get in touch, or{" "}
          <Anchor component={Link} to="/screening">
            take the safety check
          </Anchor>{" "}
          so a trained person can follow up with you.
        </Text>
        <Text fw={600}>Nothing you type is sent to anyone unless you choose this.</Text>
        <CrisisAlertButton conversationId={conversationId} />
        {matched ? null : (
          <Group justify="flex-end">
            <Button variant="subtle" size="compact-sm" onClick={() => setStickyFor(null)}>
              Hide this
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

/**
 * The lines for the member's country when a screening told us it; otherwise (and while loading, or if
 * they cannot be fetched) the built-in list of several countries' lines.
 */
function CountryCrisisLines({ resources }: { resources: CrisisResources | undefined }) {
  if (resources?.country) return <CrisisResourcesPanel resources={resources} headingLevel={3} />;
  return <CrisisBox headingLevel={3} />;
}
