import { Button, Group, Modal, Radio, Stack, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import type { CloseReason, SupervisedRelationshipSchema } from "@mentalverse/shared";
import { useState } from "react";
import type { z } from "zod";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { useMe } from "../auth/session.js";
import { closeReasonLabel } from "./labels.js";
import { useStaffTransition } from "./queries.js";
import { staffOptions } from "./staff-permissions.js";

type Row = z.infer<typeof SupervisedRelationshipSchema>;

/** A supervisor steps in: pause, resume or end with a reason their role may give. Both members are told. */
export function StaffActions({ row }: { row: Row }) {
  const me = useMe();
  const [opened, { open, close }] = useDisclosure(false);
  const [reason, setReason] = useState<CloseReason | null>(null);
  const transition = useStaffTransition(row.id);
  const options = staffOptions(me.roles, row.status);
  const pair = `${row.mentor.displayName} mentoring ${row.mentee.displayName}`;
  if (!options.pause && !options.resume && options.closeReasons.length === 0) return <Text size="sm">None</Text>;
  const done = () => {
    setReason(null);
    close();
  };
  return (
    <>
      <Button size="xs" variant="default" onClick={open} aria-label={`Manage ${pair}`}>
        Manage
      </Button>
      <Modal opened={opened} onClose={done} title={pair}>
        <Stack gap="md">
          <Text size="sm">Both members are told of any change. Talk with them first when you can.</Text>
          <ErrorAlert error={transition.error} />
          <Group>
            {options.pause ? (
              <Button onClick={() => transition.mutate({ action: "pause" }, { onSuccess: done })}>
                Pause the relationship
              </Button>
            ) : null}
            {options.resume ? (
              <Button onClick={() => transition.mutate({ action: "resume" }, { onSuccess: done })}>
                Resume the relationship
              </Button>
            ) : null}
          </Group>
          {options.closeReasons.length > 0 ? (
            <form
              aria-label="End the relationship"
              onSubmit={(event) => {
                event.preventDefault();
                if (reason) transition.mutate({ action: "close", reason }, { onSuccess: done });
              }}
            >
              <Stack gap="sm">
                <Radio.Group
                  label="End it, because"
                  value={reason}
                  onChange={(value) => setReason(value as CloseReason)}
                >
                  <Stack gap={6} mt={6}>
                    {options.closeReasons.map((option) => (
                      <Radio key={option} value={option} label={closeReasonLabel(option)} />
                    ))}
                  </Stack>
                </Radio.Group>
                <Group>
                  <Button type="submit" color="red.8" disabled={!reason} loading={transition.isPending}>
                    End the relationship
                  </Button>
                </Group>
              </Stack>
            </form>
          ) : null}
        </Stack>
      </Modal>
    </>
  );
}
