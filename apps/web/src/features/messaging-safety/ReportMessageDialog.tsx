import { Alert, Button, Group, Modal, NativeSelect, Stack, Text, Textarea } from "@mantine/core";
import { REPORT_REASON_LABELS, REPORT_REASONS, type ReportReason, type RevealedMessage } from "@mentalverse/shared";
import { useState } from "react";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import type { DecryptedMessage } from "../messaging/types.js";
import { ContextPicker } from "./ContextPicker.js";
import { MessageQuote } from "./MessageQuote.js";
import { useReportMessages } from "./member-queries.js";
import { failedMessageIndex } from "./report-errors.js";

interface ReportMessageDialogProps {
  opened: boolean;
  onClose(): void;
  conversationId: string;
  reported: DecryptedMessage;
  context: DecryptedMessage[];
}

const REASON_OPTIONS = [
  { value: "", label: "Choose a reason" },
  ...REPORT_REASONS.map((r) => ({ value: r, label: REPORT_REASON_LABELS[r] })),
];

/**
 * Reporting a message to the safety team. The device reveals the message's exact bytes and its
 * franking key; the server checks them against the commitment it stored when the message was
 * sent, so the report proves what was said. Context goes only if the reporter ticks it.
 */
export function ReportMessageDialog({ opened, onClose, conversationId, reported, context }: ReportMessageDialogProps) {
  return (
    <Modal opened={opened} onClose={onClose} title="Report a message" size="lg">
      {/* Keyed, so each opening starts from a blank form. */}
      {opened ? (
        <ReportForm
          key={reported.seq}
          conversationId={conversationId}
          reported={reported}
          context={context}
          onClose={onClose}
        />
      ) : null}
    </Modal>
  );
}

function ReportForm({ onClose, conversationId, reported, context }: Omit<ReportMessageDialogProps, "opened">) {
  const report = useReportMessages();
  const [reason, setReason] = useState<ReportReason | "">("");
  const [reasonError, setReasonError] = useState<string | undefined>();
  const [note, setNote] = useState("");
  const [chosen, setChosen] = useState<Set<number>>(new Set());
  const shared = context.filter((m) => chosen.has(m.seq) && m.revealed);

  if (report.isSuccess) {
    return (
      <Stack gap="md">
        <Text role="status">
          Thank you. The safety team has your report and will look at it. The person you reported is not told who
          reported them.
        </Text>
        <Group justify="flex-end">
          <Button onClick={onClose}>Close</Button>
        </Group>
      </Stack>
    );
  }
  const proofs = [...(reported.revealed ? [reported.revealed] : []), ...(reported.evidence ?? [])];
  if (proofs.length === 0 || !reported.verified) {
    return (
      <Stack gap="md">
        <Alert color="yellow" title="This message cannot be reported">
          This device could not verify this message, or it was deleted, so the safety team would have no way to trust
          it. If you are worried about someone's safety, please contact the safety team or a crisis line directly.
        </Alert>
        <Group justify="flex-end">
          <Button onClick={onClose}>Close</Button>
        </Group>
      </Stack>
    );
  }
  const [first, ...earlier] = proofs as [RevealedMessage, ...RevealedMessage[]];

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!reason) {
      setReasonError("Choose a reason");
      return;
    }
    // The reported version first, then what it replaced or what was deleted, then the chosen context.
    const room = 20 - 1 - earlier.length;
    const messages: RevealedMessage[] = [
      first,
      ...earlier,
      ...shared.slice(0, Math.max(0, room)).flatMap((m) => (m.revealed ? [m.revealed] : [])),
    ];
    const trimmed = note.trim();
    report.mutate({ conversationId, reason, messages, ...(trimmed ? { note: trimmed } : {}) });
  };
  const failed = failedMessageIndex(report.error);
  const failedMessage =
    failed === null ? null : failed <= earlier.length ? reported : shared[failed - 1 - earlier.length];

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Report a message">
      <Stack gap="md">
        <MessageQuote
          sender={reported.senderName}
          sentAt={reported.createdAt}
          text={reported.deleted ? "(deleted by the sender: your device kept what it showed you)" : reported.text}
        />
        {earlier.length > 0 ? (
          <Text size="sm">
            {reported.deleted
              ? "The sender deleted this message. The report includes the version your device received, with its receipt."
              : "The sender edited this message. The report also includes the earlier version your device received."}
          </Text>
        ) : null}
        <Text size="sm">
          Your device shows the safety team exactly this message, with the cryptographic receipt that was recorded when
          it was sent, so they can trust it is what was sent. Nothing else is shared unless you choose it below.
        </Text>
        <NativeSelect
          label="Why are you reporting it?"
          data={REASON_OPTIONS}
          value={reason}
          onChange={(event) => {
            setReason(event.currentTarget.value as ReportReason | "");
            setReasonError(undefined);
          }}
          error={reasonError}
          required
        />
        <Textarea
          label="Anything the safety team should know (optional)"
          autosize
          minRows={2}
          maxLength={2000}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
        />
        <ContextPicker context={context} chosen={chosen} onChange={setChosen} />
        <ErrorAlert error={report.error} title="The report was not sent" />
        {failedMessage ? (
          <Text size="sm">
            The message from {failedMessage.senderName} ({failedMessage === reported ? "the one reported" : "shared"})
            did not match what was sent, so the report was not sent.
            {failedMessage === reported ? "" : " Untick it and try again."}
          </Text>
        ) : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={report.isPending}>
            Cancel
          </Button>
          <Button type="submit" color="red.8" loading={report.isPending}>
            Send report
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
