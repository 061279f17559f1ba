import { Alert, Button, Stack } from "@mantine/core";
import { Link, useSearchParams } from "react-router";
import { QueryState } from "../components/QueryState.js";
import { FirstAdminForm } from "../features/setup/FirstAdminForm.js";
import { useSetupStatus } from "../features/setup/queries.js";
import { AuthPage } from "./AuthPage.js";

export function SetupPage() {
  const [params] = useSearchParams();
  const status = useSetupStatus();
  return (
    <AuthPage title="Set up MentalVerse" description="Create the first administrator account for this community.">
      <QueryState query={status} label="Checking setup">
        {({ needsSetup }) =>
          needsSetup ? (
            <FirstAdminForm token={params.get("token") ?? ""} />
          ) : (
            <Stack gap="md">
              <Alert color="indigo" title="Setup is complete" role="status">
                This community already has an administrator. Administrators can give other members roles from the Users
                page.
              </Alert>
              <Button component={Link} to="/sign-in">
                Sign in
              </Button>
            </Stack>
          )
        }
      </QueryState>
    </AuthPage>
  );
}
