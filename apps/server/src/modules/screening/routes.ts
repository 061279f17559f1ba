import {
  CrisisResourcesSchema,
  MyScreeningsResponseSchema,
  SaveScreeningDraftRequestSchema,
  ScreeningDraftResponseSchema,
  ScreeningQuestionsResponseSchema,
  ScreeningStatusResponseSchema,
  SubmitScreeningRequestSchema,
  SubmitScreeningResponseSchema,
} from "@mentalverse/shared";
import { callerOf } from "../../http/access.js";
import { requestMetaOf } from "../../http/request-meta.js";
import type { RouteModule } from "../../http/types.js";
import { loadCrisisLines } from "./crisis-resources.js";
import { getCrisisResources } from "./get-crisis-resources.js";
import { getScreeningStatus } from "./get-screening-status.js";
import { listMyScreenings } from "./list-my-screenings.js";
import { presentScreeningQuestions } from "./presenter.js";
import { saveScreeningDraft } from "./save-screening-draft.js";
import { submitScreening } from "./submit-screening.js";

const access = "signed-in";
const tags = ["screening"];

/** The member's own C-SSRS safety screening. Only the member (here) and the safety team (safety module) read it. */
const screeningRoutes: RouteModule = (app, ctx) => {
  const lines = loadCrisisLines(ctx.config.CRISIS_RESOURCES_FILE);

  app.get(
    "/api/screening/questions",
    {
      config: { access },
      schema: { tags, summary: "The C-SSRS screener's questions", response: { 200: ScreeningQuestionsResponseSchema } },
    },
    async () => presentScreeningQuestions(),
  );

  app.put(
    "/api/screening/current",
    {
      config: { access },
      schema: {
        tags,
        summary: "Save your answers so far (a draft is never scored)",
        body: SaveScreeningDraftRequestSchema,
        response: { 200: ScreeningDraftResponseSchema },
      },
    },
    async (request) => saveScreeningDraft(ctx, lines, callerOf(request).userId, request.body),
  );

  app.post(
    "/api/screening/current/submit",
    {
      config: { access },
      schema: {
        tags,
        summary: "Submit your screening; crisis lines come back when they apply",
        body: SubmitScreeningRequestSchema,
        response: { 200: SubmitScreeningResponseSchema },
      },
    },
    async (request) =>
      submitScreening(ctx, lines, { userId: callerOf(request).userId, ...requestMetaOf(request) }, request.body),
  );

  app.get(
    "/api/screening/mine",
    {
      config: { access },
      schema: { tags, summary: "Your screenings, answers and levels", response: { 200: MyScreeningsResponseSchema } },
    },
    async (request) => listMyScreenings(ctx, callerOf(request).userId),
  );

  app.get(
    "/api/screening/crisis-resources",
    {
      config: { access },
      schema: {
        tags,
        summary: "Crisis lines for your country (from your latest screening), then international ones",
        response: { 200: CrisisResourcesSchema },
      },
    },
    async (request) => getCrisisResources(ctx, lines, callerOf(request).userId),
  );

  app.get(
    "/api/screening/status",
    {
      config: { access },
      schema: {
        tags,
        summary: "Whether a screening is due and whether matching is held",
        response: { 200: ScreeningStatusResponseSchema },
      },
    },
    async (request) => getScreeningStatus(ctx, callerOf(request).userId),
  );
};

export default screeningRoutes;
