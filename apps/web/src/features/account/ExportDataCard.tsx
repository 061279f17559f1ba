import { Button, Stack, Text } from "@mantine/core";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { useExportData } from "./mutations.js";

export function ExportDataCard() {
  const exportData = useExportData();
  return (
    <Stack gap="sm" align="flex-start">
      <Text>
        Download a copy of everything MentalVerse holds about your account, as one JSON file you can open in any text
        editor.
      </Text>
      <ErrorAlert error={exportData.error} />
      <Button variant="default" loading={exportData.isPending} onClick={() => exportData.mutate()}>
        Download my data
      </Button>
      <Text size="sm" role="status" c="teal.9">
        {exportData.isSuccess ? "Your download has started." : ""}
      </Text>
    </Stack>
  );
}
