import { Badge, Button, Group, List, Stack, Text } from "@mantine/core";
import { safetyNumber } from "@mentalverse/e2ee";
import type { Device } from "@mentalverse/shared";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { QueryState } from "../../components/QueryState.js";
import { formatDate } from "../../lib/format.js";
import { forgetThisDevice, useRefreshMessaging } from "./device.js";
import { devicesKey, messagingApi, useDevices } from "./queries.js";

function DeviceRow({ device, isThis, userId }: { device: Device; isThis: boolean; userId: string }) {
  const [confirming, setConfirming] = useState(false);
  const refresh = useRefreshMessaging();
  const client = useQueryClient();
  const refreshList = () => client.invalidateQueries({ queryKey: devicesKey });
  const revoke = useMutation({
    mutationFn: async () => {
      if (isThis) await forgetThisDevice(userId, device.id);
      else await messagingApi.revokeDevice(device.id);
    },
    onSuccess: () => {
      if (isThis) refresh(null);
      else void refreshList();
    },
  });
  return (
    <List.Item>
      <Stack gap={2}>
        <Group gap="xs">
          <Text fw={600}>{device.name}</Text>
          {isThis ? <Badge variant="light">This device</Badge> : null}
        </Group>
        <Text size="sm" c="dimmed">
          Added {formatDate(device.createdAt)}
        </Text>
        <Text size="sm">
          Safety number:{" "}
          <Text span ff="monospace" style={{ overflowWrap: "anywhere" }}>
            {safetyNumber({ devices: [device] })}
          </Text>
        </Text>
        {confirming ? (
          <Group gap="xs">
            <Text size="sm">
              {isThis
                ? "This browser forgets its keys; you would need your recovery key to use messaging here again."
                : "That device stops receiving new messages."}
            </Text>
            <Button size="xs" color="red.8" loading={revoke.isPending} onClick={() => revoke.mutate()}>
              Remove {device.name}
            </Button>
            <Button size="xs" variant="default" onClick={() => setConfirming(false)}>
              Keep it
            </Button>
          </Group>
        ) : (
          <Button
            size="xs"
            variant="subtle"
            color="red.9"
            c="red.9"
            w="fit-content"
            onClick={() => setConfirming(true)}
          >
            {isThis ? "Remove this device" : `Remove ${device.name}…`}
          </Button>
        )}
        <ErrorAlert error={revoke.error} />
      </Stack>
    </List.Item>
  );
}

/**
 * The member's messaging devices. Compare a device's safety number with what that device shows
 * here to be sure nobody slipped in a key of their own.
 */
export function DeviceList({ thisDeviceId, userId }: { thisDeviceId: string | null; userId: string }) {
  const devices = useDevices();
  return (
    <QueryState query={devices} label="Loading your devices">
      {({ devices: list }) => {
        const active = list.filter((d) => !d.revokedAt);
        return active.length === 0 ? (
          <Text>No devices yet.</Text>
        ) : (
          <List spacing="md" listStyleType="none" aria-label="Your devices">
            {active.map((device) => (
              <DeviceRow key={device.id} device={device} isThis={device.id === thisDeviceId} userId={userId} />
            ))}
          </List>
        );
      }}
    </QueryState>
  );
}
