import { Button, Group, Stack, Text } from "@mantine/core";
import { useMutation } from "@tanstack/react-query";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { downloadAndSave, formatBytes } from "./attachments.js";
import type { AttachmentRef } from "./payloads.js";

function AttachmentRow({ conversationId, attachment }: { conversationId: string; attachment: AttachmentRef }) {
  const save = useMutation({ mutationFn: () => downloadAndSave(conversationId, attachment) });
  return (
    <Stack gap={2}>
      <Group gap="xs" wrap="wrap">
        <Text size="sm" style={{ overflowWrap: "anywhere" }}>
          📎 {attachment.name}{" "}
          <Text span size="xs" c="dimmed">
            ({formatBytes(attachment.size)})
          </Text>
        </Text>
        <Button
          size="compact-xs"
          variant="light"
          loading={save.isPending}
          onClick={() => save.mutate()}
          aria-label={`Download ${attachment.name}`}
        >
          Download
        </Button>
      </Group>
      <ErrorAlert error={save.error} title="Could not open the attachment" />
    </Stack>
  );
}

/** A message's encrypted files: fetched and decrypted only when the member asks for them. */
export function AttachmentList({
  conversationId,
  attachments,
}: {
  conversationId: string;
  attachments: AttachmentRef[];
}) {
  if (attachments.length === 0) return null;
  return (
    <Stack gap={4}>
      {attachments.map((a) => (
        <AttachmentRow key={a.id} conversationId={conversationId} attachment={a} />
      ))}
    </Stack>
  );
}
