import { Alert, Stack, Text } from "@mantine/core";
import type { ConversationDetail } from "@mentalverse/shared";
import { useCallback, useMemo, useState } from "react";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { Loading } from "../../components/Loading.js";
import { PageHeader } from "../../components/PageHeader.js";
import { formatDateTime } from "../../lib/format.js";
import { useMe } from "../auth/session.js";
import { CrisisSupportNotice } from "../messaging-safety/CrisisSupportNotice.js";
import { ReportMessageDialog } from "../messaging-safety/ReportMessageDialog.js";
import { Composer, type EditTarget } from "./Composer.js";
import { ConversationTools } from "./ConversationTools.js";
import type { StoredDevice } from "./keystore.js";
import { MessageItem } from "./MessageItem.js";
import { MessageLog } from "./MessageLog.js";
import { PendingList } from "./PendingList.js";
import { SecurityNotices } from "./SecurityNotices.js";
import { seenLabel } from "./seen.js";
import { TypingLine } from "./TypingLine.js";
import type { TimelineMessage } from "./timeline.js";
import type { DecryptedMessage } from "./types.js";
import { useConversation } from "./use-conversation.js";

const REPORT_CONTEXT = 5;
const WORRIED_RECENT = 10;

/** The conversation page's body: header tools, the log, and the composer with crisis support under it. */
export function ConversationView({ conversationId, device }: { conversationId: string; device: StoredDevice }) {
  const me = useMe();
  const { state, engine, markRead } = useConversation(conversationId, device);
  const [draft, setDraft] = useState("");
  const [editing, setEditing] = useState<EditTarget | null>(null);
  const [reporting, setReporting] = useState<TimelineMessage | null>(null);
  const { detail, items } = state;

  const messages = useMemo(() => items.flatMap((item) => (item.type === "message" ? [item.message] : [])), [items]);
  const readable = useMemo(() => messages.filter((m) => m.verified && !m.deleted), [messages]);
  const seen = detail ? seenLabel(items, detail, state.reads, me.id) : null;
  const onNewestVisible = useCallback((seq: number) => markRead(seq), [markRead]);
  const devicesShown = useCallback((shown: ConversationDetail) => engine.devicesShown(shown), [engine]);

  if (state.phase === "loading" && !detail) return <Loading label="Opening the conversation" />;
  if (!detail) return <ErrorAlert error={state.error} />;

  const mutedUntil = detail.mutedUntil && new Date(detail.mutedUntil) > new Date() ? detail.mutedUntil : null;
  const canSend = detail.state === "open" && !mutedUntil;
  const reportContext = (message: DecryptedMessage) =>
    readable.filter((m) => m.seq < message.seq).slice(-REPORT_CONTEXT);

  return (
    <Stack gap="sm" maw={900} style={{ minWidth: 0 }}>
      <PageHeader
        title={detail.title}
        docTitle={`Messages: ${detail.title}`}
        description={
          detail.kind === "pair" ? "Mentoring conversation, end-to-end encrypted" : "Group, end-to-end encrypted"
        }
      />
      <ConversationTools conversation={detail} recent={readable.slice(-WORRIED_RECENT)} />
      <ErrorAlert error={state.phase === "error" ? state.error : null} />
      <SecurityNotices
        detail={detail}
        notices={state.deviceNotices}
        warnings={state.deviceWarnings}
        onShown={devicesShown}
        onDismiss={() => engine.dismissDeviceNotices()}
      />
      <MessageLog
        items={items}
        newestSeq={state.newestSeq}
        hasOlder={state.hasOlder}
        loadingOlder={state.loadingOlder}
        onLoadOlder={() => void engine.loadOlder()}
        onNewestVisible={onNewestVisible}
        renderMessage={(message) => (
          <MessageItem
            conversationId={conversationId}
            message={message}
            myId={me.id}
            canSend={canSend}
            seen={seen?.seq === message.seq ? seen.label : null}
            handlers={{
              onReact: (emoji, remove) => engine.react(message.seq, emoji, remove),
              onEdit: () => {
                setEditing({ seq: message.seq, text: message.text });
                setDraft(message.text);
              },
              onDelete: () => engine.remove(message.seq),
              onReport: () => setReporting(message),
            }}
          />
        )}
        after={
          <PendingList
            pending={state.pending}
            onRetry={(id) => engine.retry(id)}
            onDiscard={(id) => engine.discard(id)}
          />
        }
      />
      <TypingLine typing={state.typing} members={detail.members} />
      {detail.state === "read_only" ? (
        <Alert color="gray" title="Read only">
          This relationship has ended, so no new messages can be sent. You can still read what was said.
        </Alert>
      ) : mutedUntil ? (
        <Alert color="yellow" title="You are muted">
          A moderator muted you in this group until {formatDateTime(mutedUntil)}. You can still read along.
        </Alert>
      ) : (
        <Composer
          conversationId={conversationId}
          draft={draft}
          onDraftChange={(text) => {
            setDraft(text);
            if (text) engine.typed();
          }}
          editing={editing}
          onCancelEdit={() => {
            setEditing(null);
            setDraft("");
          }}
          onSend={(text, attachments) => engine.sendMessage(text, attachments)}
          onEdit={(seq, text) => engine.edit(seq, text)}
        />
      )}
      <CrisisSupportNotice text={draft} conversationId={conversationId} />
      <Text size="xs" c="dimmed">
        Peer mentoring is not crisis care. Messages are not watched by staff; if you or someone else is in danger, use
        the Help page.
      </Text>
      {reporting ? (
        <ReportMessageDialog
          opened
          onClose={() => setReporting(null)}
          conversationId={conversationId}
          reported={reporting}
          context={reportContext(reporting)}
        />
      ) : null}
    </Stack>
  );
}
