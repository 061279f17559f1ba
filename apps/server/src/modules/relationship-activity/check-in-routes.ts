import {
  CheckInListResponseSchema,
  CreateCheckInRequestSchema,
  CreateCheckInResponseSchema,
  RelationshipIdParamsSchema,
} from "@mentalverse/shared";
import { callerOf } from "../../http/access.js";
import type { RouteModule } from "../../http/types.js";
import { loadCrisisLines } from "../screening/crisis-resources.js";
import { createCheckIn } from "./create-check-in.js";
import { listCheckInsOf } from "./list-check-ins.js";
import { actorOf, member } from "./route-helpers.js";

const tags = ["relationship-check-ins"];

const checkInRoutes: RouteModule = async (app, ctx) => {
  const lines = loadCrisisLines(ctx.config.CRISIS_RESOURCES_FILE);

  app.get(
    "/api/relationships/:id/check-ins",
    {
      config: member,
      schema: {
        tags,
        summary: "Check-ins of both members and the mood over time",
        params: RelationshipIdParamsSchema,
        response: { 200: CheckInListResponseSchema },
      },
    },
    async (request) => listCheckInsOf(ctx.db, lines, ctx.clock.now(), callerOf(request).userId, request.params.id),
  );

  app.post(
    "/api/relationships/:id/check-ins",
    {
      config: member,
      schema: {
        tags,
        summary: "Check in with a mood (1-5) and a note; a very low mood brings crisis lines",
        params: RelationshipIdParamsSchema,
        body: CreateCheckInRequestSchema,
        response: { 201: CreateCheckInResponseSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createCheckIn(ctx, lines, actorOf(request), request.params.id, request.body)),
  );
};

export default checkInRoutes;
