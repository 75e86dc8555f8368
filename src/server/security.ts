/** Security headers and the refusal of cross-site writes. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet from 'helmet';
import type { FastifyInstance, FastifyRequest } from 'fastify';
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
  // Lower-case names on Fastify's reply, not on the raw response: then Node writes the head from
  // Fastify's one header object in a single pass instead of merging two sets on every answer.
  const apiHeaders = api.map(([name, value]) => [name.toLowerCase(), value] as const);
  const pageHeaders = recorded.set.map(([name, value]) => [name.toLowerCase(), value] as const);
  const pageRemoved = recorded.removed.map((name) => name.toLowerCase());

  // One synchronous hook for every request: the headers, then the refusal of cross-site writes.
  app.addHook('onRequest', (request, reply, done) => {
    if (isApiAnswer(request.url)) {
      for (const [name, value] of apiHeaders) reply.header(name, value);
    } else {
      // Pages and files. The API docs pages replace the policy with their own (hashes for swagger-ui's inline code).
      for (const name of pageRemoved) reply.removeHeader(name);
      for (const [name, value] of pageHeaders) reply.header(name, value);
    }
    done(crossSiteWrite(request, app.config.trustProxy) ? new AppError('cross_site', 'Cross-site requests are refused') : undefined);
  });
}

/** Browsers send Origin on cross-site writes; a write from another site is refused. */
function crossSiteWrite(request: FastifyRequest, trustProxy: boolean): boolean {
  if (SAFE_METHODS.has(request.method)) return false;
  if (request.headers['sec-fetch-site'] === 'cross-site') return true;
  const origin = request.headers.origin;
  if (!origin) return false;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return true;
  }
  const expected = (trustProxy && (request.headers['x-forwarded-host'] as string | undefined)) || request.headers.host;
  return host !== expected;
}

/** JSON answers of the API and the health check (the API docs are pages). */
export function isApiAnswer(url: string): boolean {
  return (url.startsWith('/api/') && !url.startsWith('/api/docs')) || url === '/healthz' || url.startsWith('/healthz?');
}
