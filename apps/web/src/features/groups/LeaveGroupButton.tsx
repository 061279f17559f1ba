import { Button, Group, Modal, Stack, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { useNavigate } from "react-router";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { useLeaveGroup } from "./queries.js";

/** Anyone may leave; a confirmation says what it means, then the member goes back to their list. */
export function LeaveGroupButton({
  conversationId,
  title,
  myId,
}: {
  conversationId: string;
  title: string;
  myId: string;
}) {
  const [opened, { open, close }] = useDisclosure(false);
  const leave = useLeaveGroup(conversationId, myId);
  const navigate = useNavigate();
  return (
    <>
      <Button variant="default" color="red.8" onClick={open}>
        Leave group
      </Button>
      <Modal opened={opened} onClose={close} title={`Leave \u201c${title}\u201d?`}>
        <Stack gap="md">
          <Text>
            You will stop receiving its messages and cannot read anything sent after you leave. Someone who moderates
            the group would have to add you again.
          </Text>
          <ErrorAlert error={leave.error} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              Stay
            </Button>
            <Button
              color="red.8"
              loading={leave.isPending}
              onClick={() => leave.mutate(undefined, { onSuccess: () => navigate("/messages") })}
            >
              Leave group
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
