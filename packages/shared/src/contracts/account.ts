import { z } from "zod";
import { DisplayNameSchema, PasswordSchema, RealNameSchema } from "./auth.js";

export const UpdateProfileRequestSchema = z
  .strictObject({ displayName: DisplayNameSchema.optional(), realName: RealNameSchema.optional() })
  .refine((v) => v.displayName !== undefined || v.realName !== undefined, { message: "Nothing to update" });
export type UpdateProfileRequest = z.infer<typeof UpdateProfileRequestSchema>;

export const ChangePasswordRequestSchema = z.strictObject({
  currentPassword: z.string().min(1).max(256),
  newPassword: PasswordSchema,
});

export const DeleteAccountRequestSchema = z.strictObject({ password: z.string().min(1).max(256) });
export const DeleteAccountResponseSchema = z.object({ deletionScheduledFor: z.string() });
