import {
  ConsentTextSchema,
  MyMentorApplicationResponseSchema,
  type OnboardingIntent,
  type OnboardingState,
  OnboardingStateSchema,
  OwnProfileSchema,
} from "@mentalverse/shared";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../lib/api.js";

export const ONBOARDING_KEY = ["onboarding"] as const;

export function useOnboarding() {
  return useQuery({
    queryKey: [...ONBOARDING_KEY, "state"],
    queryFn: () => api.get("/api/onboarding", OnboardingStateSchema),
  });
}

export function useConsentText() {
  return useQuery({
    queryKey: [...ONBOARDING_KEY, "consent-text"],
    queryFn: () => api.get("/api/onboarding/consent-text", ConsentTextSchema),
  });
}

export function useOwnProfile() {
  // Always re-read: the member completes the profile on its own page and comes back here.
  return useQuery({
    queryKey: [...ONBOARDING_KEY, "profile"],
    queryFn: () => api.get("/api/profile", OwnProfileSchema),
    staleTime: 0,
  });
}

export function useMyMentorApplication() {
  return useQuery({
    queryKey: [...ONBOARDING_KEY, "mentor-application"],
    staleTime: 0,
    queryFn: () => api.get("/api/mentor-applications/mine", MyMentorApplicationResponseSchema),
  });
}

function useOnboardingWrite<B>(send: (body: B) => Promise<OnboardingState>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (state) => client.setQueryData([...ONBOARDING_KEY, "state"], state),
  });
}

export function useAcknowledgeAbout() {
  return useOnboardingWrite(() => api.post("/api/onboarding/about", OnboardingStateSchema, { acknowledged: true }));
}

export function useGiveConsent() {
  return useOnboardingWrite((version: string) =>
    api.post("/api/onboarding/consent", OnboardingStateSchema, { version, agreed: true }),
  );
}

export function useSetIntent() {
  return useOnboardingWrite((intent: OnboardingIntent) =>
    api.put("/api/onboarding/intent", OnboardingStateSchema, intent),
  );
}
