/** Security headers and the refusal of cross-site writes. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet from 'helmet';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export async function registerSecurity(app: FastifyInstance): Promise<void> {
  // Built once: the headers are the same for every response (@fastify/helmet rebuilt this per request).
  const headers = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        manifestSrc: ["'self'"],
        workerSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        // No upgrade-insecure-requests: a home install on plain http over the LAN must work.
      },
    },
    // Only sent over https by browsers; harmless on http, right behind a TLS proxy.
    strictTransportSecurity: app.config.secureCookies,
    referrerPolicy: { policy: 'no-referrer' },
    crossOriginEmbedderPolicy: false,
  });
  // Helmet's answer does not depend on the request: run it once on a stand-in response, and replay
  // what it did on every real one (the same headers on the raw response, in the same order).
  const recorded: { set: [string, string | number | readonly string[]][]; removed: string[] } = { set: [], removed: [] };
  const standIn = {
    setHeader: (name: string, value: string | number | readonly string[]) => void recorded.set.push([name, value]),
    removeHeader: (name: string) => void recorded.removed.push(name),
  };
  headers({} as IncomingMessage, standIn as unknown as ServerResponse, (err?: unknown) => {
    if (err) throw err;
  });
  app.addHook('onRequest', (_request, reply, done) => {
    // The API docs pages replace the policy with their own (hashes for swagger-ui's inline code).
    const res = reply.raw;
    for (const name of recorded.removed) res.removeHeader(name);
    for (const [name, value] of recorded.set) res.setHeader(name, value);
    done();
  });

  // Browsers send Origin on cross-site writes; a write from another site is refused.
  app.addHook('onRequest', async (request) => {
    if (SAFE_METHODS.has(request.method)) return;
    if (request.headers['sec-fetch-site'] === 'cross-site') throw new AppError('forbidden', 'Cross-site requests are refused');
    const origin = request.headers.origin;
    if (!origin) return;
    let host: string;
    try {
      host = new URL(origin).host;
    } catch {
      throw new AppError('forbidden', 'Cross-site requests are refused');
    }
    const expected = (app.config.trustProxy && (request.headers['x-forwarded-host'] as string | undefined)) || request.headers.host;
    if (host !== expected) throw new AppError('forbidden', 'Cross-site requests are refused');
  });
}
