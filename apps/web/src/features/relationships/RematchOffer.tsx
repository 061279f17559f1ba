import { Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import type { RelationshipDetail } from "@mentalverse/shared";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { formatDate } from "../../lib/format.js";
import { useRematch } from "./queries.js";

/** Shown to the mentee only: after a close, or when the fit check came out low. */
export function RematchOffer({ relationship: r }: { relationship: RelationshipDetail }) {
  const rematch = useRematch(r.id);
  const offer = r.rematchOffer;
  if (!offer) return null;
  const canAsk = r.allowedActions.includes("rematch");
  return (
    <Paper withBorder p="md" bg="indigo.0" component="section" aria-labelledby="rematch-heading">
      <Stack gap="xs">
        <Title order={2} size="h4" id="rematch-heading">
          You can ask for a new mentor
        </Title>
        <Text size="sm">
          {offer.reason === "low_fit"
            ? `Your fit check suggests this match may not be the right one (offered ${formatDate(offer.offeredAt)}). You can try the suggestions first, or ask for a new mentor; asking ends this relationship as not a good fit.`
            : `This relationship has ended (offered ${formatDate(offer.offeredAt)}). You can ask to be matched with someone new.`}
        </Text>
        <ErrorAlert error={rematch.error} />
        {canAsk ? (
          <Group>
            <Button onClick={() => rematch.mutate(undefined)} loading={rematch.isPending}>
              Ask for a new mentor
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Paper>
  );
}
