/** The app factory: a configured Fastify instance over an open database, without a listener. */
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, LogController } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject, validatorCompiler } from 'fastify-type-provider-zod';
import type { Config } from '../config.js';
import type { Database } from '../db/database.js';
import { VERSION } from '../version.js';
import { registerAccessRules } from './access.js';
import { registerAuth } from './auth.js';
import { registerCompression } from './compression.js';
import { errorAnswer } from '../errors.js';
import { clientErrorHandler, frameworkErrors, registerErrorHandler } from './error-handler.js';
import { accountRoutes } from './routes/account.js';
import { careContactRoutes } from './routes/care-contacts.js';
import { authRoutes } from './routes/auth.js';
import { babyRecordRoutes } from './routes/baby-records.js';
import { reportRoutes } from './routes/report.js';
import { changesRoutes } from './routes/changes.js';
import { creamatocritRoutes } from './routes/creamatocrit.js';
import { healthRoutes } from './routes/health.js';
import { routineRoutes } from './routes/routines.js';
import { sharingRoutes } from './routes/sharing.js';
import { symptomCheckRoutes } from './routes/symptom-checks.js';
import { workspaceRoutes } from './routes/workspace.js';
import { insightRoutes } from './routes/insights.js';
import { householdRoutes } from './routes/households.js';
import { sessionRoutes } from './routes/sessions.js';
import { errorBody } from './schemas.js';
import { registerSecurity } from './security.js';
import { registerTextGuard } from './text-guard.js';
import './types.js';
import { isAppRoute, registerWeb } from './web.js';

export const BODY_LIMIT = 256 * 1024;
const DOCS_PREFIX = '/api/docs';

/**
 * Routes that plugins add (the API docs, the web app's files) carry no config of ours; they are
 * public by this rule. Every other /api route requires a signed-in user unless it says otherwise.
 * The OpenAPI document says so too: a public route needs no cookie, and every route that can
 * answer 403 lists it — any write (a cross-site one is refused) and a household route a role may
 * not use.
 */
function markPublic(app: FastifyInstance, isPublic: (url: string) => boolean): void {
  app.addHook('onRoute', (route) => {
    if (isPublic(route.url)) route.config = { ...route.config, public: true };
    const schema = route.schema;
    if (!schema) return;
    if (route.config?.public) schema.security = [];
    const methods = [route.method].flat();
    const forbids = methods.some((m) => !['GET', 'HEAD', 'OPTIONS'].includes(m)) || (route.config?.access !== undefined && route.config.access !== 'read');
    const responses = schema.response as Record<string, unknown> | undefined;
    if (forbids && responses && !('403' in responses)) responses['403'] = errorBody;
  });
}

export interface BuildOptions {
  /** Where logs go (tests read them); standard output by default. */
  logStream?: NodeJS.WritableStream;
  /** How long a whole request (headers and body) may take to arrive, in ms (a trickled body is cut off). */
  requestTimeoutMs?: number;
}

/** A request must arrive whole within this time: a body trickled in byte by byte would hold a socket forever. */
const REQUEST_TIMEOUT_MS = 30_000;

export async function buildApp(config: Readonly<Config>, database: Database, opts: BuildOptions = {}): Promise<FastifyInstance> {
  const requestTimeout = opts.requestTimeoutMs ?? REQUEST_TIMEOUT_MS;
  const app = Fastify({
    logger: config.logLevel === 'silent' ? false : { level: config.logLevel, ...(opts.logStream ? { stream: opts.logStream } : {}) },
    // No request bodies, queries or cookies in the logs: only method, route pattern and status.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: BODY_LIMIT,
    trustProxy: config.trustProxy,
    routerOptions: { ignoreTrailingSlash: true },
    requestTimeout,
    // Also given to Node's server when it is made: set only afterwards (as Fastify does), Node 20
    // never applies it. Node looks for requests past their time every connectionsCheckingInterval
    // (its default, 30 s, would double the limit).
    http: { requestTimeout, connectionsCheckingInterval: Math.min(5_000, Math.ceil(requestTimeout / 4)) },
    frameworkErrors,
    clientErrorHandler,
  });
  app.decorate('db', database.db);
  app.decorate('config', config);
  app.setValidatorCompiler(validatorCompiler);
  // Response schemas document the API; responses are built from typed objects, so plain JSON is enough.
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));
  registerErrorHandler(app);
  registerTextGuard(app);

  await app.register(cookie);
  await registerSecurity(app);
  await registerCompression(app);
  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: { title: 'Lactea API', version: VERSION, description: 'The HTTP API of Lactea. Sign in with /api/auth/login; the session cookie authenticates the rest.' },
      components: { securitySchemes: { cookie: { type: 'apiKey', in: 'cookie', name: 'lactea_session' } } },
      security: [{ cookie: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  markPublic(app, (url) => url.startsWith(DOCS_PREFIX) || !url.startsWith('/api'));
  await app.register(swaggerUi, {
    routePrefix: DOCS_PREFIX,
    staticCSP: true,
    // Nothing from third parties: no validator badge from swagger.io, no outside fonts or images.
    uiConfig: { validatorUrl: null },
    transformStaticCSP: (header) => header.replace(/ validator\.swagger\.io/g, '').replace(/ https:/g, ''),
  });

  registerAuth(app);
  app.decorate('householdRoutes', registerAccessRules(app));

  app.get('/api/openapi.json', { config: { public: true }, schema: { hide: true } }, async () => app.swagger());
  await app.register(healthRoutes, { ping: () => database.ping() });
  await app.register(authRoutes);
  await app.register(accountRoutes);
  await app.register(householdRoutes);
  await app.register(sessionRoutes);
  await app.register(changesRoutes);
  await app.register(creamatocritRoutes);
  await app.register(babyRecordRoutes);
  await app.register(reportRoutes);
  await app.register(routineRoutes);
  await app.register(symptomCheckRoutes);
  await app.register(careContactRoutes);
  await app.register(insightRoutes);
  await app.register(sharingRoutes);
  await app.register(workspaceRoutes);

  const hasWeb = await registerWeb(app, config.webRoot);
  app.setNotFoundHandler((request, reply) => {
    // The web app's own routes (e.g. /log, /settings) get its index.html; anything else is a JSON 404.
    if (hasWeb && request.method === 'GET' && isAppRoute(request.url)) {
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    }
    return reply.code(404).send(errorAnswer('not_found', `No route ${request.method} ${request.url.split('?')[0]}`));
  });

  app.addHook('onResponse', (request, reply, done) => {
    if (reply.statusCode >= 500) request.log.warn({ method: request.method, route: request.routeOptions.url, status: reply.statusCode }, 'server error');
    done();
  });
  return app;
}
