import { Box, Button, Center, Stack, Text } from "@mantine/core";
import { type ReactNode, useEffect, useLayoutEffect, useRef } from "react";
import type { TimelineItem, TimelineMessage } from "./timeline.js";

const NEAR_BOTTOM_PX = 80;

/**
 * The conversation as a log (screen readers announce additions politely). Stays scrolled to the
 * newest message unless the member scrolled up to read; keeps its place when earlier messages load;
 * reports when the newest message is on screen so it counts as read.
 */
export function MessageLog({
  items,
  newestSeq,
  hasOlder,
  loadingOlder,
  onLoadOlder,
  onNewestVisible,
  renderMessage,
  after,
}: {
  items: TimelineItem[];
  newestSeq: number;
  hasOlder: boolean;
  loadingOlder: boolean;
  onLoadOlder: () => void;
  onNewestVisible: (seq: number) => void;
  renderMessage: (message: TimelineMessage) => ReactNode;
  /** Pending sends and the typing line, below the last message. */
  after: ReactNode;
}) {
  const scroller = useRef<HTMLDivElement>(null);
  const bottom = useRef<HTMLDivElement>(null);
  const nearBottom = useRef(true);
  const bottomVisible = useRef(false);
  const firstSeq = items[0]?.seq ?? 0;
  const previous = useRef({ firstSeq, height: 0 });

  // Keep the reader's place: follow new messages only from the bottom; hold still when older ones load.
  useLayoutEffect(() => {
    const box = scroller.current;
    if (!box) return;
    const before = previous.current;
    if (before.firstSeq && firstSeq < before.firstSeq) box.scrollTop += box.scrollHeight - before.height;
    else if (nearBottom.current) box.scrollTop = box.scrollHeight;
    previous.current = { firstSeq, height: box.scrollHeight };
  });

  const newest = useRef({ seq: newestSeq, report: onNewestVisible });
  newest.current = { seq: newestSeq, report: onNewestVisible };

  useEffect(() => {
    const box = scroller.current;
    const target = bottom.current;
    if (!box || !target) return;
    const report = () => {
      if (bottomVisible.current && document.visibilityState === "visible" && newest.current.seq > 0) {
        newest.current.report(newest.current.seq);
      }
    };
    const observer = new IntersectionObserver(
      (entries) => {
        bottomVisible.current = entries.some((e) => e.isIntersecting);
        report();
      },
      { root: box },
    );
    observer.observe(target);
    document.addEventListener("visibilitychange", report);
    return () => {
      observer.disconnect();
      document.removeEventListener("visibilitychange", report);
    };
  }, []);

  useEffect(() => {
    if (bottomVisible.current && document.visibilityState === "visible" && newestSeq > 0) onNewestVisible(newestSeq);
  }, [newestSeq, onNewestVisible]);

  return (
    <Box
      ref={scroller}
      onScroll={(event) => {
        const box = event.currentTarget;
        nearBottom.current = box.scrollHeight - box.scrollTop - box.clientHeight < NEAR_BOTTOM_PX;
      }}
      style={{ overflowY: "auto", overflowX: "hidden", maxHeight: "min(62vh, 720px)", minHeight: 200 }}
      // Scrollable by keyboard too.
      tabIndex={0}
      role="region"
      aria-label="Conversation history"
    >
      {hasOlder ? (
        <Center py="xs">
          <Button variant="subtle" size="xs" loading={loadingOlder} onClick={onLoadOlder}>
            Load earlier messages
          </Button>
        </Center>
      ) : null}
      <Stack gap="xs" role="log" aria-label="Messages" aria-live="polite" aria-relevant="additions" p={4}>
        {items.length === 0 ? (
          <Text c="dimmed" size="sm">
            No messages yet. Say hello.
          </Text>
        ) : null}
        {items.map((item) =>
          item.type === "system" ? (
            <Text key={item.seq} size="xs" c="dimmed" ta="center" style={{ overflowWrap: "anywhere" }}>
              {item.text}
            </Text>
          ) : (
            <div key={item.seq}>{renderMessage(item.message)}</div>
          ),
        )}
      </Stack>
      {after}
      <div ref={bottom} style={{ height: 1 }} />
    </Box>
  );
}
