import type { DemoStep } from "../demo-step.js";
import { menteesStep } from "./mentees.js";
import { mentorsStep } from "./mentors.js";
import { staffStep } from "./staff.js";

/** The demo community, built in this order; later capabilities append their steps here. */
export const demoSteps: DemoStep[] = [staffStep, mentorsStep, menteesStep];
