import {
  OkResponseSchema,
  PasswordResetCompleteSchema,
  PasswordResetRequestSchema,
  SessionResponseSchema,
  SignInRequestSchema,
  SignUpRequestSchema,
} from "@mentalverse/shared";
import { requestMetaOf } from "../../http/request-meta.js";
import type { RouteModule } from "../../http/types.js";
import { completePasswordReset } from "./complete-password-reset.js";
import { findMe } from "./get-session.js";
import { requestPasswordReset } from "./request-password-reset.js";
import { clearSessionCookie, replySignedIn, SESSION_COOKIE } from "./session-cookie.js";
import { signIn } from "./sign-in.js";
import { signOut } from "./sign-out.js";
import { signUp } from "./sign-up.js";

const tags = ["auth"];
// Per client address; the per-account lockout in sign-in.ts covers guesses spread over many addresses.
const limits = {
  signIn: { max: 20, timeWindow: "1 minute" },
  signUp: { max: 10, timeWindow: "1 hour" },
  resetRequest: { max: 5, timeWindow: "15 minutes" },
  resetComplete: { max: 20, timeWindow: "15 minutes" },
};

/** Sign-up, sign-in and out, and password reset. All public: they are how one becomes signed in. */
const authRoutes: RouteModule = (app, ctx) => {
  app.get(
    "/api/auth/session",
    {
      config: { access: "public" },
      schema: { tags, summary: "The signed-in member, or null", response: { 200: SessionResponseSchema } },
    },
    async (request, reply) => {
      if (!request.caller) {
        // A cookie for a session that ended (expired, signed out elsewhere) is dropped, not resent forever.
        if (request.cookies[SESSION_COOKIE]) clearSessionCookie(reply, ctx.config);
        return { user: null };
      }
      return { user: await findMe(ctx.db, request.caller.userId) };
    },
  );

  app.post(
    "/api/auth/sign-up",
    {
      config: { access: "public", rateLimit: limits.signUp },
      schema: {
        tags,
        summary: "Create an account and sign in",
        body: SignUpRequestSchema,
        response: { 201: SessionResponseSchema },
      },
    },
    async (request, reply) => {
      const result = await signUp(ctx, request.body, requestMetaOf(request), request.caller?.sessionId ?? null);
      return replySignedIn(reply, ctx.config, result, 201);
    },
  );

  app.post(
    "/api/auth/sign-in",
    {
      config: { access: "public", rateLimit: limits.signIn },
      schema: {
        tags,
        summary: "Sign in with email and password",
        body: SignInRequestSchema,
        response: { 200: SessionResponseSchema },
      },
    },
    async (request, reply) => {
      const result = await signIn(ctx, request.body, requestMetaOf(request), request.caller?.sessionId ?? null);
      return replySignedIn(reply, ctx.config, result, 200);
    },
  );

  app.post(
    "/api/auth/sign-out",
    {
      config: { access: "public" },
      schema: {
        tags,
        summary: "End this session (also fine when it already ended)",
        response: { 200: OkResponseSchema },
      },
    },
    async (request, reply) => {
      await signOut(ctx, request.caller, requestMetaOf(request));
      clearSessionCookie(reply, ctx.config);
      return { ok: true as const };
    },
  );

  app.post(
    "/api/auth/password-reset/request",
    {
      config: { access: "public", rateLimit: limits.resetRequest },
      schema: {
        tags,
        summary: "Mail a reset link if the email has an account (always answers 202)",
        body: PasswordResetRequestSchema,
        response: { 202: OkResponseSchema },
      },
    },
    async (request, reply) => {
      await requestPasswordReset(ctx, request.body.email, requestMetaOf(request));
      return reply.status(202).send({ ok: true as const });
    },
  );

  app.post(
    "/api/auth/password-reset/complete",
    {
      config: { access: "public", rateLimit: limits.resetComplete },
      schema: {
        tags,
        summary: "Choose a new password with a reset link's token",
        body: PasswordResetCompleteSchema,
        response: { 200: OkResponseSchema },
      },
    },
    async (request) => {
      await completePasswordReset(ctx, request.body, requestMetaOf(request));
      return { ok: true as const };
    },
  );
};

export default authRoutes;
