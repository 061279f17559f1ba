import { Button, Group, Radio, Stack, Text } from "@mantine/core";
import type { CloseReason, RelationshipDetail } from "@mentalverse/shared";
import { useState } from "react";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { closeReasonLabel } from "./labels.js";
import { useCloseRelationship } from "./queries.js";

/** Ending needs a reason, chosen from the ones the caller's role may give. */
export function CloseRelationshipForm({
  relationship: r,
  onCancel,
}: {
  relationship: RelationshipDetail;
  onCancel: () => void;
}) {
  const [reason, setReason] = useState<CloseReason | null>(null);
  const [missing, setMissing] = useState(false);
  const close = useCloseRelationship(r.id);
  const peer = r.yourRole === "mentee" ? r.mentor.displayName : r.mentee.displayName;
  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!reason) return setMissing(true);
    close.mutate({ reason }, { onSuccess: onCancel });
  };
  return (
    <form onSubmit={onSubmit} noValidate aria-label="End the relationship">
      <Stack gap="sm">
        <Text size="sm">
          Ending cannot be undone. {peer} is told.{" "}
          {r.yourRole === "mentee" ? "You can ask for a new mentor afterwards." : ""}
        </Text>
        <Radio.Group
          label="Why is it ending?"
          value={reason}
          onChange={(value) => {
            setReason(value as CloseReason);
            setMissing(false);
          }}
          error={missing ? "Choose a reason" : undefined}
        >
          <Stack gap={6} mt={6}>
            {r.closeReasons.map((option) => (
              <Radio key={option} value={option} label={closeReasonLabel(option)} />
            ))}
          </Stack>
        </Radio.Group>
        <ErrorAlert error={close.error} />
        <Group>
          <Button type="submit" color="red.8" loading={close.isPending}>
            End the relationship
          </Button>
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
