import { z } from "zod";

/**
 * The onboarding steps this API owns, in order. Safety screening and baseline measures are steps
 * too, but their own modules own and report them; the web app slots them in after consent.
 */
export const ONBOARDING_STEPS = ["about", "consent", "intent", "profile"] as const;
export const OnboardingStepIdSchema = z.enum(ONBOARDING_STEPS);
export type OnboardingStepId = z.infer<typeof OnboardingStepIdSchema>;

export const OnboardingIntentSchema = z.object({ seekSupport: z.boolean(), offerMentorship: z.boolean() });
export type OnboardingIntent = z.infer<typeof OnboardingIntentSchema>;

export const SetIntentRequestSchema = z
  .strictObject({ seekSupport: z.boolean(), offerMentorship: z.boolean() })
  .refine((v) => v.seekSupport || v.offerMentorship, {
    message: "Choose to seek support, to offer mentorship, or both",
    path: ["seekSupport"],
  });

export const AcknowledgeAboutRequestSchema = z.strictObject({ acknowledged: z.literal(true) });

export const GiveConsentRequestSchema = z.strictObject({
  version: z.string().min(1).max(40),
  agreed: z.literal(true, { message: "Consent must be given explicitly" }),
});

export const OnboardingStateSchema = z.object({
  steps: z.array(z.object({ id: OnboardingStepIdSchema, done: z.boolean() })),
  /** The first step not done yet, or null when every step this API owns is done. */
  currentStep: OnboardingStepIdSchema.nullable(),
  aboutAcknowledgedAt: z.string().nullable(),
  intent: OnboardingIntentSchema.nullable(),
  consent: z.object({ version: z.string(), agreedAt: z.string(), current: z.boolean() }).nullable(),
});
export type OnboardingState = z.infer<typeof OnboardingStateSchema>;

export const ConsentTextSchema = z.object({
  version: z.string(),
  title: z.string(),
  sections: z.array(z.object({ heading: z.string(), points: z.array(z.string()) })),
});
export type ConsentText = z.infer<typeof ConsentTextSchema>;
