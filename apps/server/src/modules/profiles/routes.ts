import { OwnProfileSchema, SaveProfileRequestSchema } from "@mentalverse/shared";
import { callerOf } from "../../http/access.js";
import type { RouteModule } from "../../http/types.js";
import { getProfile } from "./get-profile.js";
import { presentOwnProfile } from "./presenter.js";
import { saveProfile } from "./save-profile.js";

const tags = ["profile"];

/** The member's own matching profile. What peers see goes through presentForMatch, never these routes. */
const profileRoutes: RouteModule = (app, ctx) => {
  app.get(
    "/api/profile",
    {
      config: { access: "signed-in" },
      schema: { tags, summary: "Your matching profile, private fields included", response: { 200: OwnProfileSchema } },
    },
    async (request) => presentOwnProfile(await getProfile(ctx.db, callerOf(request).userId)),
  );

  app.put(
    "/api/profile",
    {
      config: { access: "signed-in" },
      schema: {
        tags,
        summary: "Save your whole matching profile (a partial one is kept as a draft)",
        body: SaveProfileRequestSchema,
        response: { 200: OwnProfileSchema },
      },
    },
    async (request) => presentOwnProfile(await saveProfile(ctx, callerOf(request).userId, request.body)),
  );
};

export default profileRoutes;
