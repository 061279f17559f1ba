import {
  DeviceListResponseSchema,
  DeviceSchema,
  RecoveryStateSchema,
  RegisterDeviceRequestSchema,
  SetRecoveryRequestSchema,
} from "@mentalverse/shared";
import { callerOf } from "../../http/access.js";
import type { RouteModule } from "../../http/types.js";
import { getRecovery } from "./get-recovery.js";
import { listDevices } from "./list-devices.js";
import { DeviceParams, signedIn, tags } from "./params.js";
import { registerDevice } from "./register-device.js";
import { revokeDevice } from "./revoke-device.js";
import { setRecovery } from "./set-recovery.js";

/** The caller's own devices (public keys only) and recovery key. */
const deviceRoutes: RouteModule = async (app, ctx) => {
  app.get(
    "/api/messaging/devices",
    { config: signedIn, schema: { tags, summary: "Your devices", response: { 200: DeviceListResponseSchema } } },
    async (request) => listDevices(ctx.db, callerOf(request).userId),
  );

  app.post(
    "/api/messaging/devices",
    {
      config: signedIn,
      schema: {
        tags,
        summary: "Register this device's public keys (at most 10 active devices)",
        body: RegisterDeviceRequestSchema,
        response: { 201: DeviceSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await registerDevice(ctx, callerOf(request).userId, request.body)),
  );

  app.delete(
    "/api/messaging/devices/:deviceId",
    {
      config: signedIn,
      schema: {
        tags,
        summary: "Remove one of your devices; your conversations then need a new key",
        params: DeviceParams,
        response: { 200: DeviceSchema },
      },
    },
    async (request) => revokeDevice(ctx, callerOf(request).userId, request.params.deviceId),
  );

  app.get(
    "/api/messaging/recovery",
    {
      config: signedIn,
      schema: { tags, summary: "Your recovery key (404 until set)", response: { 200: RecoveryStateSchema } },
    },
    async (request) => getRecovery(ctx.db, callerOf(request).userId),
  );

  app.put(
    "/api/messaging/recovery",
    {
      config: signedIn,
      schema: {
        tags,
        summary: "Set or replace your recovery public key",
        body: SetRecoveryRequestSchema,
        response: { 200: RecoveryStateSchema },
      },
    },
    async (request) => setRecovery(ctx, callerOf(request).userId, request.body),
  );
};

export default deviceRoutes;
