import type { ConsentText } from "@mentalverse/shared";

/**
 * The consent a member gives, versioned: a new wording gets a new version, and members who agreed to
 * an older one are asked again. Never edit a published version's text; add a new one.
 */
const CONSENT_V1: ConsentText = {
  version: "2026-11-27",
  title: "What you agree to, and who sees what",
  sections: [
    {
      heading: "What this service is",
      points: [
        "MentalVerse connects you with peers who have lived experience. It is peer support, not therapy, counselling or medical care.",
        "It is not a crisis service. If you are in danger or thinking of harming yourself, call your local emergency number or a crisis line now.",
      ],
    },
    {
      heading: "What a match sees",
      points: [
        "Your display name, never your email address or real name.",
        "Only the profile fields you mark as shared with a match. Your story and personality answers start private; you can change any field at any time.",
      ],
    },
    {
      heading: "What staff see",
      points: [
        "Staff (supervisors, match reviewers, administrators) can see your account details, roles and your whole profile, because keeping everyone safe sometimes needs it. Each time staff open a member's details it is recorded.",
        "Your safety screening answers and results are seen only by you and the safety team.",
      ],
    },
    {
      heading: "Your choices",
      points: [
        "You can download everything we hold about you and delete your account from your account settings.",
        "You can withdraw from mentorship at any time.",
      ],
    },
  ],
};

export const CURRENT_CONSENT: ConsentText = CONSENT_V1;
