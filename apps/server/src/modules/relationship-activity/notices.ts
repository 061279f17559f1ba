import type { AppContext, NotificationInput } from "../../context.js";

export interface Notice {
  userId: string;
  notice: NotificationInput;
}

const pageOf = (relationshipId: string, tab: "sessions" | "check-ins" | "goals") =>
  `/relationships/${relationshipId}?tab=${tab}`;

/** Words members read; times are written on the reader's own clock. No private text is ever quoted. */
export const NOTICES = {
  sessionProposed: (from: string, when: string, relationshipId: string): NotificationInput => ({
    kind: "relationship.session_proposed",
    title: `${from} suggested a session`,
    body: `${from} suggested meeting on ${when}. Confirm it, or suggest another time.`,
    link: pageOf(relationshipId, "sessions"),
  }),
  sessionConfirmed: (by: string, when: string, relationshipId: string): NotificationInput => ({
    kind: "relationship.session_confirmed",
    title: `${by} confirmed your session`,
    body: `Your session on ${when} is agreed. You can add it to your calendar from the sessions tab.`,
    link: pageOf(relationshipId, "sessions"),
  }),
  sessionCancelled: (by: string, when: string, relationshipId: string): NotificationInput => ({
    kind: "relationship.session_cancelled",
    title: `${by} cancelled a session`,
    body: `The session on ${when} is cancelled. You can suggest a new time whenever suits you both.`,
    link: pageOf(relationshipId, "sessions"),
  }),
  checkIn: (from: string, relationshipId: string): NotificationInput => ({
    kind: "relationship.check_in",
    title: `${from} checked in`,
    body: `${from} shared how they are doing. Have a look and reply when you can.`,
    link: pageOf(relationshipId, "check-ins"),
  }),
  veryLowMood: (from: string, relationshipId: string): NotificationInput => ({
    kind: "relationship.low_mood",
    title: `${from} is having a very hard time`,
    body: `${from} checked in with a very low mood and has been shown crisis lines. Please reach out kindly. You are a peer, not crisis care: if they may be in danger, encourage them to call a crisis line or emergency services, and tell your supervisor.`,
    link: pageOf(relationshipId, "check-ins"),
  }),
  inactivityReminder: (peer: string, days: number, relationshipId: string): NotificationInput => ({
    kind: "relationship.inactivity_reminder",
    title: `It has been a while since you and ${peer} were in touch`,
    body: `Nothing has happened between you for ${days} days. A short check-in or a suggested session time is enough to pick things up again.`,
    link: pageOf(relationshipId, "sessions"),
  }),
  stuckAlert: (mentee: string, mentor: string, days: number): NotificationInput => ({
    kind: "relationship.stuck",
    title: "A mentoring relationship has gone quiet",
    body: `${mentee} and their mentor ${mentor} have had no contact for ${days} days. Please check in with them.`,
    link: "/staff/relationships",
  }),
  mentorPaused: (why: string): NotificationInput => ({
    kind: "relationship.mentor_paused",
    title: "New matches are paused for you",
    body: `${why} So that no new mentee waits for you, we paused new matches. Please get back to your mentee; turn new matches back on in your mentoring preferences when you are ready.`,
    link: "/mentor-application",
  }),
} as const;

/** Sends after commit; a failed notice is logged and never undoes the step that caused it. */
export async function sendNotices(ctx: AppContext, notices: readonly Notice[]): Promise<void> {
  for (const { userId, notice } of notices) {
    await ctx.notifier
      .notify(userId, notice)
      .catch((error: unknown) => ctx.log.error({ err: error, kind: notice.kind }, "relationship notice failed"));
  }
}
