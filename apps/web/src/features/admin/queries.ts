import {
  AdminUserDetailSchema,
  AdminUserListResponseSchema,
  AuditListResponseSchema,
  OutboxListResponseSchema,
  type Role,
  type SetRolesRequestSchema,
} from "@mentalverse/shared";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { api } from "../../lib/api.js";

export const PAGE_SIZE = 25;
const ADMIN_KEY = ["admin"] as const;

export interface UserListFilters {
  q?: string;
  role?: Role;
  offset: number;
}

export function useAdminUsers(filters: UserListFilters) {
  return useQuery({
    queryKey: [...ADMIN_KEY, "users", filters],
    queryFn: () => api.get("/api/admin/users", AdminUserListResponseSchema, { ...filters, limit: PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });
}

export function useAdminUser(id: string) {
  return useQuery({
    queryKey: [...ADMIN_KEY, "user", id],
    queryFn: () => api.get(`/api/admin/users/${encodeURIComponent(id)}`, AdminUserDetailSchema),
  });
}

export function useSetRoles(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: z.output<typeof SetRolesRequestSchema>) =>
      api.put(`/api/admin/users/${encodeURIComponent(id)}/roles`, AdminUserDetailSchema, body),
    onSuccess: (user) => {
      client.setQueryData([...ADMIN_KEY, "user", id], user);
      void client.invalidateQueries({ queryKey: [...ADMIN_KEY, "users"] });
      void client.invalidateQueries({ queryKey: [...ADMIN_KEY, "audit"] });
    },
  });
}

export interface AuditFilters {
  action?: string;
  subjectId?: string;
  actorId?: string;
  offset: number;
}

export function useAuditEvents(filters: AuditFilters) {
  return useQuery({
    queryKey: [...ADMIN_KEY, "audit", filters],
    queryFn: () => api.get("/api/admin/audit", AuditListResponseSchema, { ...filters, limit: PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });
}

export function useOutbox(offset: number) {
  return useQuery({
    queryKey: [...ADMIN_KEY, "outbox", offset],
    queryFn: () => api.get("/api/admin/outbox", OutboxListResponseSchema, { offset, limit: PAGE_SIZE }),
    placeholderData: keepPreviousData,
    refetchInterval: 30_000,
  });
}
