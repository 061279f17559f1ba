import { z } from "zod";
import { DisplayNameSchema, EmailSchema, PasswordSchema } from "./auth.js";

export const SetupStatusResponseSchema = z.object({ needsSetup: z.boolean() });
export const CreateFirstAdminRequestSchema = z.strictObject({
  token: z.string().min(20).max(200),
  email: EmailSchema,
  password: PasswordSchema,
  displayName: DisplayNameSchema,
});
