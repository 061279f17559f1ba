import { Stack, Text } from "@mantine/core";
import { CrisisBox } from "../components/CrisisBox.js";
import { PageHeader } from "../components/PageHeader.js";

/** Crisis lines, reachable from every page and without signing in. */
export function HelpPage() {
  return (
    <Stack gap="lg" maw={760}>
      <PageHeader title="Need help now?" />
      <CrisisBox />
      <Text>
        If you are not in immediate danger but are struggling, your doctor or a local mental-health service can help. A
        peer mentor can listen and share their experience, but cannot provide treatment or respond in an emergency.
      </Text>
    </Stack>
  );
}
