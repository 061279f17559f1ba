import { Button, CloseButton, FileButton, Group, Stack, Text, Textarea } from "@mantine/core";
import { useState } from "react";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { ATTACHMENT_MAX_BYTES, encryptAndUpload, formatBytes, MAX_ATTACHMENTS } from "./attachments.js";
import type { AttachmentRef } from "./payloads.js";

export interface EditTarget {
  seq: number;
  text: string;
}

/**
 * Writes a message (Enter sends, Shift+Enter starts a new line), or edits one. Files are encrypted
 * and uploaded when sending; the server only ever receives their ciphertext.
 */
export function Composer({
  conversationId,
  draft,
  onDraftChange,
  editing,
  onCancelEdit,
  onSend,
  onEdit,
}: {
  conversationId: string;
  draft: string;
  onDraftChange: (text: string) => void;
  editing: EditTarget | null;
  onCancelEdit: () => void;
  onSend: (text: string, attachments: AttachmentRef[]) => void;
  onEdit: (seq: number, text: string) => void;
}) {
  const [files, setFiles] = useState<File[]>([]);
  const [uploading, setUploading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const tooLarge = files.find((f) => f.size > ATTACHMENT_MAX_BYTES);

  const submit = async () => {
    const text = draft.trim();
    if (editing) {
      if (text && text !== editing.text) onEdit(editing.seq, text);
      onCancelEdit();
      return;
    }
    if ((!text && files.length === 0) || tooLarge || uploading) return;
    setError(null);
    let attachments: AttachmentRef[] = [];
    if (files.length > 0) {
      setUploading(true);
      try {
        attachments = await Promise.all(files.map((file) => encryptAndUpload(conversationId, file)));
      } catch (caught) {
        setError(caught);
        return;
      } finally {
        setUploading(false);
      }
    }
    onSend(text, attachments);
    onDraftChange("");
    setFiles([]);
  };

  return (
    <form
      aria-label={editing ? "Edit your message" : "Write a message"}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Stack gap={6}>
        {editing ? (
          <Group gap="xs">
            <Text size="sm" fw={600}>
              Editing your message
            </Text>
            <Button size="compact-xs" variant="subtle" onClick={onCancelEdit}>
              Cancel editing
            </Button>
          </Group>
        ) : null}
        <Textarea
          label={editing ? "Edited message" : "Message"}
          autosize
          minRows={2}
          maxRows={8}
          value={draft}
          onChange={(event) => onDraftChange(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === "Enter" && !event.shiftKey && !event.nativeEvent.isComposing) {
              event.preventDefault();
              void submit();
            }
            if (event.key === "Escape" && editing) onCancelEdit();
          }}
          description="Enter sends; Shift+Enter starts a new line."
        />
        {files.length > 0 ? (
          <Stack gap={2} component="ul" p={0} m={0} style={{ listStyle: "none" }} aria-label="Files to send">
            {files.map((file) => (
              <Group component="li" key={`${file.name}-${file.size}-${file.lastModified}`} gap={4} wrap="nowrap">
                <Text
                  size="sm"
                  style={{ overflowWrap: "anywhere" }}
                  c={file.size > ATTACHMENT_MAX_BYTES ? "red.9" : undefined}
                >
                  📎 {file.name} ({formatBytes(file.size)}){file.size > ATTACHMENT_MAX_BYTES ? " is too large" : ""}
                </Text>
                <CloseButton
                  size="sm"
                  aria-label={`Remove ${file.name}`}
                  onClick={() => setFiles(files.filter((other) => other !== file))}
                />
              </Group>
            ))}
          </Stack>
        ) : null}
        {tooLarge ? (
          <Text size="sm" c="red.9" role="alert">
            Files can be up to {formatBytes(ATTACHMENT_MAX_BYTES)}.
          </Text>
        ) : null}
        <ErrorAlert error={error} title="The file was not sent" />
        <Group gap="xs" justify="flex-end" wrap="wrap">
          {editing ? null : (
            <FileButton multiple onChange={(chosen) => setFiles([...files, ...chosen].slice(0, MAX_ATTACHMENTS))}>
              {(props) => (
                <Button {...props} variant="default">
                  Attach a file
                </Button>
              )}
            </FileButton>
          )}
          <Button type="submit" loading={uploading} disabled={Boolean(tooLarge)}>
            {editing ? "Save edit" : "Send"}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
