import {
  AcknowledgeAboutRequestSchema,
  ConsentTextSchema,
  GiveConsentRequestSchema,
  OnboardingStateSchema,
  SetIntentRequestSchema,
} from "@mentalverse/shared";
import { callerOf } from "../../http/access.js";
import { requestMetaOf } from "../../http/request-meta.js";
import type { RouteModule } from "../../http/types.js";
import { acknowledgeAbout } from "./acknowledge-about.js";
import { CURRENT_CONSENT } from "./consent-text.js";
import { getOnboarding } from "./get-onboarding.js";
import { giveConsent } from "./give-consent.js";
import { setIntent } from "./set-intent.js";

const tags = ["onboarding"];
const access = "signed-in" as const;
const response = { 200: OnboardingStateSchema };

/**
 * The onboarding steps this module owns: about, consent, intent and profile. Safety screening and
 * baseline measures are onboarding steps owned by their own modules; the web app asks those
 * modules for their state and places them after consent.
 */
const onboardingRoutes: RouteModule = (app, ctx) => {
  app.get(
    "/api/onboarding",
    { config: { access }, schema: { tags, summary: "Your onboarding steps and where to resume", response } },
    async (request) => getOnboarding(ctx.db, callerOf(request).userId),
  );

  app.get(
    "/api/onboarding/consent-text",
    {
      config: { access },
      schema: { tags, summary: "The current consent text and its version", response: { 200: ConsentTextSchema } },
    },
    async () => CURRENT_CONSENT,
  );

  app.post(
    "/api/onboarding/about",
    {
      config: { access },
      schema: {
        tags,
        summary: "Confirm you read what the service is and is not",
        body: AcknowledgeAboutRequestSchema,
        response,
      },
    },
    async (request) => acknowledgeAbout(ctx, callerOf(request).userId),
  );

  app.post(
    "/api/onboarding/consent",
    {
      config: { access },
      schema: {
        tags,
        summary: "Agree to the current consent text (audited)",
        body: GiveConsentRequestSchema,
        response,
      },
    },
    async (request) => giveConsent(ctx, callerOf(request).userId, request.body.version, requestMetaOf(request)),
  );

  app.put(
    "/api/onboarding/intent",
    {
      config: { access },
      schema: { tags, summary: "Seek support, offer mentorship, or both", body: SetIntentRequestSchema, response },
    },
    async (request) => setIntent(ctx, callerOf(request).userId, request.body),
  );
};

export default onboardingRoutes;
