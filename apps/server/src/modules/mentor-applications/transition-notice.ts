import type { MentorApplicationStatus } from "@mentalverse/shared";
import type { NotificationInput } from "../../context.js";

const LINK = "/mentor-application";

/** What the applicant reads at each step; staff reasons stay with staff. */
const NOTICES: Partial<Record<MentorApplicationStatus, { title: string; body: string }>> = {
  interview: {
    title: "Your mentor application: interview",
    body: "Thank you for applying to mentor. A supervisor would like to talk with you; they will be in touch to arrange a time.",
  },
  background_verification: {
    title: "Your mentor application: checks",
    body: "Thank you for the conversation. We are now checking your references and background.",
  },
  training: {
    title: "Your mentor application: training",
    body: "Your checks are done. The next step is peer mentor training.",
  },
  active: {
    title: "You are now a peer mentor",
    body: "Welcome. You can now be matched with mentees. You can set how many mentees you take, and pause new matches, at any time.",
  },
  paused: {
    title: "Your mentoring is paused",
    body: "You will not be matched with new mentees while mentoring is paused.",
  },
  suspended: {
    title: "Your mentoring is suspended",
    body: "Your mentor role is suspended for now. A supervisor will explain why and what happens next.",
  },
  retired: {
    title: "You have stepped back from mentoring",
    body: "Thank you for the support you gave. You can apply again whenever you are ready.",
  },
  rejected: {
    title: "Your mentor application",
    body: "Thank you for offering to mentor. We are not able to take your application further right now. You can apply again later.",
  },
};

export function transitionNotice(to: MentorApplicationStatus): NotificationInput | null {
  const notice = NOTICES[to];
  return notice ? { kind: "mentor_application.transitioned", ...notice, link: LINK } : null;
}
