import { Box } from "@mantine/core";
import { PageControls } from "../../components/PageControls.js";
import { PageHeader } from "../../components/PageHeader.js";
import { QueryState } from "../../components/QueryState.js";
import { OutboxList } from "../../features/admin/OutboxList.js";
import { PAGE_SIZE, useOutbox } from "../../features/admin/queries.js";
import { useUrlFilters } from "./search-params.js";

export function OutboxPage() {
  const { offset, update } = useUrlFilters([] as const);
  const query = useOutbox(offset);
  return (
    <Box maw={900}>
      <PageHeader
        title="Mail outbox"
        description="Every email the platform has sent or tried to send. When no mail server is set up, messages wait here: pass a password-reset link to its owner only after checking it is really them."
      />
      <QueryState query={query} label="Loading messages">
        {(data) => (
          <>
            <OutboxList messages={data.messages} />
            <PageControls
              offset={offset}
              limit={PAGE_SIZE}
              total={data.total}
              noun="messages"
              onOffsetChange={(o) => update({ offset: o })}
            />
          </>
        )}
      </QueryState>
    </Box>
  );
}
