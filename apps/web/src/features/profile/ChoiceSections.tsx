import {
  COMMUNICATION_STYLES,
  type CommunicationStyle,
  MEETING_FREQUENCIES,
  type MeetingFrequency,
  RECOVERY_STAGES,
  RELATIONSHIP_DURATIONS,
  type RecoveryStage,
  type RelationshipDuration,
  TECHNOLOGY_COMFORT_LEVELS,
  type TechnologyComfort,
} from "@mentalverse/shared";
import { OptionRadios } from "./OptionRadios.js";
import type { SectionProps } from "./ProfileSection.js";

// The single-choice fields: each is one list from the shared vocabulary.

export function RecoveryStageInput(props: SectionProps<RecoveryStage | null>) {
  return <OptionRadios label="Where you are now" options={RECOVERY_STAGES} {...props} />;
}

export function CommunicationStyleInput(props: SectionProps<CommunicationStyle | null>) {
  return <OptionRadios label="The style that suits you best" options={COMMUNICATION_STYLES} {...props} />;
}

export function TechnologyComfortInput(props: SectionProps<TechnologyComfort | null>) {
  return (
    <OptionRadios
      label="How comfortable you are with apps and video calls"
      options={TECHNOLOGY_COMFORT_LEVELS}
      {...props}
    />
  );
}

export function IntensityInput(props: SectionProps<MeetingFrequency | null>) {
  return <OptionRadios label="How often you would like to meet" options={MEETING_FREQUENCIES} {...props} />;
}

export function ExpectedDurationInput(props: SectionProps<RelationshipDuration | null>) {
  return <OptionRadios label="How long you expect to meet for" options={RELATIONSHIP_DURATIONS} {...props} />;
}
