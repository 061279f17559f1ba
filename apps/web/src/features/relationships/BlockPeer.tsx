import { Anchor, Button, Group, Paper, Text, Title } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import type { RelationshipDetail } from "@mentalverse/shared";
import { useEffect, useRef } from "react";
import { Link } from "react-router";
import { BlockMemberDialog } from "../matching/BlockMemberDialog.js";
import { useBlocks } from "../matching/block-queries.js";
import { UnblockButton } from "../matching/UnblockButton.js";
import { useConversations } from "../messaging/queries.js";
import { blockConsequences, blockedSummary } from "./block-wording.js";

const peerOf = (r: RelationshipDetail) => (r.yourRole === "mentee" ? r.mentor : r.mentee);

/** A quiet way out of a live relationship when the other person is not safe to stay in touch with. */
export function BlockPeerButton({
  relationship: r,
  onBlocked,
}: {
  relationship: RelationshipDetail;
  onBlocked: () => void;
}) {
  const [opened, { open, close }] = useDisclosure(false);
  const peer = peerOf(r);
  return (
    <>
      <Group gap="xs">
        <Text size="sm" c="dimmed">
          No longer want contact with {peer.displayName}?
        </Text>
        <Button variant="subtle" color="red.8" size="compact-sm" onClick={open}>
          Block {peer.displayName}
        </Button>
      </Group>
      <BlockMemberDialog
        opened={opened}
        onClose={close}
        memberId={peer.id}
        name={peer.displayName}
        consequences={blockConsequences(r.yourRole, peer.displayName)}
        reportHint={opened ? <ReportHint relationshipId={r.id} peer={peer.displayName} /> : null}
        onBlocked={onBlocked}
      />
    </>
  );
}

/** Reporting is done on a message, in the pair's conversation; it stays possible once it is read-only. */
function ReportHint({ relationshipId, peer }: { relationshipId: string; peer: string }) {
  const conversations = useConversations();
  const pair = conversations.data?.conversations.find((c) => c.kind === "pair" && c.relationshipId === relationshipId);
  return (
    <>
      To report something {peer} sent, open{" "}
      <Anchor component={Link} to={pair ? `/messages/${pair.id}` : "/messages"} size="sm">
        your conversation with {peer}
      </Anchor>{" "}
      and choose Report on that message; you can still do this after blocking.
    </>
  );
}

/**
 * Shown on an ended relationship only to the member who blocked the other (only they have the block
 * in their list). Right after blocking it is the confirmation, so it takes focus: the button that
 * opened the dialog is gone by then. (The server's "You blocked ..." notice also pops up when the
 * live connection is there; a second toast from here would only repeat it.)
 */
export function BlockedNotice({
  relationship: r,
  takeFocus,
}: {
  relationship: RelationshipDetail;
  takeFocus: boolean;
}) {
  const blocks = useBlocks();
  const peer = peerOf(r);
  const blocked = blocks.data?.blocks.some((b) => b.memberId === peer.id) ?? false;
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (blocked && takeFocus) ref.current?.focus();
  }, [blocked, takeFocus]);
  if (!blocked) return null;
  return (
    <Paper ref={ref} tabIndex={-1} withBorder p="md" component="section" aria-labelledby="blocked-peer-heading">
      <Title order={2} size="h4" id="blocked-peer-heading" mb={4}>
        You blocked {peer.displayName}
      </Title>
      <Text size="sm" mb="xs">
        {blockedSummary(peer.displayName)}
      </Text>
      <UnblockButton memberId={peer.id} name={peer.displayName} />
    </Paper>
  );
}
