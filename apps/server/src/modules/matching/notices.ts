import type { AppContext, NotificationInput } from "../../context.js";

export interface Notice {
  userId: string;
  notice: NotificationInput;
}

const OPTIONS_LINK = "/matches";
const OFFERS_LINK = "/matches";
const REVIEW_LINK = "/review/matches";

/** Words members read at each step; staff reasons stay with staff, and nobody reads the other's decline reason. */
export const NOTICES = {
  optionsReady: {
    kind: "matching.options_ready",
    title: "Your mentor options are ready",
    body: "We found up to three peer mentors who fit what you told us. Have a look and pick one, or leave it to our reviewers.",
    link: OPTIONS_LINK,
  },
  runFinished: (proposals: number): NotificationInput => ({
    kind: "matching.run_finished",
    title: "Match run finished",
    body: `${proposals} proposed ${proposals === 1 ? "match is" : "matches are"} waiting for review.`,
    link: REVIEW_LINK,
  }),
  runFailed: {
    kind: "matching.run_failed",
    title: "Match run failed",
    body: "The match run stopped with an error. Nothing was proposed; you can start it again.",
    link: REVIEW_LINK,
  },
  offerToMentor: (hours: number): NotificationInput => ({
    kind: "matching.offer",
    title: "A mentee has been matched with you",
    body: `A reviewer thinks you would be a good peer mentor for someone. Please accept or decline within ${hours} hours.`,
    link: OFFERS_LINK,
  }),
  offerToMentee: (hours: number): NotificationInput => ({
    kind: "matching.offer",
    title: "Your match is ready for your answer",
    body: `A reviewer has matched you with a peer mentor. Please accept or decline within ${hours} hours.`,
    link: OFFERS_LINK,
  }),
  choiceApproved: {
    kind: "matching.offer",
    title: "Your chosen mentor has been asked",
    body: "A reviewer approved the mentor you picked. We have asked them to confirm; we will tell you as soon as they do.",
    link: OFFERS_LINK,
  },
  choiceNotApproved: {
    kind: "matching.choice_not_approved",
    title: "Please look at your other options",
    body: "A reviewer could not confirm the mentor you picked. Your other options are still open to you.",
    link: OPTIONS_LINK,
  },
  passedOn: {
    kind: "matching.passed_on",
    title: "Your match did not go ahead",
    body: "This match did not go ahead. Nothing you did caused it; a reviewer is now looking at your next option.",
    link: OPTIONS_LINK,
  },
  exhausted: {
    kind: "matching.passed_on",
    title: "We are looking for new mentor options",
    body: "None of your options could go ahead this time. You stay on the list and will get new options in the next matching round.",
    link: OPTIONS_LINK,
  },
  menteeDeclined: {
    kind: "matching.offer_closed",
    title: "A match did not go ahead",
    body: "The mentee decided not to go ahead with this match. Thank you for being available.",
    link: OFFERS_LINK,
  },
  offerLapsed: {
    kind: "matching.offer_closed",
    title: "An offer expired",
    body: "A match offer expired before both of you answered, so it has passed on.",
    link: OFFERS_LINK,
  },
  mentorReminder: {
    kind: "matching.offer_reminder",
    title: "A mentee is waiting for your answer",
    body: "You have a match offer you have not answered yet. Please accept or decline it, with a reason, so the mentee is not kept waiting.",
    link: OFFERS_LINK,
  },
  mentorPaused: {
    kind: "matching.mentor_paused",
    title: "New matches are paused for you",
    body: "Two match offers expired without your answer, so we paused new matches for you. Turn them back on in your mentoring preferences when you are ready.",
    link: "/mentor-application",
  },
  matchStarted: (peerName: string, relationshipId: string): NotificationInput => ({
    kind: "matching.started",
    title: `Your match with ${peerName} has started`,
    body: "You both accepted. Read your introduction to see what you share and how to begin.",
    link: `/matches/${relationshipId}`,
  }),
} as const;

/** Sends after commit; a failed notice is logged and never undoes the step that caused it. */
export async function sendNotices(ctx: AppContext, notices: readonly Notice[]): Promise<void> {
  for (const { userId, notice } of notices) {
    await ctx.notifier
      .notify(userId, notice)
      .catch((error: unknown) => ctx.log.error({ err: error, kind: notice.kind }, "matching notice failed"));
  }
}
