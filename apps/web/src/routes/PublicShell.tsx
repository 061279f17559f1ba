import { Button } from "@mantine/core";
import { Link } from "react-router";
import { PublicLayout } from "../components/PublicLayout.js";
import { useSession } from "../features/auth/session.js";

export function PublicShell() {
  const { data } = useSession();
  const actions = data?.user ? (
    <Button component={Link} to="/home" size="sm">
      Go to your home
    </Button>
  ) : (
    <>
      <Button component={Link} to="/sign-in" variant="default" size="sm">
        Sign in
      </Button>
      <Button component={Link} to="/sign-up" size="sm">
        Sign up
      </Button>
    </>
  );
  return <PublicLayout actions={actions} />;
}
