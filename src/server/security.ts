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
  // JSON answers are never shown as pages: they get the short, stricter set OWASP suggests for APIs
  // (nothing may load, nothing may frame them, nothing is stored), not the web app's page policy.
  // Fewer bytes too: the page set is some 700 bytes on every answer.
  const api: [string, string][] = [
    ['Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'"],
    ['Cross-Origin-Resource-Policy', 'same-origin'],
    ['Referrer-Policy', 'no-referrer'],
    ['X-Content-Type-Options', 'nosniff'],
    ['X-Frame-Options', 'DENY'],
    ['Cache-Control', 'no-store'],
  ];
  const hsts = recorded.set.find(([name]) => name.toLowerCase() === 'strict-transport-security');
  if (hsts) api.push([hsts[0], String(hsts[1])]);
  app.addHook('onRequest', (request, reply, done) => {
    const res = reply.raw;
    if (isApiAnswer(request.url)) {
      for (const [name, value] of api) res.setHeader(name, value);
    } else {
      // Pages and files. The API docs pages replace the policy with their own (hashes for swagger-ui's inline code).
      for (const name of recorded.removed) res.removeHeader(name);
      for (const [name, value] of recorded.set) res.setHeader(name, value);
    }
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

/** JSON answers of the API and the health check (the API docs are pages). */
export function isApiAnswer(url: string): boolean {
  return (url.startsWith('/api/') && !url.startsWith('/api/docs')) || url === '/healthz' || url.startsWith('/healthz?');
}
