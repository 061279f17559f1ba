import type { MailMessage } from "../../context.js";

const SIGNATURE = "Take care,\nThe MentalVerse team";

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "full", timeStyle: "short", timeZone: "UTC" });
const formatDate = (at: Date) => `${dateFormat.format(at)} UTC`;

export function passwordResetMail(to: string, link: string, validMinutes: number): MailMessage {
  return {
    to,
    subject: "Reset your MentalVerse password",
    text: [
      "Hello,",
      "",
      "Someone asked to reset the password for your MentalVerse account. If that was you, open this link to choose a new one:",
      "",
      link,
      "",
      `The link works once and for ${validMinutes} minutes.`,
      "",
      "If you did not ask for this, you can ignore this email; your password stays as it is.",
      "",
      SIGNATURE,
    ].join("\n"),
  };
}

export function passwordChangedMail(to: string, at: Date, signInLink: string): MailMessage {
  return {
    to,
    subject: "Your MentalVerse password was changed",
    text: [
      "Hello,",
      "",
      `The password for your MentalVerse account was changed on ${formatDate(at)}, and other devices were signed out.`,
      "",
      "If that was you, there is nothing more to do.",
      "",
      `If it was not you, please choose a new password straight away with "Forgot password" at ${signInLink}, and let an administrator know.`,
      "",
      SIGNATURE,
    ].join("\n"),
  };
}

export function deletionScheduledMail(to: string, scheduledFor: Date, signInLink: string): MailMessage {
  return {
    to,
    subject: "Your MentalVerse account is scheduled for deletion",
    text: [
      "Hello,",
      "",
      `As you asked, your MentalVerse account and everything in it will be deleted on ${formatDate(scheduledFor)}.`,
      "",
      `Changed your mind? Sign in before then at ${signInLink} and choose to keep your account. Nothing is lost until that date.`,
      "",
      "Thank you for being part of the community. You are welcome back any time.",
      "",
      SIGNATURE,
    ].join("\n"),
  };
}
