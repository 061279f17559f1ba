import { Button, Card, Group, Stack, Text, Textarea, Title } from "@mantine/core";
import type { SafetyReportDetail } from "@mentalverse/shared";
import { z } from "zod";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { useZodForm } from "../../components/forms/use-zod-form.js";
import { formatDateTime } from "../../lib/format.js";
import { useAssignReport, useResolveReport } from "./staff-queries.js";

const ResolveSchema = z.strictObject({
  note: z.string().trim().min(3, "Write a short note on what was done").max(4000),
});

function AssignToMe({ report, myId }: { report: SafetyReportDetail; myId: string }) {
  const assign = useAssignReport(report.id);
  if (report.assigneeId === myId) return <Text>This report is assigned to you.</Text>;
  return (
    <Stack gap="xs">
      <ErrorAlert error={assign.error} />
      <Group gap="sm">
        <Button onClick={() => assign.mutate({})} loading={assign.isPending}>
          Assign to me
        </Button>
        <Text size="sm">{report.assigneeId ? "Another team member has it now." : "Nobody has taken it yet."}</Text>
      </Group>
    </Stack>
  );
}

function ResolveForm({ report }: { report: SafetyReportDetail }) {
  const form = useZodForm({ note: "" });
  const resolve = useResolveReport(report.id);
  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    const body = form.parse(ResolveSchema);
    if (body) resolve.mutate(body, { onError: form.fail });
  };
  return (
    <form ref={form.formRef} onSubmit={onSubmit} noValidate aria-label="Resolve this report">
      <Stack gap="md">
        <ErrorAlert error={form.formError} />
        <Textarea
          label="Resolution note"
          description="Required. What was done. Seen only by the safety team."
          autosize
          minRows={3}
          {...form.text("note")}
        />
        <Group>
          <Button type="submit" loading={resolve.isPending}>
            Resolve
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Take the report, then close it with a note; a resolved one shows that note. */
export function ReportWorkPanel({ report, myId }: { report: SafetyReportDetail; myId: string }) {
  const resolved = report.status === "resolved";
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="report-work-heading">
      <Title order={2} size="h3" id="report-work-heading" mb="md">
        {resolved ? "Resolution" : "Work on this report"}
      </Title>
      {resolved ? (
        <Stack gap={4}>
          <Text fw={600}>Resolved {formatDateTime(report.resolvedAt)}</Text>
          <Text style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
            {report.resolutionNote ?? "No note."}
          </Text>
        </Stack>
      ) : (
        <Stack gap="lg">
          <AssignToMe report={report} myId={myId} />
          <ResolveForm report={report} />
        </Stack>
      )}
    </Card>
  );
}
