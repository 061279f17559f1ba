import {
  MeasureHistoryResponseSchema,
  MeasureInstrumentsResponseSchema,
  SaveMeasureRequestSchema,
  SaveMeasureResponseSchema,
} from "@mentalverse/shared";
import { z } from "zod";
import { callerOf } from "../../http/access.js";
import type { RouteModule } from "../../http/types.js";
import { getMeasureHistory } from "./get-measure-history.js";
import { listInstruments } from "./list-instruments.js";
import { saveMeasureResponse } from "./save-measure-response.js";

const access = "signed-in";
const tags = ["measures"];
// A plain string: an unknown questionnaire is a 404 from the service, after the body has been checked.
const InstrumentParamsSchema = z.strictObject({ instrument: z.string().min(1).max(40) });

/** Validated wellbeing measures: the member's own answers and scores only. */
const measuresRoutes: RouteModule = (app, ctx) => {
  app.get(
    "/api/measures/instruments",
    {
      config: { access },
      schema: {
        tags,
        summary: "The questionnaires, their items and options",
        response: { 200: MeasureInstrumentsResponseSchema },
      },
    },
    async () => listInstruments(),
  );

  app.put(
    "/api/measures/responses/:instrument",
    {
      config: { access },
      schema: {
        tags,
        summary: "Save answers: a draft while incomplete, scored once complete",
        params: InstrumentParamsSchema,
        body: SaveMeasureRequestSchema,
        response: { 200: SaveMeasureResponseSchema },
      },
    },
    async (request) => saveMeasureResponse(ctx, callerOf(request).userId, request.params.instrument, request.body),
  );

  app.get(
    "/api/measures/history",
    {
      config: { access },
      schema: {
        tags,
        summary: "Your scores over time with change since baseline, and your drafts",
        response: { 200: MeasureHistoryResponseSchema },
      },
    },
    async (request) => getMeasureHistory(ctx, callerOf(request).userId),
  );
};

export default measuresRoutes;
