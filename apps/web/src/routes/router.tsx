import { createBrowserRouter, Outlet } from "react-router";
import { Loading } from "../components/Loading.js";
import { RequireRole } from "../features/auth/guards.js";
import { ForgotPasswordPage, ResetPasswordPage, SignInPage, SignUpPage } from "./auth-pages.js";
import { HelpPage } from "./HelpPage.js";
import { HomePage } from "./HomePage.js";
import { LandingPage } from "./LandingPage.js";
import { ForbiddenPage, NotFoundPage } from "./NotFoundPage.js";
import { NotificationsPage } from "./NotificationsPage.js";
import { PublicShell } from "./PublicShell.js";
import { RootLayout } from "./RootLayout.js";
import { RouteErrorPage } from "./RouteErrorPage.js";
import { SettingsPage } from "./SettingsPage.js";
import { SetupPage } from "./SetupPage.js";
import { SignedInShell } from "./SignedInShell.js";

function AdminOnly() {
  return (
    <RequireRole needs="admin" fallback={<ForbiddenPage />}>
      <Outlet />
    </RequireRole>
  );
}

export const router = createBrowserRouter([
  {
    element: <RootLayout />,
    errorElement: <RouteErrorPage />,
    // Shown while a lazily loaded page (the admin screens) arrives on a first visit.
    HydrateFallback: Loading,
    children: [
      {
        element: <PublicShell />,
        children: [
          { path: "/", element: <LandingPage /> },
          { path: "/help", element: <HelpPage /> },
          { path: "/sign-up", element: <SignUpPage /> },
          { path: "/sign-in", element: <SignInPage /> },
          { path: "/forgot-password", element: <ForgotPasswordPage /> },
          { path: "/reset-password", element: <ResetPasswordPage /> },
          { path: "/setup", element: <SetupPage /> },
          { path: "*", element: <NotFoundPage /> },
        ],
      },
      {
        element: <SignedInShell />,
        children: [
          { path: "/home", element: <HomePage /> },
          { path: "/settings", element: <SettingsPage /> },
          { path: "/notifications", element: <NotificationsPage /> },
          {
            path: "/admin",
            element: <AdminOnly />,
            children: [
              { index: true, lazy: async () => ({ Component: (await import("./admin/UsersPage.js")).UsersPage }) },
              { path: "users", lazy: async () => ({ Component: (await import("./admin/UsersPage.js")).UsersPage }) },
              { path: "users/:id", lazy: async () => ({ Component: (await import("./admin/UserPage.js")).UserPage }) },
              { path: "audit", lazy: async () => ({ Component: (await import("./admin/AuditPage.js")).AuditPage }) },
              { path: "outbox", lazy: async () => ({ Component: (await import("./admin/OutboxPage.js")).OutboxPage }) },
            ],
          },
        ],
      },
    ],
  },
]);
