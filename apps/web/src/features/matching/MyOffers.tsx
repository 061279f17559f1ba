import { Stack, Text, Title } from "@mantine/core";
import { QueryState } from "../../components/QueryState.js";
import { OfferCard } from "./OfferCard.js";
import { useMyOffers } from "./queries.js";

/** Offers of an introduction to this member, as mentee or as mentor. */
export function MyOffers() {
  const offers = useMyOffers();
  return (
    <Stack component="section" aria-labelledby="offers-heading" gap="sm">
      <Title order={2} size="h3" id="offers-heading">
        Match offers
      </Title>
      <QueryState query={offers} label="Loading your offers">
        {({ offers: list }) =>
          list.length === 0 ? (
            <Text>
              No offers right now. When a reviewer approves a match, the offer appears here and in your notifications.
            </Text>
          ) : (
            <Stack gap="sm">
              {list.map((offer) => (
                <OfferCard key={offer.id} offer={offer} />
              ))}
            </Stack>
          )
        }
      </QueryState>
    </Stack>
  );
}
