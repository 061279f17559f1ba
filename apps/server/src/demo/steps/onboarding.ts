import { MINUTE } from "../../lib/clock.js";
import { CURRENT_CONSENT } from "../../modules/onboarding/consent-text.js";
import { insertDemoAuditEvents, insertDemoOnboarding } from "../demo-repository.js";
import { DEMO_REQUEST } from "../demo-services.js";
import { type DemoStep, demoMemberCount } from "../demo-step.js";
import { chunks } from "./member-rows.js";

const later = (at: Date, minutes: number) => new Date(at.getTime() + minutes * MINUTE);

/**
 * Every member read what the service is, agreed to the current consent text (audited, as the
 * consent service does) and said what they came for, minutes after joining. Mentees seek support
 * and a few also offer to mentor; mentors offer mentorship and a few also seek support. Written in
 * bulk: hundreds of members through the one-at-a-time services would make the demo slow to start.
 */
export const onboardingStep: DemoStep = {
  name: "onboarding",
  count: demoMemberCount,
  async run(ctx, rng, progress) {
    const members = [
      ...ctx.community.mentees.map((m) => ({ member: m, mentor: false })),
      ...ctx.community.mentors.map((m) => ({ member: m, mentor: true })),
    ];
    for (const batch of chunks(members, 100)) {
      const rows = batch.map(({ member, mentor }) => {
        const start = later(member.joinedAt, rng.number.int({ min: 1, max: 20 }));
        const both = rng.datatype.boolean({ probability: mentor ? 0.1 : 0.06 });
        ctx.community.facts.set(member.id, {
          onboardedAt: start,
          seeksSupport: !mentor || both,
          offersMentorship: mentor || both,
          country: "",
          primaryChallenge: null,
          specialisations: [],
        });
        return {
          userId: member.id,
          aboutAt: start,
          consentVersion: CURRENT_CONSENT.version,
          consentAt: later(start, 2),
          seekSupport: !mentor || both,
          offerMentorship: mentor || both,
          intentAt: later(start, 3),
        };
      });
      await insertDemoOnboarding(ctx.db, rows);
      await insertDemoAuditEvents(
        ctx.db,
        rows.map((r) => ({
          action: "onboarding.consented",
          actorId: r.userId,
          subjectId: r.userId,
          ip: DEMO_REQUEST.ip,
          requestId: DEMO_REQUEST.requestId,
          details: { version: r.consentVersion },
          at: r.consentAt,
        })),
      );
      progress(batch.length);
    }
  },
};
