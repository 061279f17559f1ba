import {
  AccountExportSchema,
  ChangePasswordRequestSchema,
  DeleteAccountRequestSchema,
  DeleteAccountResponseSchema,
  MeSchema,
  OkResponseSchema,
  UpdateProfileRequestSchema,
} from "@mentalverse/shared";
import { callerOf } from "../../http/access.js";
import { requestMetaOf } from "../../http/request-meta.js";
import type { RouteModule } from "../../http/types.js";
import { cancelAccountDeletion } from "./cancel-account-deletion.js";
import { changePassword } from "./change-password.js";
import { exportAccountData } from "./export-account-data.js";
import { requestAccountDeletion } from "./request-account-deletion.js";
import { updateProfile } from "./update-profile.js";

const tags = ["account"];
// Password confirmations are guesses too when a session is stolen; cap them per address.
const passwordChecks = { max: 10, timeWindow: "15 minutes" };

/** The signed-in member's own account: profile, password, export and deletion. */
const accountRoutes: RouteModule = (app, ctx) => {
  app.patch(
    "/api/account/profile",
    {
      config: { access: "signed-in" },
      schema: {
        tags,
        summary: "Change display name or private real name",
        body: UpdateProfileRequestSchema,
        response: { 200: MeSchema },
      },
    },
    async (request) => updateProfile(ctx, callerOf(request), request.body, requestMetaOf(request)),
  );

  app.post(
    "/api/account/password",
    {
      config: { access: "signed-in", rateLimit: passwordChecks },
      schema: {
        tags,
        summary: "Change password (signs out other sessions)",
        body: ChangePasswordRequestSchema,
        response: { 200: OkResponseSchema },
      },
    },
    async (request) => {
      await changePassword(ctx, callerOf(request), request.body, requestMetaOf(request));
      return { ok: true as const };
    },
  );

  app.get(
    "/api/account/export",
    {
      config: { access: "signed-in" },
      schema: {
        tags,
        summary: "Download all of one's own data as JSON (audited)",
        response: { 200: AccountExportSchema },
      },
    },
    async (request, reply) => {
      const { data, filename } = await exportAccountData(ctx, callerOf(request), requestMetaOf(request));
      reply.header("content-disposition", `attachment; filename="${filename}"`).header("cache-control", "no-store");
      return data;
    },
  );

  app.post(
    "/api/account/deletion",
    {
      config: { access: "signed-in", rateLimit: passwordChecks },
      schema: {
        tags,
        summary: "Schedule account deletion after the grace period",
        body: DeleteAccountRequestSchema,
        response: { 200: DeleteAccountResponseSchema },
      },
    },
    async (request) => requestAccountDeletion(ctx, callerOf(request), request.body.password, requestMetaOf(request)),
  );

  app.delete(
    "/api/account/deletion",
    {
      config: { access: "signed-in" },
      schema: { tags, summary: "Cancel a scheduled account deletion", response: { 200: MeSchema } },
    },
    async (request) => cancelAccountDeletion(ctx, callerOf(request), requestMetaOf(request)),
  );
};

export default accountRoutes;
