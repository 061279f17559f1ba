import { OwnProfileSchema, type SaveProfileRequest } from "@mentalverse/shared";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../lib/api.js";

export const PROFILE_KEY = ["profile"] as const;

export function useOwnProfile() {
  return useQuery({ queryKey: PROFILE_KEY, queryFn: () => api.get("/api/profile", OwnProfileSchema) });
}

export function useSaveProfile() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: SaveProfileRequest) => api.put("/api/profile", OwnProfileSchema, body),
    onSuccess: (profile) => client.setQueryData(PROFILE_KEY, profile),
  });
}
