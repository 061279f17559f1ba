import { z } from "zod";
import { RoleSchema } from "../roles.js";

export const EmailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: "Enter a valid email address" }))
  .pipe(z.string().max(254));
/** Long passphrases welcome; a floor of 10 characters and a cap that bounds hashing cost. */
export const PasswordSchema = z.string().min(10, "Use at least 10 characters").max(256, "Use at most 256 characters");
/** A pseudonym peers see; never a real name unless the member chooses one. */
export const DisplayNameSchema = z
  .string()
  .trim()
  .min(2, "Use at least 2 characters")
  .max(40, "Use at most 40 characters")
  .regex(/^[\p{L}\p{N} _.'-]+$/u, "Use letters, digits, spaces and . _ ' - only");
export const RealNameSchema = z.string().trim().max(120).nullable();

export const SignUpRequestSchema = z.strictObject({
  email: EmailSchema,
  password: PasswordSchema,
  displayName: DisplayNameSchema,
  realName: RealNameSchema.optional(),
});
export type SignUpRequest = z.infer<typeof SignUpRequestSchema>;

export const SignInRequestSchema = z.strictObject({
  email: EmailSchema,
  password: z.string().min(1, "Enter your password").max(256),
});
export type SignInRequest = z.infer<typeof SignInRequestSchema>;

export const PasswordResetRequestSchema = z.strictObject({ email: EmailSchema });
export const PasswordResetCompleteSchema = z.strictObject({
  token: z.string().min(20).max(200),
  password: PasswordSchema,
});

/** The signed-in member as they see themselves. */
export const MeSchema = z.object({
  id: z.string().uuid(),
  email: z.string(),
  displayName: z.string(),
  realName: z.string().nullable(),
  roles: z.array(RoleSchema),
  createdAt: z.string(),
  deletionScheduledFor: z.string().nullable(),
  isDemo: z.boolean(),
});
export type Me = z.infer<typeof MeSchema>;

export const SessionResponseSchema = z.object({ user: MeSchema.nullable() });
export type SessionResponse = z.infer<typeof SessionResponseSchema>;

export const OkResponseSchema = z.object({ ok: z.literal(true) });
