import { Anchor, Paper, Stack, Text, Title } from "@mantine/core";
import { type ReactNode, useId } from "react";
import { Link } from "react-router";
import { ConfirmDialog } from "../../components/ConfirmDialog.js";
import { useBlockMember } from "./block-queries.js";

export interface BlockMemberDialogProps {
  opened: boolean;
  onClose: () => void;
  memberId: string;
  name: string;
  /** What blocking does here, one sentence each, in the order the member should read them. */
  consequences: string[];
  /** Where to report what they sent, when there is somewhere (a conversation); crisis lines are always offered. */
  reportHint?: ReactNode;
  /** Runs once the block is in place; the caller says so where the member is looking. */
  onBlocked?: () => void;
}

/** Confirms a block in plain words, with a way to safety help beside it, then blocks. */
export function BlockMemberDialog({
  opened,
  onClose,
  memberId,
  name,
  consequences,
  reportHint,
  onBlocked,
}: BlockMemberDialogProps) {
  const block = useBlockMember();
  const safetyId = useId();
  const cancel = () => {
    block.reset();
    onClose();
  };
  const confirm = () =>
    block.mutate(memberId, {
      onSuccess: () => {
        onClose();
        onBlocked?.();
      },
    });
  return (
    <ConfirmDialog
      opened={opened}
      onClose={cancel}
      title={`Block ${name}?`}
      confirmLabel={`Block ${name}`}
      cancelLabel="Don't block"
      onConfirm={confirm}
      pending={block.isPending}
      error={block.error}
      danger
    >
      <Stack gap="xs">
        {consequences.map((sentence) => (
          <Text key={sentence}>{sentence}</Text>
        ))}
      </Stack>
      <Paper withBorder p="sm" bg="indigo.0" component="section" aria-labelledby={safetyId}>
        <Title order={3} size="h5" id={safetyId} mb={4}>
          If you feel unsafe
        </Title>
        <Text size="sm">
          Blocking does not report anything to the safety team. {reportHint} If you are in danger now, use the crisis
          lines on the{" "}
          <Anchor component={Link} to="/help" size="sm">
            Help page
          </Anchor>
          .
        </Text>
      </Paper>
    </ConfirmDialog>
  );
}
