import { Button, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import { ConfirmDialog } from "../../components/ConfirmDialog.js";
import { useUnblockMember } from "./block-queries.js";

/** Lifting a block, after saying what that does and does not do. */
export function UnblockButton({ memberId, name }: { memberId: string; name: string }) {
  const [opened, { open, close }] = useDisclosure(false);
  const unblock = useUnblockMember();
  const cancel = () => {
    unblock.reset();
    close();
  };
  return (
    <>
      <Button variant="default" size="compact-sm" onClick={open}>
        Unblock {name}
      </Button>
      <ConfirmDialog
        opened={opened}
        onClose={cancel}
        title={`Unblock ${name}?`}
        confirmLabel={`Unblock ${name}`}
        cancelLabel="Keep blocked"
        pending={unblock.isPending}
        error={unblock.error}
        onConfirm={() =>
          unblock.mutate(memberId, {
            onSuccess: () => {
              close();
              notifications.show({ title: `You unblocked ${name}`, message: "Matching may suggest you again." });
            },
          })
        }
      >
        <Text>
          Matching may suggest you to each other again. A person still reviews every match, and nobody is introduced
          until both say yes. Nothing that ended is reopened, and {name} is not told.
        </Text>
      </ConfirmDialog>
    </>
  );
}
