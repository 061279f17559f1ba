import type { NotificationCategory } from "@mentalverse/shared";
import type { MailMessage } from "../../context.js";

/**
 * What a notification email may say. Mailboxes are shared, previewed on lock screens and kept by
 * providers, so an email only says that something is waiting, and roughly about what, with a link
 * into the app. It never carries the notification's title or body: no screening results or risk, no
 * mood or check-in notes, no names of peers or staff (not even display names), no session times.
 * Subjects are the same for every category, so an inbox shows nothing but "MentalVerse".
 */
const ABOUT: Record<NotificationCategory, string> = {
  safety: "something that needs your attention",
  matching: "your matching",
  relationships: "your mentoring relationship",
  sessions: "your sessions, goals or check-ins",
  screening: "a wellbeing check that is due",
  measures: "a progress questionnaire that is due",
  mentor_application: "your mentor application",
  account: "your account",
  staff: "your staff work",
  other: "your account",
};

const SIGNATURE = "Take care,\nThe MentalVerse team";

function footer(publicUrl: string, categories: readonly NotificationCategory[]): string[] {
  const lines: string[] = [];
  if (categories.includes("safety")) {
    lines.push(
      `If you are in danger or thinking about harming yourself, please call your local emergency number now, or find a crisis line at ${publicUrl}/help. Peer mentors are not a crisis service.`,
      "",
    );
  }
  lines.push(
    `You choose which notifications reach you by email, and when we stay quiet: ${publicUrl}/settings/notifications`,
    "",
    SIGNATURE,
  );
  return lines;
}

/** One notification, sent as it happens. `link` is an in-app path, already checked by the notifier. */
export function notificationMail(
  to: string,
  category: NotificationCategory,
  link: string | null,
  publicUrl: string,
): MailMessage {
  return {
    to,
    subject: "Something new is waiting for you in MentalVerse",
    text: [
      "Hello,",
      "",
      `There is something new for you in MentalVerse, about ${ABOUT[category]}.`,
      "",
      "To keep your matters private we never put the details in email. Sign in to read it:",
      "",
      `${publicUrl}${link ?? "/notifications"}`,
      "",
      ...footer(publicUrl, [category]),
    ].join("\n"),
  };
}

/** Several notifications held back by quiet hours, in one email when the quiet hours end. */
export function quietHoursDigestMail(
  to: string,
  categories: readonly NotificationCategory[],
  count: number,
  publicUrl: string,
): MailMessage {
  const about = [...new Set(categories)].map((c) => ABOUT[c]);
  return {
    to,
    subject: `${count} new notifications are waiting for you in MentalVerse`,
    text: [
      "Hello,",
      "",
      `While your quiet hours were on, ${count} notifications arrived for you in MentalVerse, about ${joinList(about)}.`,
      "",
      "To keep your matters private we never put the details in email. Sign in to read them:",
      "",
      `${publicUrl}/notifications`,
      "",
      ...footer(publicUrl, categories),
    ].join("\n"),
  };
}

function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}
