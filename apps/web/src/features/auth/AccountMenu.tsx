import { Avatar, Menu, UnstyledButton } from "@mantine/core";
import { Link, useNavigate } from "react-router";
import { useSignOut } from "./mutations.js";
import { useMe } from "./session.js";

function initials(name: string): string {
  const parts = name
    .trim()
    .split(/[\s._-]+/)
    .filter(Boolean);
  const letters = parts.length > 1 ? (parts[0]?.[0] ?? "") + (parts[1]?.[0] ?? "") : name.slice(0, 2);
  return letters.toUpperCase();
}

export function AccountMenu() {
  const me = useMe();
  const signOut = useSignOut();
  const navigate = useNavigate();

  // Leave the signed-in pages first, so their live connection closes before the session does.
  const onSignOut = () => {
    navigate("/");
    signOut.mutate();
  };
  // On a shared computer: the messaging keys must not stay behind in this browser. Loaded on demand,
  // so the encryption code stays out of every other page.
  const onSignOutAndForget = async () => {
    try {
      const { forgetThisBrowser } = await import("../messaging/forget-this-browser.js");
      await forgetThisBrowser(me.id);
    } catch {
      // Signing out still goes ahead; the device can be removed from the devices list later.
    }
    await signOut.mutateAsync().catch(() => undefined);
    // A full page load drops every decrypted message and key still held in this tab's memory.
    window.location.assign("/");
  };

  return (
    <Menu position="bottom-end" width={260} withinPortal>
      <Menu.Target>
        <UnstyledButton aria-label="Account menu" style={{ borderRadius: "50%" }}>
          <Avatar color="indigo.8" variant="filled" radius="xl" size={36}>
            {initials(me.displayName)}
          </Avatar>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>Signed in as {me.displayName}</Menu.Label>
        <Menu.Item component={Link} to="/settings">
          Settings
        </Menu.Item>
        <Menu.Item component={Link} to="/notifications">
          Notifications
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item onClick={onSignOut}>Sign out</Menu.Item>
        <Menu.Item onClick={() => void onSignOutAndForget()}>Sign out and remove messages from this browser</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
