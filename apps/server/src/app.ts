import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import cookie from "@fastify/cookie";
import fastifyStatic from "@fastify/static";
import Fastify, { type FastifyBaseLogger } from "fastify";
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from "fastify-type-provider-zod";
import type { Config } from "./config/config.js";
import type { AppContext } from "./context.js";
import type { DatabaseHandle } from "./db/database.js";
import { installAccessControl, type RegisteredRoute } from "./http/access.js";
import { installCsrfProtection } from "./http/csrf.js";
import { installErrorHandling } from "./http/error-handler.js";
import { installOpenApi } from "./http/openapi.js";
import { installRateLimiting } from "./http/rate-limit.js";
import type { App } from "./http/types.js";
import { createJobQueue, type JobQueueRunner } from "./jobs/queue.js";
import { type Clock, systemClock } from "./lib/clock.js";
import { createLoggerOptions, requestIdFrom } from "./lib/logger.js";
import { createAuditLog } from "./modules/audit/audit-log.js";
import { routeModules } from "./modules/index.js";
import { createMailer } from "./modules/mail/mailer.js";
import { createEmailChannel } from "./modules/notifications/email-channel.js";
import { createNotifier } from "./modules/notifications/notifier.js";
import { createRealtime, type RealtimeServer } from "./realtime/server.js";

const WEB_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../web/dist");

export interface BuildAppOptions {
  config: Config;
  database: DatabaseHandle;
  clock?: Clock;
  /** A logger to use instead of pino from config (tests pass a silent one). */
  logger?: FastifyBaseLogger;
  /** Serve the built web app from apps/web/dist when it exists (default true). */
  serveWeb?: boolean;
}

export interface BuiltApp {
  app: App;
  ctx: AppContext;
  jobs: JobQueueRunner;
  realtime: RealtimeServer;
  routes: RegisteredRoute[];
}

/** Builds the whole server without listening, so tests drive it with inject() or a real port. */
export async function buildApp(options: BuildAppOptions): Promise<BuiltApp> {
  const { config, database } = options;
  const clock = options.clock ?? systemClock;
  const app = Fastify({
    ...(options.logger ? { loggerInstance: options.logger } : { logger: createLoggerOptions(config) }),
    genReqId: requestIdFrom,
    requestIdHeader: false,
    bodyLimit: config.BODY_LIMIT_BYTES,
    trustProxy: config.TRUST_PROXY,
    return503OnClosing: true,
  }).withTypeProvider<ZodTypeProvider>() as App;
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook("onSend", async (request, reply) => {
    reply.header("x-request-id", request.id);
  });

  const jobs = createJobQueue({ database, config, log: app.log, clock });
  const realtime = await createRealtime(app.server, { config, log: app.log });
  const mailer = createMailer({ config, db: database.db, jobs, log: app.log });
  const email = createEmailChannel({ db: database.db, clock, mailer, publicUrl: config.publicUrl, log: app.log });
  const ctx: AppContext = {
    config,
    database,
    db: database.db,
    log: app.log,
    clock,
    audit: createAuditLog(database.db, clock),
    mailer,
    notifier: createNotifier({ db: database.db, clock, realtime, email }),
    realtime,
    jobs,
  };
  realtime.useContext(ctx);

  const routes: RegisteredRoute[] = [];
  installErrorHandling(app);
  await app.register(cookie);
  await installRateLimiting(app, config);
  installCsrfProtection(app, config.publicUrl.startsWith("https://"));
  installAccessControl(app, ctx, routes);
  await installOpenApi(app);
  for (const register of routeModules) {
    await app.register(async (scope) => register(scope as App, ctx));
  }
  if ((options.serveWeb ?? true) && fs.existsSync(path.join(WEB_DIST, "index.html"))) {
    await serveWebApp(app);
  }
  // Before the HTTP server closes: it waits for every connection, and open sockets would hold it forever.
  app.addHook("preClose", async () => {
    await realtime.close();
  });
  return { app, ctx, jobs, realtime, routes };
}

/** The web app from the same origin; unknown non-API paths get index.html so client routes load. */
async function serveWebApp(app: App): Promise<void> {
  // serve: false: only reply.sendFile is wanted; the catch-all below picks files (per-file routes would lack config.access).
  await app.register(fastifyStatic, { root: WEB_DIST, serve: false, index: false });
  app.get("/*", { config: { access: "public" }, schema: { hide: true } }, async (request, reply) => {
    const urlPath = request.url.split("?")[0] ?? "/";
    if (urlPath.startsWith("/api/")) {
      return reply.status(404).send({
        error: { code: "not_found", message: `No route ${request.method} ${urlPath}`, requestId: request.id },
      });
    }
    const file = path.join(WEB_DIST, path.normalize(urlPath).replace(/^(\.\.[/\\])+/, ""));
    if (urlPath !== "/" && file.startsWith(WEB_DIST) && fs.existsSync(file) && fs.statSync(file).isFile()) {
      return reply.sendFile(path.relative(WEB_DIST, file));
    }
    return reply.type("text/html").sendFile("index.html");
  });
}
