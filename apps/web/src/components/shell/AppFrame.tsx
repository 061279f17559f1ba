import { AppShell, Burger, Group, ScrollArea } from "@mantine/core";
import { useDisclosure, useMediaQuery, useWindowEvent } from "@mantine/hooks";
import { type ReactNode, useEffect, useRef } from "react";
import { useLocation } from "react-router";
import { MAIN_ID, SkipLink } from "../SkipLink.js";

interface AppFrameProps {
  brand: ReactNode;
  headerActions: ReactNode;
  navigation: ReactNode;
  banners?: ReactNode;
  children: ReactNode;
}

/**
 * The signed-in frame: header, navigation (a panel behind a burger below 768 px) and main.
 * Feature parts come in as slots so this file stays free of any one feature.
 */
export function AppFrame({ brand, headerActions, navigation, banners, children }: AppFrameProps) {
  const [opened, { toggle, close }] = useDisclosure(false);
  // Off-screen navigation must also leave the tab order and the accessibility tree.
  const narrow = useMediaQuery("(max-width: 47.99em)") ?? false;
  const { pathname } = useLocation();
  const burgerRef = useRef<HTMLButtonElement>(null);
  const navRef = useRef<HTMLDivElement>(null);
  const panelOpen = narrow && opened;

  useEffect(() => {
    if (pathname) close();
  }, [pathname, close]);

  // Opening the panel takes focus into it; Escape closes it and returns focus to the burger.
  useEffect(() => {
    if (panelOpen) navRef.current?.querySelector<HTMLElement>("a, button")?.focus();
  }, [panelOpen]);
  useWindowEvent("keydown", (event) => {
    if (event.key !== "Escape" || !panelOpen) return;
    close();
    burgerRef.current?.focus();
  });

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 240, breakpoint: "sm", collapsed: { mobile: !opened } }}
      padding="md"
    >
      <SkipLink />
      <AppShell.Header>
        <Group h="100%" px={{ base: "xs", sm: "md" }} justify="space-between" wrap="nowrap" gap="xs">
          <Group gap="xs" wrap="nowrap">
            <Burger
              ref={burgerRef}
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={opened ? "Close navigation" : "Open navigation"}
              aria-expanded={opened}
              aria-controls="app-navigation"
            />
            {brand}
          </Group>
          <Group gap={6} wrap="nowrap">
            {headerActions}
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar ref={navRef} id="app-navigation" p="xs" aria-label="Main navigation" inert={narrow && !opened}>
        <ScrollArea type="auto">{navigation}</ScrollArea>
      </AppShell.Navbar>
      <AppShell.Main id={MAIN_ID} tabIndex={-1}>
        {banners}
        {children}
      </AppShell.Main>
    </AppShell>
  );
}
