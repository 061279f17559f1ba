import { Anchor, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { Link, useNavigate, useSearchParams } from "react-router";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { Loading } from "../../components/Loading.js";
import { PageHeader } from "../../components/PageHeader.js";
import { useMe } from "../../features/auth/session.js";
import { DeviceList } from "../../features/messaging/DeviceList.js";
import { useRefreshMessaging, useThisDevice } from "../../features/messaging/device.js";
import { FirstDeviceSetup } from "../../features/messaging/FirstDeviceSetup.js";
import type { StoredDevice } from "../../features/messaging/keystore.js";
import { useRecoveryState } from "../../features/messaging/queries.js";
import { RestoreDevice } from "../../features/messaging/RestoreDevice.js";
import { safeNext } from "../../lib/safe-next.js";

function SetUp({ onDone }: { onDone: (device: StoredDevice) => void }) {
  const recovery = useRecoveryState();
  const [startOver, setStartOver] = useState(false);
  if (recovery.isPending) return <Loading label="Checking your recovery key" />;
  if (recovery.isError) return <ErrorAlert error={recovery.error} />;
  if (recovery.data && !startOver) {
    return <RestoreDevice recovery={recovery.data} onDone={onDone} onStartOver={() => setStartOver(true)} />;
  }
  return <FirstDeviceSetup replacing={Boolean(recovery.data)} onDone={onDone} />;
}

/** Set up (or restore) secure messaging on this browser, and see the member's devices. */
export function MessagingSetupPage() {
  const me = useMe();
  const device = useThisDevice();
  const refresh = useRefreshMessaging();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get("next"), "/messages");
  const onDone = (ready: StoredDevice) => {
    refresh(ready);
    navigate(next, { replace: true });
  };

  if (device.isPending) return <Loading label="Opening secure messaging" />;
  if (device.isError) return <ErrorAlert error={device.error} />;
  if (!device.data) {
    return (
      <Stack gap="md">
        <PageHeader title="Set up secure messaging on this device" docTitle="Set up secure messaging" />
        <SetUp onDone={onDone} />
      </Stack>
    );
  }
  return (
    <Stack gap="md" maw={800}>
      <PageHeader
        title="Your devices"
        docTitle="Messaging devices"
        description="Secure messaging is set up on this device. Every device listed here can read your new messages."
      />
      <Anchor component={Link} to="/messages">
        Back to your messages
      </Anchor>
      <Title order={2} size="h3">
        Devices
      </Title>
      <Text size="sm">
        If you don't recognise a device, remove it. Its safety number should match what that device shows on this page.
      </Text>
      <DeviceList thisDeviceId={device.data.deviceId} userId={me.id} />
    </Stack>
  );
}
