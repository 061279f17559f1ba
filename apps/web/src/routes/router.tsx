import type { Role } from "@mentalverse/shared";
import { createBrowserRouter, Outlet } from "react-router";
import { Loading } from "../components/Loading.js";
import { RequireAnyRole, RequireRole } from "../features/auth/guards.js";
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

function StaffOnly({ roles }: { roles: readonly Role[] }) {
  return (
    <RequireAnyRole needs={roles} fallback={<ForbiddenPage />}>
      <Outlet />
    </RequireAnyRole>
  );
}

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
            path: "/onboarding",
            lazy: async () => ({ Component: (await import("./onboarding/OnboardingPage.js")).OnboardingPage }),
          },
          {
            path: "/screening",
            lazy: async () => ({ Component: (await import("./onboarding/ScreeningPage.js")).ScreeningPage }),
          },
          {
            path: "/measures",
            lazy: async () => ({ Component: (await import("./measures/MeasuresPage.js")).MeasuresPage }),
          },
          {
            path: "/measures/:instrument",
            lazy: async () => ({ Component: (await import("./measures/TakeMeasurePage.js")).TakeMeasurePage }),
          },
          {
            path: "/profile",
            lazy: async () => ({ Component: (await import("./profile/MatchingProfilePage.js")).MatchingProfilePage }),
          },
          {
            path: "/mentor-application",
            lazy: async () => ({
              Component: (await import("./profile/MentorApplicationPage.js")).MentorApplicationPage,
            }),
          },
          {
            path: "/matches",
            lazy: async () => ({ Component: (await import("./matching/MatchesPage.js")).MatchesPage }),
          },
          {
            path: "/matches/:relationshipId",
            lazy: async () => ({ Component: (await import("./matching/IntroductionPage.js")).IntroductionPage }),
          },
          {
            path: "/relationships/:id",
            lazy: async () => ({ Component: (await import("./relationships/RelationshipPage.js")).RelationshipPage }),
          },
          {
            path: "/settings/notifications",
            lazy: async () => ({
              Component: (await import("./settings/NotificationSettingsPage.js")).NotificationSettingsPage,
            }),
          },
          {
            path: "/messages",
            lazy: async () => ({ Component: (await import("./messages/MessagesPage.js")).MessagesPage }),
          },
          {
            path: "/messages/setup",
            lazy: async () => ({ Component: (await import("./messages/MessagingSetupPage.js")).MessagingSetupPage }),
          },
          {
            path: "/messages/:conversationId",
            lazy: async () => ({ Component: (await import("./messages/ConversationPage.js")).ConversationPage }),
          },
          // group routes here (/messages/groups/new)
          {
            path: "/messages/groups/new",
            lazy: async () => ({ Component: (await import("./messages/NewGroupPage.js")).NewGroupPage }),
          },
          {
            path: "/staff/relationships",
            element: <StaffOnly roles={["supervisor", "admin"]} />,
            children: [
              {
                index: true,
                lazy: async () => ({
                  Component: (await import("./relationships/SupervisedRelationshipsPage.js"))
                    .SupervisedRelationshipsPage,
                }),
              },
            ],
          },
          {
            path: "/review/matches",
            element: <StaffOnly roles={["match_reviewer", "admin"]} />,
            children: [
              {
                index: true,
                lazy: async () => ({ Component: (await import("./matching/ReviewQueuePage.js")).ReviewQueuePage }),
              },
              {
                path: ":id",
                lazy: async () => ({ Component: (await import("./matching/ProposalPage.js")).ProposalPage }),
              },
            ],
          },
          {
            path: "/staff/applications",
            element: <StaffOnly roles={["supervisor", "admin"]} />,
            children: [
              {
                index: true,
                lazy: async () => ({ Component: (await import("./staff/ApplicationsPage.js")).ApplicationsPage }),
              },
              {
                path: ":id",
                lazy: async () => ({ Component: (await import("./staff/ApplicationPage.js")).ApplicationPage }),
              },
            ],
          },
          {
            path: "/staff/safety",
            element: <StaffOnly roles={["safety"]} />,
            children: [
              {
                index: true,
                lazy: async () => ({ Component: (await import("./staff/SafetyCasesPage.js")).SafetyCasesPage }),
              },
              {
                path: ":id",
                lazy: async () => ({ Component: (await import("./staff/SafetyCasePage.js")).SafetyCasePage }),
              },
              // safety reports routes here (reports, reports/:id)
              {
                path: "reports",
                lazy: async () => ({ Component: (await import("./staff/SafetyReportsPage.js")).SafetyReportsPage }),
              },
              {
                path: "reports/:id",
                lazy: async () => ({ Component: (await import("./staff/SafetyReportPage.js")).SafetyReportPage }),
              },
            ],
          },
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
