/**
 * Builds the HTTP application: plugins, the auth hook, the error catalogue,
 * every module's routes, the OpenAPI document and the web UI.
 */
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { LogController } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { registerAuthHook, registerPublicPlugin } from './auth/hook.js';
import { namesFile, webFileOptions } from './http/web-files.js';
import { loadWebShell } from './http/web-shell.js';
import { withDeclaredPermission } from './auth/openapi.js';
import { withAnswersSentAsIs } from './http/route.js';
import { ReadCache } from './changelog/read-cache.js';
import { authRoutes } from './auth/routes.js';
import { oidcRoutes } from './auth/oidc/routes.js';
import { changelogRoutes } from './changelog/routes.js';
import { auditRoutes } from './changelog/routes-audit.js';
import { committeeRoutes } from './committee/routes.js';
import { directoryRoutes } from './directory/routes.js';
import { documentRoutes } from './documents/routes.js';
import { healthRoutes } from './health/routes.js';
import { AppError, registerErrorHandling } from './http/errors.js';
import { closeUnusedConnectionsOnClose } from './http/unused-connections.js';
import type { App, Deps } from './http/types.js';
import { LiveHub } from './live/hub.js';
import { liveRoutes } from './live/routes.js';
import { meetingRoutes } from './meetings/routes.js';
import { roomRoutes } from './room/routes.js';
import { decisionRoutes } from './room/decision-routes.js';
import { searchRoutes } from './search/routes.js';
import { meetingSearch } from './meetings/search.js';
import { documentSearch } from './documents/search-provider.js';
import { articleSearch } from './press/news/search.js';
import { personSearch, partySearch } from './directory/search.js';
import { bodySearch, taskSearch } from './committee/search.js';
import { clippingSearch } from './press/monitoring/search.js';
import { pressRoutes } from './press/routes.js';
import { calendarRoutes } from './scheduling/calendar-routes.js';
import { journalRoutes } from './journal/routes.js';
import { schedulingRoutes } from './scheduling/routes.js';
import { mailRoutes } from './mail/routes.js';
import { privacyRoutes } from './privacy/routes.js';
import { userRoutes } from './users/routes.js';

/** dist/web under the package root, both from src/server (tests) and dist/server (npm start). */
export const webRoot = fileURLToPath(new URL('../../dist/web', import.meta.url));

/** Each module's answer to the one search box (search/provider.ts). */
export const searchProviders = [meetingSearch, documentSearch, articleSearch, personSearch, partySearch, bodySearch, taskSearch, clippingSearch];

/**
 * Browser-side defences on every answer: a strict Content-Security-Policy
 * (scripts only from this origin, never inline; no framing), nosniff, a
 * referrer policy, and HSTS when the cookies are Secure (served over HTTPS).
 * Styles allow 'unsafe-inline': the calendar and editor components write
 * style attributes and <style> elements at run time.
 */
function securityHeaders(secure: boolean) {
  return {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(secure ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    frameguard: { action: 'deny' as const },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' as const },
    hsts: secure ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    crossOriginEmbedderPolicy: false,
  };
}

function decodedPath(url: string): string | null {
  try {
    return decodeURIComponent(url.split('?')[0]!).toLowerCase();
  } catch {
    return null;
  }
}

export interface BuildOptions extends Omit<Deps, 'readCache'> {
  /** Serve the built web UI from dist/web when it exists. */
  serveWeb?: boolean;
  logger?: boolean;
}

export async function buildApp(options: BuildOptions): Promise<App> {
  const { config } = options;
  const app = Fastify({
    logger: options.logger === false ? false : { level: config.logLevel },
    bodyLimit: config.bodyLimit,
    trustProxy: config.trustedProxy,
    genReqId: () => randomUUID(),
    // Errors are logged with their request id; one line per request is noise here.
    logController: new LogController({ disableRequestLogging: true }),
    requestIdHeader: false,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);

  await app.register(cookie);
  await app.register(helmet, securityHeaders(config.secureCookies));
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Gavel API',
        description: 'Running a chairmanship year',
        version: '0.1.0',
        license: { name: 'Apache-2.0', url: 'https://www.apache.org/licenses/LICENSE-2.0' },
      },
      servers: [{ url: config.publicUrl }],
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'gavel_session' },
          csrf: { type: 'apiKey', in: 'header', name: 'x-csrf-token' },
        },
      },
    },
    transform: withDeclaredPermission(withAnswersSentAsIs(jsonSchemaTransform)),
  });
  registerAuthHook(app, { db: options.database.db, secureCookies: config.secureCookies, session: config.session });
  await registerPublicPlugin(app, swaggerUi, { routePrefix: '/api/docs' });

  const { cache: readCache, detach } = await ReadCache.attach(options.database, config.readCache ? 500 : 0, {
    suspended: () => app.log.warn('LISTEN connection lost: reads bypass the read cache until it is back'),
    resumed: () => app.log.info('LISTEN connection back: the read cache starts afresh'),
  });
  app.addHook('onClose', async () => {
    await detach();
  });
  const deps: Deps = { ...options, readCache, webRoot: options.webRoot ?? webRoot };
  const live = await LiveHub.start(options.database, config.live, app.log);
  // Before the server waits for connections to end: a live stream never ends by itself.
  app.addHook('preClose', async () => {
    await live.close();
  });
  liveRoutes(app, live);
  for (const routes of [
    healthRoutes,
    authRoutes,
    oidcRoutes,
    meetingRoutes,
    roomRoutes,
    decisionRoutes,
    directoryRoutes,
    searchRoutes(searchProviders),
    changelogRoutes,
    auditRoutes,
    committeeRoutes,
    documentRoutes,
    pressRoutes,
    schedulingRoutes,
    calendarRoutes,
    journalRoutes,
    userRoutes,
    mailRoutes,
    privacyRoutes,
  ]) {
    routes(app, deps);
  }

  const root = options.webRoot ?? webRoot;
  const serveWeb = options.serveWeb !== false && existsSync(`${root}/index.html`);
  // The web UI's page for every client-side route; read once (http/web-shell.ts).
  const shell = serveWeb ? await loadWebShell(root) : null;
  if (serveWeb) {
    await registerPublicPlugin(app, fastifyStatic, webFileOptions(root));
  }
  app.setNotFoundHandler((request, reply) => {
    // The path as the router read it: '/%61pi/x' is an API path too, and gets
    // the API's JSON 404 rather than the web UI's page.
    const path = decodedPath(request.url);
    if (path === null || path.startsWith('/api/') || namesFile(path) || !shell || request.method !== 'GET') {
      throw new AppError('not_found', `No route ${request.method} ${request.url.split('?')[0]}`);
    }
    return reply
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-cache')
      .header('vary', 'accept-language')
      .send(shell.page(path, request.headers['accept-language']));
  });
  closeUnusedConnectionsOnClose(app);

  return app;
}
