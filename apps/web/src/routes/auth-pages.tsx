import { Anchor, Text } from "@mantine/core";
import { Link, useSearchParams } from "react-router";
import { ForgotPasswordForm } from "../features/auth/ForgotPasswordForm.js";
import { RedirectIfSignedIn } from "../features/auth/guards.js";
import { ResetPasswordForm } from "../features/auth/ResetPasswordForm.js";
import { SignInForm } from "../features/auth/SignInForm.js";
import { SignUpForm } from "../features/auth/SignUpForm.js";
import { AuthPage } from "./AuthPage.js";

export function SignUpPage() {
  return (
    <RedirectIfSignedIn>
      <AuthPage title="Create your account" description="Peers will only ever see your display name.">
        <SignUpForm />
      </AuthPage>
    </RedirectIfSignedIn>
  );
}

export function SignInPage() {
  return (
    <RedirectIfSignedIn>
      <AuthPage title="Sign in">
        <SignInForm />
      </AuthPage>
    </RedirectIfSignedIn>
  );
}

export function ForgotPasswordPage() {
  return (
    <AuthPage title="Reset your password" description="We'll email you a link to choose a new one.">
      <ForgotPasswordForm />
    </AuthPage>
  );
}

export function ResetPasswordPage() {
  const [params] = useSearchParams();
  const token = params.get("token") ?? "";
  return (
    <AuthPage title="Choose a new password">
      {token ? (
        <ResetPasswordForm token={token} />
      ) : (
        <Text>
          This page needs the link from your reset email.{" "}
          <Anchor component={Link} to="/forgot-password">
            Ask for a reset link
          </Anchor>
          .
        </Text>
      )}
    </AuthPage>
  );
}
