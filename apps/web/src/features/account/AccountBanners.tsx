import { Alert, Button, Group, Stack, Text } from "@mantine/core";
import type { Me } from "@mentalverse/shared";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { formatDate } from "../../lib/format.js";
import { useCancelDeletion } from "./mutations.js";

/** Shown on every signed-in page: a fictional demo community, and a pending account deletion. */
export function AccountBanners({ me }: { me: Me }) {
  const cancel = useCancelDeletion();
  if (!me.isDemo && !me.deletionScheduledFor) return null;
  return (
    <Stack gap="sm" mb="md">
      {me.isDemo ? (
        <Alert color="indigo" title="Demo community: everyone here is fictional" role="note">
          The members, names and stories you see are made up. None of them belongs to a real person.
        </Alert>
      ) : null}
      {me.deletionScheduledFor ? (
        <Alert color="red" title="Account deletion scheduled" role="note">
          <Group justify="space-between" gap="sm">
            <Text size="sm">
              Your account will be deleted on {formatDate(me.deletionScheduledFor)}. Changed your mind?
            </Text>
            <Button size="xs" variant="default" loading={cancel.isPending} onClick={() => cancel.mutate()}>
              Cancel
            </Button>
          </Group>
          {cancel.error ? <ErrorAlert error={cancel.error} /> : null}
        </Alert>
      ) : null}
    </Stack>
  );
}
