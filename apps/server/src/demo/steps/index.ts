import type { DemoStep } from "../demo-step.js";
import { checkInsStep } from "./check-ins.js";
import { conversationsStep } from "./conversations.js";
import { menteesStep } from "./mentees.js";
import { mentorApplicationsStep } from "./mentor-applications.js";
import { mentorsStep } from "./mentors.js";
import { onboardingStep } from "./onboarding.js";
import { profilesStep } from "./profiles.js";
import { relationshipsStep } from "./relationships.js";
import { staffStep } from "./staff.js";

/** The demo community, built in this order; later capabilities append their steps here. */
export const demoSteps: DemoStep[] = [
  staffStep,
  mentorsStep,
  menteesStep,
  onboardingStep,
  profilesStep,
  checkInsStep,
  mentorApplicationsStep,
  relationshipsStep,
  conversationsStep,
];
