import { useParams } from "react-router";
import { ConversationView } from "../../features/messaging/ConversationView.js";
import { RequireDevice } from "../../features/messaging/RequireDevice.js";

export function ConversationPage() {
  const { conversationId = "" } = useParams();
  return (
    <RequireDevice>
      {(device) => <ConversationView key={conversationId} conversationId={conversationId} device={device} />}
    </RequireDevice>
  );
}
