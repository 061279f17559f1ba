import { z } from "zod";

/** Any signed-in member may call; each action checks membership itself (404 for strangers). */
export const signedIn = { access: "signed-in" } as const;
export const tags = ["messaging"];

export const ConversationParams = z.strictObject({ id: z.uuid("Not a conversation id") });
export const DeviceParams = z.strictObject({ deviceId: z.uuid("Not a device id") });
export const EpochParams = ConversationParams.extend({ epoch: z.coerce.number().int().min(1) });
