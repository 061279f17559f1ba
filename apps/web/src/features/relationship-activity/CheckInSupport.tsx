import { Anchor, Text } from "@mantine/core";
import type { CheckInSupport as Support } from "@mentalverse/shared";
import { Link } from "react-router";
import { CrisisResourcesPanel } from "../screening/CrisisResourcesPanel.js";

/**
 * Crisis lines after a very low mood, above everything else in the tab. The one who checked in is
 * also asked for a safety check, which routes real risk to the safety team.
 */
export function CheckInSupport({ support, askedForScreening }: { support: Support; askedForScreening: boolean }) {
  return (
    <CrisisResourcesPanel
      resources={support.crisisResources}
      intro={
        <>
          {support.message}
          {askedForScreening ? (
            <Text component="span" display="block" mt="xs">
              Please also{" "}
              <Anchor component={Link} to="/screening">
                take the safety check
              </Anchor>{" "}
              so a trained person can follow up with you.
            </Text>
          ) : null}
        </>
      }
    />
  );
}
