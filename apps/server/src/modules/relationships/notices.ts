import { CLOSE_REASON_LABELS, type CloseReason } from "@mentalverse/shared";
import type { AppContext, NotificationInput } from "../../context.js";

export interface Notice {
  userId: string;
  notice: NotificationInput;
}

const link = (id: string) => `/relationships/${id}`;
const CRISIS =
  "Peer support is not crisis care: if you are in crisis, contact a crisis line or emergency services straight away.";

/** Words members read at each step of a relationship. */
export const NOTICES = {
  paused: (id: string, by: string): NotificationInput => ({
    kind: "relationships.paused",
    title: "Your mentoring relationship is paused",
    body: `${by} paused your relationship. You can pick it up again from the relationship page when you are ready.`,
    link: link(id),
  }),
  resumed: (id: string, by: string): NotificationInput => ({
    kind: "relationships.resumed",
    title: "Your mentoring relationship is active again",
    body: `${by} resumed your relationship.`,
    link: link(id),
  }),
  closed: (id: string, reason: CloseReason, toMentee: boolean): NotificationInput => ({
    kind: "relationships.closed",
    title: "Your mentoring relationship has ended",
    body: [
      `The relationship was closed (${CLOSE_REASON_LABELS[reason].toLowerCase()}).`,
      toMentee
        ? "Nothing you did has to mean the end of support: you can ask for a new mentor whenever you are ready."
        : "",
      reason === "safety" ? CRISIS : "",
    ]
      .filter(Boolean)
      .join(" "),
    link: link(id),
  }),
  /** To the member who blocked the other of their pair. */
  closedByYourBlock: (id: string, blockedName: string, toMentee: boolean): NotificationInput => ({
    kind: "relationships.closed_by_block",
    title: `You blocked ${blockedName}`,
    body: [
      `You blocked ${blockedName}: your relationship has ended and they can no longer message you.`,
      toMentee ? "You can ask for a new mentor whenever you are ready." : "",
    ]
      .filter(Boolean)
      .join(" "),
    link: link(id),
  }),
  /**
   * To the member who was blocked: the same kind and words as any other ending, never the block
   * itself, since knowing it could put the blocker at risk.
   */
  ended: (id: string, toMentee: boolean): NotificationInput => ({
    kind: "relationships.closed",
    title: "Your mentoring relationship has ended",
    body: [
      "The relationship has ended.",
      toMentee
        ? "Nothing you did has to mean the end of support: you can ask for a new mentor whenever you are ready."
        : "",
    ]
      .filter(Boolean)
      .join(" "),
    link: link(id),
  }),
  /** To the pair's supervisors: a block can be a sign of harm, so someone looks at it. */
  closedAfterBlock: (blocker: string, blockerRole: string, blocked: string): NotificationInput => ({
    kind: "supervision.closed_after_block",
    title: "A relationship ended because one side blocked the other",
    body: `${blocker} (${blockerRole}) blocked ${blocked}, which ended their relationship. A block can be a sign of harm: please check in with ${blocker}. ${blocked} was told only that the relationship ended.`,
    link: "/staff/relationships",
  }),
  rematched: (id: string): NotificationInput => ({
    kind: "relationships.rematched",
    title: "Your mentee asked for a new match",
    body: "Your former mentee has asked to be matched with a new mentor. Thank you for the time you gave.",
    link: link(id),
  }),
  phaseConfirmRequested: (id: string, by: string): NotificationInput => ({
    kind: "relationships.phase_confirm",
    title: "Ready to move on to the next phase?",
    body: `${by} confirmed moving on to the next phase. Confirm too when you feel ready.`,
    link: link(id),
  }),
  phaseAdvanced: (id: string, label: string): NotificationInput => ({
    kind: "relationships.phase_advanced",
    title: `You moved on to ${label}`,
    body: "You both confirmed. A new checklist of goals is waiting for you.",
    link: link(id),
  }),
  phaseSuggested: (id: string, text: string): NotificationInput => ({
    kind: "relationships.phase_suggested",
    title: "Time to look at your next phase",
    body: text,
    link: link(id),
  }),
  agreementProposed: (id: string, by: string): NotificationInput => ({
    kind: "relationships.agreement_proposed",
    title: "An agreement is waiting for your signature",
    body: `${by} proposed an agreement for your relationship. Read it and sign it if it works for you.`,
    link: link(id),
  }),
  agreementSigned: (id: string): NotificationInput => ({
    kind: "relationships.agreement_signed",
    title: "Your agreement is signed",
    body: "You have both signed your relationship agreement.",
    link: link(id),
  }),
  assessmentOpen: (id: string): NotificationInput => ({
    kind: "relationships.assessment_open",
    title: "How is your match going?",
    body: "You have been meeting for four weeks. Please answer five short questions about how it is going; your answers are not shown to the other person.",
    link: link(id),
  }),
  lowFitMentee: (id: string): NotificationInput => ({
    kind: "relationships.low_fit",
    title: "Your four-week check shows some difficulty",
    body: "We have some suggestions to try together. If it still does not feel right, you can ask for a new mentor at any time from your relationship page.",
    link: link(id),
  }),
  lowFitMentor: (id: string): NotificationInput => ({
    kind: "relationships.low_fit",
    title: "Your four-week check shows some difficulty",
    body: "We have some suggestions to try together on your relationship page.",
    link: link(id),
  }),
  graduationConfirmRequested: (id: string, by: string): NotificationInput => ({
    kind: "relationships.graduation_confirm",
    title: "Ready to graduate?",
    body: `${by} confirmed your graduation. Confirm too to celebrate it together.`,
    link: link(id),
  }),
  graduated: (id: string, toMentee: boolean): NotificationInput => ({
    kind: "relationships.graduated",
    title: "Congratulations on graduating!",
    body: toMentee
      ? "You did it. Thank you for the work you put in. If you would like to support others, you can apply to become a peer mentor."
      : "Your mentee has graduated. Thank you for walking this part of the way with them.",
    link: link(id),
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
