import { AttachmentUploadedSchema } from "@mentalverse/shared";
import { z } from "zod";
import { callerOf } from "../../http/access.js";
import type { RouteModule } from "../../http/types.js";
import { AppError } from "../../lib/errors.js";
import { downloadAttachment } from "./download-attachment.js";
import { uploadAttachment } from "./upload-attachment.js";

const tags = ["messaging"];
const member = { access: "signed-in" } as const;
const IdParams = z.strictObject({ id: z.uuid("Not a conversation id") });
const AttachmentParams = z.strictObject({
  id: z.uuid("Not a conversation id"),
  attachmentId: z.uuid("Not an attachment id"),
});

const unsupported = () =>
  new AppError(415, "unsupported_media_type", "Send the encrypted attachment as application/octet-stream");

/** Encrypted attachments: raw ciphertext in, raw ciphertext out; the server never sees a key or a file name. */
const attachmentRoutes: RouteModule = (app, ctx) => {
  // In this module's scope only: the upload's body is the ciphertext itself, up to the configured limit.
  app.addContentTypeParser(
    "application/octet-stream",
    { parseAs: "buffer", bodyLimit: ctx.config.MESSAGING_ATTACHMENT_MAX_BYTES },
    (_request, body, done) => done(null, body),
  );
  // Anything else but JSON (which still parses, so access is checked first as everywhere) is refused here.
  app.addContentTypeParser("*", (_request, _payload, done) => done(unsupported(), undefined));

  app.post(
    "/api/conversations/:id/attachments",
    {
      config: member,
      schema: {
        tags,
        summary: "Upload an encrypted attachment (application/octet-stream; 413 over MESSAGING_ATTACHMENT_MAX_BYTES)",
        params: IdParams,
        response: { 201: AttachmentUploadedSchema },
      },
    },
    async (request, reply) => {
      if (!Buffer.isBuffer(request.body)) throw unsupported();
      const uploaded = await uploadAttachment(ctx, callerOf(request).userId, request.params.id, request.body);
      return reply.code(201).send(uploaded);
    },
  );

  app.get(
    "/api/conversations/:id/attachments/:attachmentId",
    {
      config: member,
      schema: { tags, summary: "Download an attachment's ciphertext (members only)", params: AttachmentParams },
    },
    async (request, reply) => {
      const { size, stream } = await downloadAttachment(
        ctx,
        callerOf(request).userId,
        request.params.id,
        request.params.attachmentId,
      );
      return reply
        .header("content-type", "application/octet-stream")
        .header("content-length", String(size))
        .header("cache-control", "no-store")
        .header("x-content-type-options", "nosniff")
        .send(stream);
    },
  );
};

export default attachmentRoutes;
