import { Badge, Button, Card, Group, Stack, Text, Textarea, Title } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import type { MatchOffer } from "@mentalverse/shared";
import { useState } from "react";
import { Link } from "react-router";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { ApiError } from "../../lib/api-error.js";
import { formatDateTime } from "../../lib/format.js";
import { BlockMemberDialog } from "./BlockMemberDialog.js";
import { PeerProfileSummary } from "./PeerProfileSummary.js";
import { useAcceptOffer, useDeclineOffer } from "./queries.js";
import { ReasonList } from "./ReasonList.js";

const STATUS_LABEL = { pending: "Waiting", accepted: "Accepted", declined: "Declined", expired: "Expired" } as const;

/** One offer of an introduction: both people must say yes before the window closes; a no needs a reason. */
export function OfferCard({ offer }: { offer: MatchOffer }) {
  const accept = useAcceptOffer();
  const decline = useDeclineOffer();
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState("");
  const [blocking, { open: openBlock, close: closeBlock }] = useDisclosure(false);
  const peer = offer.peer.displayName;
  const open = offer.status === "pending" && offer.yourResponse === null;
  const reasonError = decline.error instanceof ApiError ? decline.error.fieldErrors().reason : undefined;
  const asWho = offer.role === "mentor" ? `mentee ${peer}` : `mentor ${peer}`;
  return (
    <Card withBorder padding="md" component="article" aria-label={`Offer: ${asWho}`}>
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={3} size="h4">
            {offer.role === "mentor" ? `Mentor ${peer}?` : `Be mentored by ${peer}?`}
          </Title>
          <Badge variant="light">{STATUS_LABEL[offer.status]}</Badge>
        </Group>
        {offer.status === "pending" ? (
          <Text size="sm">
            {offer.yourResponse === "accepted"
              ? `You said yes. Waiting for ${peer}, until ${formatDateTime(offer.expiresAt)}.`
              : `Please answer by ${formatDateTime(offer.expiresAt)}; after that the offer passes on.`}
          </Text>
        ) : null}
        <Text fw={600} size="sm">
          Why you were matched
        </Text>
        <ReasonList reasons={offer.reasons} label={`Why you and ${peer} were matched`} />
        <PeerProfileSummary profile={offer.peer} />
        {offer.relationshipId ? (
          <Button component={Link} to={`/matches/${offer.relationshipId}`} variant="light">
            Read your introduction to {peer}
          </Button>
        ) : null}
        {accept.error ? <ErrorAlert error={accept.error} /> : null}
        {open && !declining ? (
          <Group>
            <Button onClick={() => accept.mutate(offer.id)} loading={accept.isPending}>
              Accept
            </Button>
            <Button variant="default" onClick={() => setDeclining(true)}>
              Decline
            </Button>
            <Button variant="subtle" color="red.8" onClick={openBlock}>
              Block {peer}
            </Button>
          </Group>
        ) : null}
        <BlockMemberDialog
          opened={blocking}
          onClose={closeBlock}
          memberId={offer.peerId}
          name={peer}
          consequences={[
            `${peer} will not be matched with you again.`,
            "This offer is declined now, so no relationship starts.",
            `${peer} is not told that you blocked them; the match reviewers see it, so they do not suggest ${peer} to you again.`,
          ]}
          onBlocked={() =>
            notifications.show({ color: "teal", title: `You blocked ${peer}`, message: "The offer was declined." })
          }
        />
        {open && declining ? (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              decline.mutate({ offerId: offer.id, reason });
            }}
          >
            <Stack gap="xs">
              <Textarea
                label="Why are you declining?"
                description="Only the match reviewers read this; it helps them find a better match."
                value={reason}
                onChange={(event) => setReason(event.currentTarget.value)}
                error={reasonError}
                required
                autosize
                minRows={2}
              />
              {decline.error && !reasonError ? <ErrorAlert error={decline.error} /> : null}
              <Group>
                <Button type="submit" color="red.8" loading={decline.isPending}>
                  Decline offer
                </Button>
                <Button variant="subtle" onClick={() => setDeclining(false)}>
                  Keep the offer
                </Button>
              </Group>
            </Stack>
          </form>
        ) : null}
      </Stack>
    </Card>
  );
}
