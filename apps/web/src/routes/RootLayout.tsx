import { useEffect, useRef } from "react";
import { Outlet, ScrollRestoration, useLocation } from "react-router";
import { MAIN_ID } from "../components/SkipLink.js";

/**
 * After an in-app navigation, focus moves to the new page's main region, as a full page load
 * would do for screen-reader and keyboard users.
 */
export function RootLayout() {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (pathname) document.getElementById(MAIN_ID)?.focus({ preventScroll: true });
  }, [pathname]);
  return (
    <>
      <Outlet />
      <ScrollRestoration />
    </>
  );
}
