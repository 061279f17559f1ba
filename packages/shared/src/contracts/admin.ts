import { z } from "zod";
import { RoleSchema } from "../roles.js";

export const PageQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

export const AdminUserSummarySchema = z.object({
  id: z.string().uuid(),
  email: z.string(),
  displayName: z.string(),
  roles: z.array(RoleSchema),
  createdAt: z.string(),
  lastSignInAt: z.string().nullable(),
  lockedUntil: z.string().nullable(),
  deletionScheduledFor: z.string().nullable(),
  isDemo: z.boolean(),
});
export type AdminUserSummary = z.infer<typeof AdminUserSummarySchema>;

export const AdminUserListQuerySchema = PageQuerySchema.extend({
  q: z.string().trim().max(100).optional(),
  role: RoleSchema.optional(),
});
export const AdminUserListResponseSchema = z.object({ users: z.array(AdminUserSummarySchema), total: z.number() });

export const AdminUserDetailSchema = AdminUserSummarySchema.extend({ realName: z.string().nullable() });

export const SetRolesRequestSchema = z.strictObject({
  roles: z.array(RoleSchema).max(6),
  reason: z.string().trim().min(3, "Say why, in a few words").max(500),
});

export const AuditEventSchema = z.object({
  id: z.string(),
  at: z.string(),
  action: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  subjectId: z.string().nullable(),
  subjectName: z.string().nullable(),
  ip: z.string().nullable(),
  requestId: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});
export type AuditEvent = z.infer<typeof AuditEventSchema>;
export const AuditListQuerySchema = PageQuerySchema.extend({
  action: z.string().trim().max(100).optional(),
  subjectId: z.string().uuid().optional(),
  actorId: z.string().uuid().optional(),
});
export const AuditListResponseSchema = z.object({ events: z.array(AuditEventSchema), total: z.number() });

export const OutboxMessageSchema = z.object({
  id: z.string(),
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  status: z.enum(["queued", "sent", "failed", "outbox"]),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
  error: z.string().nullable(),
});
export type OutboxMessage = z.infer<typeof OutboxMessageSchema>;
export const OutboxListResponseSchema = z.object({ messages: z.array(OutboxMessageSchema), total: z.number() });
